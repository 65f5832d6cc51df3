#include "training/probe_recorder.h"

#include "core/network_executor.h"
#include "data/batch_cast.h"

#include <algorithm>
#include <stdexcept>

namespace training {

std::shared_ptr<const session::ProbeTrace>
ProbeRecorder::record(const core::Network<float>& network, const data::Task& task,
                      core::Index sequence, const core::RecurrentOptions& options) {
    if (const std::string problem = task.checkNetwork(network.spec()); !problem.empty())
        throw std::invalid_argument(problem);
    const core::Index count = task.sequenceCount(data::Split::Validation);
    if (count == 0)
        return nullptr;
    sequence = std::clamp<core::Index>(sequence, 0, count - 1);
    const auto batch = data::castBatch<float>(task.batch(data::Split::Validation, 1, sequence, 0));
    core::NetworkExecutor<float> executor(network);
    executor.setRecurrentOptions(options);
    core::NetworkTrace<float> trace;
    const core::Matrix<float> outputs = executor.forward(batch, &trace);
    const core::Index steps = batch.lengths.empty() ? batch.steps : batch.lengths.front();
    auto probe = std::make_shared<session::ProbeTrace>(
        session::ProbeTrace::fromNetworkTrace(trace, outputs, steps));
    probe->sequence = sequence;
    probe->weights = std::make_shared<const core::Vector<float>>(network.values());
    return probe;
}

} // namespace training
