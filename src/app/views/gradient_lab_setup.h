#pragma once
/**
 * The recipe of the vanishing-gradient lab's race: from the lab's settings, the networks that
 * race (a plain RNN, an LSTM, a GRU and optionally a peephole LSTM, each with the same number of
 * layers, at the same width or with about the LSTM's number of weights) and their training jobs,
 * all on the same task, data and seed, initialised with the knobs' scale and forget-gate bias.
 */
#include "app/views/gradient_lab_settings.h"
#include "core/network_spec.h"
#include "training/training_job.h"

#include <cstdint>
#include <vector>

namespace app {

class GradientLabSetup {
public:
    /** The seed of every run's data, initialization and shuffling. */
    static constexpr std::uint64_t kSeed = 1;

    /** The networks in the order RNN, LSTM, GRU (, peephole LSTM). */
    static std::vector<core::NetworkSpec> specs(const GradientLabSettings& settings);
    /** One job per network of specs(), initialised and ready for training::TrainingRace. */
    static std::vector<training::TrainingJob> jobs(const GradientLabSettings& settings);
    /** The metric the task reports ("accuracy", "MSE"...). */
    static std::string metricName(const GradientLabSettings& settings);
};

} // namespace app
