#include "app/views/probe_trace_source.h"

#include "app/views/probe_selection.h"
#include "training/training_snapshot.h"

namespace app {

ProbeTraceSource::ProbeTraceSource(ProbeSelection* selection, QObject* parent)
    : QObject(parent)
    , m_selection(selection) {
    connect(m_selection, &ProbeSelection::epochChanged, this, &ProbeTraceSource::choose);
}

void ProbeTraceSource::showSnapshot(const training::TrainingSnapshot& snapshot) {
    m_history = snapshot.history;
    m_live = snapshot.probe;
    choose();
}

void ProbeTraceSource::setHistory(std::shared_ptr<const session::TrainingHistory> history) {
    m_history = std::move(history);
    choose();
}

void ProbeTraceSource::setLiveTrace(std::shared_ptr<const session::ProbeTrace> trace) {
    m_live = std::move(trace);
    choose();
}

void ProbeTraceSource::choose() {
    std::shared_ptr<const session::ProbeTrace> chosen;
    const int epoch = m_selection->epoch();
    if (epoch > 0 && m_history)
        chosen = m_history->traceAt(epoch);
    else if (m_live)
        chosen = m_live;
    else if (m_history && !m_history->traces().empty())
        chosen = m_history->traces().rbegin()->second;
    if (chosen == m_shown)
        return;
    m_shown = std::move(chosen);
    emit traceChanged(m_shown);
}

} // namespace app
