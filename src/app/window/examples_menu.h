#pragma once
/**
 * File › Examples: the ready sessions shipped in the program's resources
 * (":/sessions/<task>.lstmsession", trained by scripts/ready-sessions), one entry a session by its
 * name (the task's), so a class can open a trained network without waiting for training. The
 * window opens the chosen one as an untitled copy.
 */
#include <QObject>
#include <QStringList>

class QMenu;

namespace app {

class ExamplesMenu : public QObject {
    Q_OBJECT

public:
    /** Fills `menu`; the actions hold their paths as data(). */
    explicit ExamplesMenu(QMenu* menu);

    /** The shipped sessions' resource paths, by name. */
    static QStringList readySessions();
    /** Makes ":/sessions" readable (a resource in an object of its own); any number of times. */
    static void registerResources();

signals:
    void sessionChosen(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QMenu* m_menu;
};

} // namespace app
