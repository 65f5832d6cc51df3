#pragma once
/**
 * What a lesson step does to the window, and undoes: it raises the dock of the view the step
 * shows (or opens the gradient lab with the step's task and lag), points the shared
 * ProbeSelection where the step says, disables the controls it locks (the editor's canvas, the
 * training panel, the task panel) and hides the panels it hides. Leaving the step puts every
 * control and panel back exactly as it was, so a lesson ends with the window the teacher had.
 * Docks are found by their object names (DockArrangement and the Designer form name them).
 */
#include "training/lesson.h"

#include <QList>
#include <QPointer>
#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace app {

class GradientLab;
class ProbeSelection;

class LessonStage {
public:
    struct Parts {
        QMainWindow* window = nullptr;
        ProbeSelection* selection = nullptr;
        /** The network editor's canvas, locked by "editor". */
        QWidget* editor = nullptr;
        /** Shows the gradient lab (made the first time) and gives it back. */
        std::function<GradientLab*()> showLab;
    };

    explicit LessonStage(const Parts& parts);
    ~LessonStage();

    /** Leaves the step shown, if any, and applies `step`. */
    void enter(const training::LessonStep& step);
    /** Puts back what the step locked and hid. */
    void leave();

    /** The object name of the dock that shows `view` ("heatmap" → "gatesDock"); empty for the
     * editor and the lab, which have none. */
    static QString dockName(const QString& view);
    /** The dock of `view`, or null. */
    QDockWidget* dockOf(const QString& view) const;
    /** The widget "lock" disables for `name`, or null. */
    QWidget* lockable(const QString& name) const;
    /** The dock "hide" hides for `name`, or null. */
    QDockWidget* hideable(const QString& name) const;

private:
    QDockWidget* dock(const QString& objectName) const;
    void show(const training::LessonStep& step);
    void select(const training::LessonSelection& selection);
    void openLab(const training::LessonLab& lab);

    Parts m_parts;
    struct Lock {
        QPointer<QWidget> widget;
        bool enabled = true;
    };
    QList<Lock> m_locks;
    QList<QPointer<QDockWidget>> m_hidden;
};

} // namespace app
