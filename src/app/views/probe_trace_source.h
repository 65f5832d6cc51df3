#pragma once
/**
 * Picks the probe trace the views show: the live one (the snapshot's probe, or the history's
 * newest) while ProbeSelection's epoch is 0, the trace kept for the chosen epoch when the
 * timeline has been scrubbed back (TrainingHistory::traceAt). Feed it every snapshot; it tells
 * the views (traceChanged) only when the trace to show is another one.
 */
#include "session/probe_trace.h"
#include "session/training_history.h"

#include <QObject>
#include <memory>

namespace training {
struct TrainingSnapshot;
}

namespace app {

class ProbeSelection;

class ProbeTraceSource : public QObject {
    Q_OBJECT

public:
    explicit ProbeTraceSource(ProbeSelection* selection, QObject* parent = nullptr);

    /** The snapshot's history and live probe, at once. */
    void showSnapshot(const training::TrainingSnapshot& snapshot);
    void setHistory(std::shared_ptr<const session::TrainingHistory> history);
    void setLiveTrace(std::shared_ptr<const session::ProbeTrace> trace);
    /** What the views should show now; may be null. */
    std::shared_ptr<const session::ProbeTrace> trace() const { return m_shown; }

signals:
    void traceChanged(std::shared_ptr<const session::ProbeTrace> trace);

private:
    void choose();

    ProbeSelection* m_selection;
    std::shared_ptr<const session::TrainingHistory> m_history;
    std::shared_ptr<const session::ProbeTrace> m_live;
    std::shared_ptr<const session::ProbeTrace> m_shown;
};

} // namespace app
