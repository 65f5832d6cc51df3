#pragma once
/**
 * The contents of the main window's "Output" dock: the output views the current task calls for
 * (OutputViewFactory), one tab each, fed together. setTask() rebuilds the tabs when the kind of
 * views changes; setNetwork() and setTrace() pass the weights and the probe trace on to every
 * view. A task without an output view shows a line saying so.
 */
#include "app/views/output_view.h"
#include "app/views/output_view_factory.h"

#include <QWidget>
#include <vector>

class QLabel;
class QTabWidget;

namespace app {

class OutputPanel : public QWidget {
    Q_OBJECT

public:
    explicit OutputPanel(QWidget* parent = nullptr);

    /** The task of the session (null: none); not owned, reset it before the task is destroyed. */
    void setTask(const data::Task* task);
    /** The weights the views should show, e.g. at the end of an epoch or on the timeline. Not at
     * every snapshot: the confusion matrix runs the whole validation split on it. */
    void setNetwork(OutputView::NetworkPtr network);
    /** The probe trace of a snapshot and the probe sequence it was recorded on. */
    void setTrace(std::shared_ptr<const session::ProbeTrace> trace,
                  const core::SequenceBatch<double>& input);

    /** The views shown, in tab order. */
    const std::vector<OutputView*>& views() const { return m_views; }
    const std::vector<OutputViewKind>& kinds() const { return m_kinds; }
    /** The view in the visible tab, or null. */
    OutputView* currentView() const;

private:
    QTabWidget* m_tabs;
    QLabel* m_none;
    const data::Task* m_task = nullptr;
    OutputView::NetworkPtr m_network;
    std::shared_ptr<const session::ProbeTrace> m_trace;
    core::SequenceBatch<double> m_input;
    std::vector<OutputViewKind> m_kinds;
    std::vector<OutputView*> m_views;
};

} // namespace app
