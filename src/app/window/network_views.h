#pragma once
/**
 * The views of what happens inside the network — gate heatmaps, the cell diagram, the step's
 * arithmetic, the gradient flow and its fading over the run, the training charts, the task's
 * output views and the timeline — fed from one place. It owns the selection
 * they share (layer, unit, step, epoch) and the source that picks the trace to show (the live
 * probe, or the epoch scrubbed to), gives them the workspace's network, task input and history,
 * and keeps the workspace's view state (what a session file remembers) in step with the
 * selection. The main window puts the widgets in docks.
 */
#include "session/session.h"
#include "training/training_snapshot.h"

#include <QObject>
#include <memory>

namespace app {

class CellDiagramView;
class GateHeatmapView;
class GradientFadeHeatmap;
class GradientFlowChart;
class OutputPanel;
class TrainingCharts;
class ProbeSelection;
class ProbeTraceSource;
class StepArithmeticView;
class TimelineScrubber;
class Workspace;

class NetworkViews : public QObject {
    Q_OBJECT

public:
    NetworkViews(Workspace* workspace, QWidget* parentOfViews);

    GateHeatmapView* heatmap() const { return m_heatmap; }
    CellDiagramView* cell() const { return m_cell; }
    StepArithmeticView* arithmetic() const { return m_arithmetic; }
    GradientFlowChart* gradients() const { return m_gradients; }
    TimelineScrubber* timeline() const { return m_timeline; }
    TrainingCharts* charts() const { return m_charts; }
    GradientFadeHeatmap* fading() const { return m_fading; }
    OutputPanel* output() const { return m_output; }
    ProbeSelection* selection() const { return m_selection; }
    ProbeTraceSource* source() const { return m_source; }

    void showSnapshot(const training::TrainingSnapshot& snapshot);
    /** The validation sequence the views trace. */
    core::Index probeSequence() const { return m_probeSequence; }

private:
    /** Right-click exports of every view: image, and data as CSV. */
    void attachExports();
    /** A new session or a finished run: network, input and history again. */
    void showWorkspace();
    void showTrace(std::shared_ptr<const session::ProbeTrace> trace);
    void rememberSelection();

    Workspace* m_workspace;
    ProbeSelection* m_selection;
    ProbeTraceSource* m_source;
    GateHeatmapView* m_heatmap;
    CellDiagramView* m_cell;
    StepArithmeticView* m_arithmetic;
    GradientFlowChart* m_gradients;
    TimelineScrubber* m_timeline;
    TrainingCharts* m_charts;
    GradientFadeHeatmap* m_fading;
    OutputPanel* m_output;
    int m_outputEpoch = -1; ///< the epoch of the weights the output views last ran
    core::Index m_probeSequence = 0;
};

} // namespace app
