#pragma once
/**
 * Everything that happened in a run, kept for the whole run so views can scrub back through it:
 * one record per epoch (train and validation loss and metric, learning rate, time), every change
 * of the settings and every event (divergence, roll-back, early stop, reset) with the step it
 * happened at, and the probe sequence's trace at the end of each epoch.
 *
 * Memory bound: epoch records, changes and events are a few dozen bytes each (a million epochs
 * stay under 100 MiB); the traces together stay under kTraceBudget bytes, plus one trace (a
 * single trace over the budget is kept alone). Traces are kept at the epochs that are multiples
 * of a stride s (s = 1 at first), plus the first and the newest; when they pass the budget, s
 * doubles and the epochs off it are dropped, so the kept epochs thin out evenly over the whole
 * run — every epoch, then every 2nd, every 4th… — and traceAt() answers with the nearest kept
 * epoch at or before the one asked for.
 */
#include "session/probe_trace.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace session {

struct EpochRecord {
    int epoch = 0;                 ///< 1-based
    std::int64_t step = 0;         ///< optimizer steps done at its end
    double trainLoss = 0.0;        ///< mean batch loss over the epoch
    double validationLoss = 0.0;   ///< NaN when not measured
    double validationMetric = 0.0; ///< NaN when not measured
    bool solved = false;           ///< the task's success criterion held on validation
    double learningRate = 0.0;     ///< at the epoch's last step
    double seconds = 0.0;          ///< training time since the run started, pauses excluded
};

struct HistoryEntry {
    enum class Kind {
        SettingsChanged, ///< text: what changed, "learning rate 0.01 → 0.001"
        Diverged,        ///< text: what went non-finite, where
        RolledBack,      ///< text: to which step
        EarlyStopped,    ///< text: the best epoch kept
        Reset,           ///< the run restarted from its first weights
    };
    Kind kind = Kind::SettingsChanged;
    std::int64_t step = 0; ///< the step it took effect at (the next batch trains with it)
    int epoch = 0;         ///< 1-based epoch it happened in
    std::string text;
};

class TrainingHistory {
public:
    static constexpr std::size_t kTraceBudget = std::size_t(32) << 20;

    const std::vector<EpochRecord>& epochs() const { return m_epochs; }
    const std::vector<HistoryEntry>& entries() const { return m_entries; }
    /** The kept epoch traces by epoch (1-based). */
    const std::map<int, std::shared_ptr<const ProbeTrace>>& traces() const { return m_traces; }
    std::size_t traceBytes() const { return m_traceBytes; }

    void addEpoch(const EpochRecord& record) { m_epochs.push_back(record); }
    void addEntry(HistoryEntry entry) { m_entries.push_back(std::move(entry)); }
    /** Keeps the trace of `epoch`, thinning older ones to stay within kTraceBudget. */
    void addTrace(int epoch, std::shared_ptr<const ProbeTrace> trace);
    /** The trace of the nearest kept epoch ≤ `epoch`, or null. */
    std::shared_ptr<const ProbeTrace> traceAt(int epoch) const;
    /** Forgets the epochs and traces after step `step` (a roll-back); the entries stay, since
     * what went wrong is part of the lesson. */
    void truncateAfter(std::int64_t step);

    /** Every stride-th epoch's trace is kept (plus the first and the newest), for a session file.
     */
    int traceStride() const { return m_stride; }
    /** The epoch of the first trace ever added, always kept; 0 before one. */
    int firstTraceEpoch() const { return m_firstEpoch; }
    /** Puts back a history read from a session file, as it was when saved. Throws
     * std::invalid_argument for a stride below 1 or a null trace. */
    void restore(std::vector<EpochRecord> epochs, std::vector<HistoryEntry> entries,
                 std::map<int, std::shared_ptr<const ProbeTrace>> traces, int traceStride,
                 int firstTraceEpoch);

private:
    using TraceMap = std::map<int, std::shared_ptr<const ProbeTrace>>;
    bool isKept(int epoch) const;
    TraceMap::iterator erase(TraceMap::iterator it);

    std::vector<EpochRecord> m_epochs;
    std::vector<HistoryEntry> m_entries;
    std::map<int, std::shared_ptr<const ProbeTrace>> m_traces;
    std::size_t m_traceBytes = 0;
    int m_stride = 1;
    int m_firstEpoch = 0;
};

} // namespace session
