#pragma once
/**
 * Lessons in the window: the Lessons menu, the Lesson dock (a LessonPanel) and the stepping
 * through a lesson. Opening a lesson asks before dropping unsaved work, opens the lesson's
 * session as an untitled copy (a shipped one lives in the resources and is never written back)
 * and shows its first step; Next and Back (Ctrl+Right / Ctrl+Left, Page Down / Page Up) move
 * through the steps, each applied by a LessonStage; Next on the last step finishes the lesson and
 * gives the window back as it was. The texts follow the interface's language.
 */
#include "app/window/lesson_stage.h"
#include "training/lesson.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace app {

class LessonPanel;
class LessonsMenu;

class Classroom : public QObject {
    Q_OBJECT

public:
    /** What the window does for the classroom (its dialogs, so tests can replace them). */
    struct Hooks {
        /** Whether unsaved work may be dropped (may ask). */
        std::function<bool()> mayDiscard;
        /** Opens a session file as an untitled copy; reports its own errors. */
        std::function<bool(const QString&)> openCopy;
        std::function<void(const QString& text, const QString& details)> reportError;
        /** A lesson file chosen by the user; empty when cancelled. */
        std::function<QString()> askLessonPath;
    };

    Classroom(const LessonStage::Parts& stage, const Hooks& hooks, QObject* parent = nullptr);
    ~Classroom() override;

    /** Fills the Lessons menu: the shipped lessons, Open Lesson File…, then the steps' keys. */
    void populate(QMenu* lessons);
    LessonsMenu* menu() const { return m_menu; }
    QDockWidget* dock() const { return m_dock; }
    LessonPanel* panel() const { return m_panel; }
    LessonStage& stage() const { return *m_stage; }

    bool isActive() const { return m_active; }
    const training::Lesson& lesson() const { return m_lesson; }
    /** The step shown, 0-based; -1 with no lesson. */
    int step() const { return m_active ? m_step : -1; }
    QString language() const { return m_language; }

public slots:
    /** Opens the lesson at `path`; false (reported) when it cannot be read or its session not
     * opened, or when the user keeps the unsaved work. */
    bool open(const QString& path);
    /** The next step; on the last one, finish(). */
    void next();
    void back();
    /** Ends the lesson: the panels and controls as they were, the dock closed. */
    void finish();
    /** Shows the lessons in `language` ("en", "fr"); the shown step again. */
    void setLanguage(const QString& language);
    /** Another session took the lesson's place (New, Open, a task): the lesson ends. */
    void onSessionReplaced();

signals:
    void stepShown(int step);
    void lessonFinished();

private:
    void openFileDialog();
    void showStep(int index);
    void updateActions();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    LessonStage::Parts m_parts;
    Hooks m_hooks;
    std::unique_ptr<LessonStage> m_stage;
    QDockWidget* m_dock;
    LessonPanel* m_panel;
    LessonsMenu* m_menu = nullptr;
    QAction* m_next;
    QAction* m_back;
    QAction* m_end;
    training::Lesson m_lesson;
    int m_step = 0;
    bool m_active = false;
    bool m_opening = false; ///< the lesson's own session is being opened
    QString m_language = QStringLiteral("en");
};

} // namespace app
