#pragma once
/**
 * Records what a network does inside on one validation sequence of a task — its gates, cell and
 * hidden states per step — without training it: a forward pass with the trace on. Two networks
 * of the same spec recorded on the same sequence can be compared gate by gate (the transfer
 * lesson: the weights a run started from against the fine-tuned ones).
 */
#include "core/network.h"
#include "core/recurrent_options.h"
#include "data/task.h"
#include "session/probe_trace.h"

#include <memory>

namespace training {

class ProbeRecorder {
public:
    /** The trace of validation sequence `sequence` (clamped to the split) through `network`;
     * null when the task has no validation sequences. Throws std::invalid_argument when the
     * network does not fit the task. */
    static std::shared_ptr<const session::ProbeTrace>
    record(const core::Network<float>& network, const data::Task& task, core::Index sequence,
           const core::RecurrentOptions& options = {});
};

} // namespace training
