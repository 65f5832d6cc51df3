#include "session/training_history.h"

#include <algorithm>
#include <stdexcept>

namespace session {

void TrainingHistory::addTrace(int epoch, std::shared_ptr<const ProbeTrace> trace) {
    if (!trace)
        return;
    if (m_traces.empty())
        m_firstEpoch = epoch;
    // The newest trace stays even off the stride; the next one takes its place.
    if (!m_traces.empty() && !isKept(m_traces.rbegin()->first))
        erase(std::prev(m_traces.end()));
    if (auto old = m_traces.find(epoch); old != m_traces.end())
        erase(old);
    m_traceBytes += trace->bytes();
    m_traces.emplace(epoch, std::move(trace));
    while (m_traceBytes > kTraceBudget && m_traces.size() > 2) {
        m_stride *= 2;
        const int newest = m_traces.rbegin()->first;
        for (auto it = m_traces.begin(); it != m_traces.end();)
            it = isKept(it->first) || it->first == newest ? std::next(it) : erase(it);
    }
}

bool TrainingHistory::isKept(int epoch) const {
    return epoch == m_firstEpoch || epoch % m_stride == 0;
}

std::map<int, std::shared_ptr<const ProbeTrace>>::iterator
TrainingHistory::erase(std::map<int, std::shared_ptr<const ProbeTrace>>::iterator it) {
    m_traceBytes -= it->second->bytes();
    return m_traces.erase(it);
}

std::shared_ptr<const ProbeTrace> TrainingHistory::traceAt(int epoch) const {
    auto it = m_traces.upper_bound(epoch);
    if (it == m_traces.begin())
        return nullptr;
    return std::prev(it)->second;
}

void TrainingHistory::truncateAfter(std::int64_t step) {
    std::erase_if(m_epochs, [step](const EpochRecord& r) { return r.step > step; });
    for (auto it = m_traces.begin(); it != m_traces.end();)
        it = it->second->step > step ? erase(it) : std::next(it);
}

void TrainingHistory::restore(std::vector<EpochRecord> epochs, std::vector<HistoryEntry> entries,
                              TraceMap traces, int traceStride, int firstTraceEpoch) {
    if (traceStride < 1)
        throw std::invalid_argument("the history's trace stride must be at least 1");
    std::size_t bytes = 0;
    for (const auto& [epoch, trace] : traces) {
        if (!trace)
            throw std::invalid_argument("the history holds an empty trace");
        bytes += trace->bytes();
    }
    m_epochs = std::move(epochs);
    m_entries = std::move(entries);
    m_traces = std::move(traces);
    m_traceBytes = bytes;
    m_stride = traceStride;
    m_firstEpoch = firstTraceEpoch;
}

} // namespace session
