#pragma once
/**
 * Where the window's panels go the first time it opens, before the user moves them (then Qt's
 * saved state wins): the block palette tabbed with the task and the training controls on the
 * left, the inspector with the cell diagram and the arithmetic on the right, and under the
 * editor the loss chart tabbed with the gate heatmaps and the gradients, above the timeline.
 * It makes the docks of the views, lists every panel in View › Panels, lets the tall panels
 * scroll, and names the docks again when the language changes.
 */
#include <QCoreApplication>
#include <QList>
#include <Qt>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace app {

class NetworkViews;

class DockArrangement {
    Q_DECLARE_TR_FUNCTIONS(app::DockArrangement)

public:
    /** The docks the Designer form already has, and the widgets that get one here. */
    struct Parts {
        QDockWidget* task = nullptr;
        QDockWidget* training = nullptr;
        QDockWidget* chart = nullptr;
        QWidget* palette = nullptr;
        QWidget* inspector = nullptr;
        NetworkViews* views = nullptr;
    };

    DockArrangement(QMainWindow* window, QMenu* panels);
    void build(const Parts& parts);
    /** The first sizes: side panels about a third of a laptop's width, the charts below. */
    void resizeToDefaults();
    void retranslate();

private:
    QDockWidget* add(QWidget* view, const char* name, Qt::DockWidgetArea area);

    QMainWindow* m_window;
    QMenu* m_panels;
    Parts m_parts;
    QList<QDockWidget*> m_docks;
};

} // namespace app
