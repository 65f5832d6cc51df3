#include "app/window/network_views.h"

#include "app/views/cell_diagram_view.h"
#include "app/views/gate_heatmap_view.h"
#include "app/views/gradient_fade_heatmap.h"
#include "app/views/gradient_flow_chart.h"
#include "app/views/output_panel.h"
#include "app/views/output_view.h"
#include "app/views/probe_selection.h"
#include "app/views/probe_trace_source.h"
#include "app/views/step_arithmetic_view.h"
#include "app/views/timeline_scrubber.h"
#include "app/views/training_charts.h"
#include "app/window/view_export_actions.h"
#include "app/window/workspace.h"
#include "data/task.h"

namespace app {

NetworkViews::NetworkViews(Workspace* workspace, QWidget* parentOfViews)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_selection(new ProbeSelection(this))
    , m_source(new ProbeTraceSource(m_selection, this))
    , m_heatmap(new GateHeatmapView(m_selection, parentOfViews))
    , m_cell(new CellDiagramView(m_selection, parentOfViews))
    , m_arithmetic(new StepArithmeticView(m_selection, parentOfViews))
    , m_gradients(new GradientFlowChart(parentOfViews))
    , m_timeline(new TimelineScrubber(m_selection, parentOfViews))
    , m_charts(new TrainingCharts(parentOfViews))
    , m_fading(new GradientFadeHeatmap(parentOfViews))
    , m_output(new OutputPanel(parentOfViews)) {
    attachExports();
    connect(m_source, &ProbeTraceSource::traceChanged, this, &NetworkViews::showTrace);
    connect(m_selection, &ProbeSelection::changed, this, &NetworkViews::rememberSelection);
    connect(m_workspace, &Workspace::sessionReplaced, this, [this] {
        const session::ViewState view = m_workspace->viewState();
        m_probeSequence = view.probeSequence;
        m_selection->setLayer(view.layer);
        m_selection->setUnitAndStep(int(view.unit), int(view.timeStep));
        m_selection->setEpoch(view.epoch);
        showWorkspace();
        // An opened run: its charts from its history (a live run draws them from snapshots).
        if (const auto history = m_workspace->history()) {
            m_charts->showHistory(*history);
            m_fading->setHistory(*history);
        }
    });
    connect(m_workspace, &Workspace::runChanged, this, &NetworkViews::showWorkspace);
    connect(m_workspace->controller(), &training::TrainingController::stateChanged, this,
            [this](training::TrainingController::State state) {
                // Every run traces the probe sequence, for the views to show it live.
                if (state == training::TrainingController::State::Running)
                    m_workspace->controller()->trace(m_probeSequence);
            });
    showWorkspace();
}

void NetworkViews::attachExports() {
    ViewExportActions::attach(
        m_heatmap, QStringLiteral("gates"),
        [this](const QString& p) { return m_heatmap->exportImage(p); },
        [this](const QString& p) { return m_heatmap->exportCsv(p); });
    ViewExportActions::attach(
        m_cell, QStringLiteral("cell"), [this](const QString& p) { return m_cell->exportImage(p); },
        [this](const QString& p) { return m_cell->exportCsv(p); });
    ViewExportActions::attach(
        m_arithmetic, QStringLiteral("arithmetic"),
        [this](const QString& p) { return m_arithmetic->exportImage(p); },
        [this](const QString& p) { return m_arithmetic->exportCsv(p); });
    ViewExportActions::attach(
        m_gradients, QStringLiteral("gradients"),
        [this](const QString& p) { return m_gradients->exportImage(p); },
        [this](const QString& p) { return m_gradients->exportCsv(p); });
    ViewExportActions::attach(
        m_charts, QStringLiteral("charts"),
        [this](const QString& p) { return m_charts->exportImage(p); },
        [this](const QString& p) { return m_charts->exportCsv(p); });
    ViewExportActions::attach(
        m_fading, QStringLiteral("gradient-fading"),
        [this](const QString& p) { return m_fading->exportImage(p); },
        [this](const QString& p) { return m_fading->exportCsv(p); });
    ViewExportActions::attach(
        m_output, QStringLiteral("output"),
        [this](const QString& p) {
            return m_output->currentView() ? m_output->currentView()->exportImage(p)
                                           : tr("This task has no output view.");
        },
        [this](const QString& p) {
            return m_output->currentView() ? m_output->currentView()->exportCsv(p)
                                           : tr("This task has no output view.");
        });
    ViewExportActions::attach(
        m_timeline, QStringLiteral("timeline"),
        [this](const QString& p) { return m_timeline->exportImage(p); },
        [this](const QString& p) { return m_timeline->exportCsv(p); });
}

void NetworkViews::showWorkspace() {
    const core::Network<double>& network = m_workspace->network();
    m_output->setTask(&m_workspace->task());
    m_output->setNetwork(std::make_shared<const core::Network<double>>(network));
    m_outputEpoch = -1;
    m_cell->setSpec(network.spec());
    // The last session's trace goes first: a GRU's trace read as an LSTM's has a gate too few.
    m_arithmetic->setTrace(nullptr);
    m_arithmetic->setNetwork(network);
    const data::Task& task = m_workspace->task();
    if (task.sequenceCount(data::Split::Validation) > m_probeSequence) {
        const core::SequenceBatch<double> input =
            task.batch(data::Split::Validation, 1, m_probeSequence, 0);
        m_heatmap->setInput(InputSequence::of(task, input));
        m_arithmetic->setInput(input);
    }
    const auto history = m_workspace->history();
    m_source->setHistory(history);
    m_timeline->setHistory(history);
    if (!history) {
        m_source->setLiveTrace(nullptr);
        m_charts->clear();
        m_fading->clear();
    }
}

void NetworkViews::showSnapshot(const training::TrainingSnapshot& snapshot) {
    m_source->showSnapshot(snapshot);
    m_timeline->setHistory(snapshot.history);
    m_charts->addSnapshot(snapshot);
    if (snapshot.history)
        m_fading->setHistory(*snapshot.history);
}

void NetworkViews::showTrace(std::shared_ptr<const session::ProbeTrace> trace) {
    // The arithmetic is redone with the weights the trace was recorded with, when it has them.
    if (trace && trace->weights &&
        trace->weights->size() == m_workspace->network().parameterCount()) {
        core::Network<double> network(m_workspace->network().spec());
        network.values() = trace->weights->cast<double>();
        m_arithmetic->setNetwork(network);
    }
    const data::Task& task = m_workspace->task();
    if (trace && task.sequenceCount(data::Split::Validation) > m_probeSequence)
        m_output->setTrace(trace, task.batch(data::Split::Validation, 1, m_probeSequence, 0));
    // The output views run the network over data: once an epoch, not on every snapshot.
    if (trace && trace->weights && trace->epoch != m_outputEpoch &&
        trace->weights->size() == m_workspace->network().parameterCount()) {
        auto network = std::make_shared<core::Network<double>>(m_workspace->network().spec());
        network->values() = trace->weights->cast<double>();
        m_output->setNetwork(network);
        m_outputEpoch = trace->epoch;
    }
    m_heatmap->setTrace(trace);
    m_cell->setTrace(trace);
    m_arithmetic->setTrace(trace);
    m_gradients->setTrace(trace);
}

void NetworkViews::rememberSelection() {
    session::ViewState view;
    view.probeSequence = m_probeSequence;
    view.layer = m_selection->layer();
    view.unit = m_selection->unit();
    view.timeStep = m_selection->step();
    view.epoch = m_selection->epoch();
    m_workspace->setViewState(view);
}

} // namespace app
