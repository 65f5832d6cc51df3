#pragma once
/**
 * The weights and the optimizer's state at one step, kept in memory to go back to: the best
 * epoch (early stopping) or the last step before a run diverged (roll-back).
 */
#include "core/network.h"
#include "core/optimizer.h"

#include <cstdint>
#include <vector>

namespace training {

struct WeightsCheckpoint {
    core::Vector<float> weights;
    std::vector<core::Vector<float>> optimizerBuffers;
    std::int64_t optimizerSteps = 0;
    core::OptimizerKind optimizerKind = core::OptimizerKind::Adam;
    std::int64_t step = 0;       ///< steps done when taken
    int epoch = 0;               ///< 0-based epoch in progress when taken
    std::int64_t batchIndex = 0; ///< batch of that epoch to train next
    double epochLossSum = 0.0;

    bool isEmpty() const { return weights.size() == 0; }
    void capture(const core::Network<float>& network, const core::Optimizer<float>& optimizer) {
        weights = network.values();
        optimizerBuffers = optimizer.stateBuffers();
        optimizerSteps = optimizer.stepCount();
        optimizerKind = optimizer.kind();
    }
    /** The weights, and the optimizer's state if it is still the same kind of optimizer (the
     * user may have changed it since); another one starts afresh. */
    void restore(core::Network<float>& network, core::Optimizer<float>& optimizer) const {
        network.values() = weights;
        if (optimizer.kind() == optimizerKind)
            optimizer.setState(optimizerBuffers, optimizerSteps);
        else
            optimizer.reset();
    }
};

} // namespace training
