#pragma once
/**
 * The Lessons menu: the lessons shipped in the program's resources (":/lessons/<name>.lstmlesson",
 * in the order of their file names), each by its title in the interface's language and retitled
 * when the language changes, then "Open Lesson File…" for a teacher's own. Classroom adds the
 * stepping actions below them.
 */
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;

namespace app {

class LessonsMenu : public QObject {
    Q_OBJECT

public:
    /** Fills `menu`; the lessons' actions hold their paths as data(). */
    explicit LessonsMenu(QMenu* menu);

    /** The shipped lessons' resource paths, in menu order. */
    static QStringList shippedLessons();
    /** Titles the lessons in `language` ("en", "fr"). */
    void setLanguage(const QString& language);
    QAction* openFileAction() const { return m_openFile; }
    /** The action of the shipped lesson at `path`, or null. */
    QAction* actionFor(const QString& path) const;

signals:
    void lessonChosen(const QString& path);
    void openFileRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QMenu* m_menu;
    QList<QAction*> m_lessons;
    QAction* m_openFile;
    QString m_language = QStringLiteral("en");
};

} // namespace app
