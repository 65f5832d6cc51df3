#include "app/window/dock_arrangement.h"

#include "app/views/cell_diagram_view.h"
#include "app/views/gate_heatmap_view.h"
#include "app/views/gradient_fade_heatmap.h"
#include "app/views/gradient_flow_chart.h"
#include "app/views/output_panel.h"
#include "app/views/step_arithmetic_view.h"
#include "app/views/timeline_scrubber.h"
#include "app/views/training_charts.h"
#include "app/window/network_views.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>

namespace app {

namespace {

// The titles of the docks made here, in the order they are made.
const char* const kTitles[] = {QT_TRANSLATE_NOOP("app::DockArrangement", "Blocks"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Inspector"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Gates"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Cell"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Arithmetic"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Gradients"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Timeline"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Charts"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Gradient Fading"),
                               QT_TRANSLATE_NOOP("app::DockArrangement", "Output")};

/** The dock's panel scrolls rather than make the window taller than a classroom laptop's screen. */
void scrolling(QDockWidget* dock) {
    auto* scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(dock->widget());
    dock->setWidget(scroll);
}

} // namespace

DockArrangement::DockArrangement(QMainWindow* window, QMenu* panels)
    : m_window(window)
    , m_panels(panels) {}

QDockWidget* DockArrangement::add(QWidget* view, const char* name, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(m_window);
    dock->setObjectName(QLatin1String(name));
    dock->setWidget(view);
    m_window->addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void DockArrangement::build(const Parts& parts) {
    m_parts = parts;
    for (QDockWidget* dock : {parts.task, parts.training, parts.chart})
        m_panels->addAction(dock->toggleViewAction());
    scrolling(parts.task);
    scrolling(parts.training);
    QDockWidget* palette = add(parts.palette, "paletteDock", Qt::LeftDockWidgetArea);
    QDockWidget* inspector = add(parts.inspector, "inspectorDock", Qt::RightDockWidgetArea);
    QDockWidget* gates = add(parts.views->heatmap(), "gatesDock", Qt::BottomDockWidgetArea);
    QDockWidget* cell = add(parts.views->cell(), "cellDock", Qt::RightDockWidgetArea);
    QDockWidget* arithmetic =
        add(parts.views->arithmetic(), "arithmeticDock", Qt::RightDockWidgetArea);
    QDockWidget* gradients =
        add(parts.views->gradients(), "gradientsDock", Qt::BottomDockWidgetArea);
    QDockWidget* timeline = add(parts.views->timeline(), "timelineDock", Qt::BottomDockWidgetArea);
    QDockWidget* charts = add(parts.views->charts(), "chartsDock", Qt::BottomDockWidgetArea);
    QDockWidget* fading = add(parts.views->fading(), "fadingDock", Qt::BottomDockWidgetArea);
    QDockWidget* output = add(parts.views->output(), "outputDock", Qt::RightDockWidgetArea);
    for (QDockWidget* dock : m_docks)
        m_panels->addAction(dock->toggleViewAction());
    m_window->tabifyDockWidget(parts.task, palette);
    palette->raise();
    m_window->splitDockWidget(parts.chart, timeline, Qt::Vertical);
    m_window->tabifyDockWidget(parts.chart, gates);
    m_window->tabifyDockWidget(parts.chart, charts);
    m_window->tabifyDockWidget(parts.chart, gradients);
    m_window->tabifyDockWidget(parts.chart, fading);
    parts.chart->raise();
    m_window->splitDockWidget(inspector, cell, Qt::Vertical);
    m_window->tabifyDockWidget(cell, arithmetic);
    m_window->tabifyDockWidget(cell, output);
    cell->raise();
    retranslate();
}

void DockArrangement::resizeToDefaults() {
    m_window->resizeDocks({m_parts.task, m_parts.training}, {330, 330}, Qt::Horizontal);
    m_window->resizeDocks({m_docks.value(1)}, {420}, Qt::Horizontal);
    // Heights as shares of the window's, so the window keeps the size it was given.
    const int height = m_window->height();
    m_window->resizeDocks({m_parts.task, m_parts.training}, {height * 3 / 10, height * 6 / 10},
                          Qt::Vertical);
    m_window->resizeDocks({m_parts.chart}, {height * 3 / 10}, Qt::Vertical);
    m_window->resizeDocks({m_docks.value(1), m_docks.value(3)}, {height * 3 / 10, height * 6 / 10},
                          Qt::Vertical);
}

void DockArrangement::retranslate() {
    for (qsizetype i = 0; i < m_docks.size(); ++i)
        m_docks[i]->setWindowTitle(tr(kTitles[i]));
    QList<QDockWidget*> all = m_docks;
    all << m_parts.task << m_parts.training << m_parts.chart;
    for (QDockWidget* dock : all)
        dock->toggleViewAction()->setToolTip(
            tr("Show or hide the “%1” panel").arg(dock->windowTitle()));
}

} // namespace app
