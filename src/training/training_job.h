#pragma once
/** What to train: the weights to start from, the task (made by data::TaskRegistry) and how. */
#include "core/network.h"
#include "data/task.h"
#include "session/session.h"
#include "session/training_settings.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace training {

struct TrainingJob {
    explicit TrainingJob(core::Network<double> start)
        : network(std::move(start)) {}

    core::Network<double> network;
    std::string taskName;          ///< a name data::TaskRegistry knows, e.g. "sine"
    data::TaskOptions taskOptions; ///< the task's options; those left out take their defaults
    std::uint64_t taskSeed = 1;    ///< fixes the task's data and shuffling
    data::TrainingRecipe recipe;   ///< optimizer, batch size, epochs, clipping
    std::uint64_t seed = 1;        ///< fixes the dropout masks
    int threads = 1;               ///< threads sharing each batch's backpropagation
    /** Overrides the recipe: the settings to start with (early stopping, schedule, dropout). */
    std::optional<session::TrainingSettings> settings;
    bool startPaused = false; ///< wait for a command before the first batch
    /** Hand out the run as a session when it ends (TrainingWorker::sessionReady, id 0). */
    bool sessionAtEnd = false;
    /** A saved run to go on with: then only `threads` and `startPaused` of this job count. */
    std::shared_ptr<const session::Session> resume;

    session::TrainingSettings initialSettings() const {
        return settings ? *settings : session::TrainingSettings::fromRecipe(recipe);
    }
};

} // namespace training
