#pragma once
/**
 * The hyper-parameters a user may change while a run goes on: optimizer (its kind and every
 * torch.optim setting, learning rate and weight decay included), learning-rate schedule, gradient
 * clipping, dropout, batch size, epochs and early stopping, and the gradient lab's lessons:
 * truncated backpropagation through time and frozen LSTM gates (core::RecurrentOptions); and
 * transfer learning's parameter groups (core::ParameterGroups): frozen layers, gates or head, and
 * per-group learning-rate factors (a group moves at η·s, frozen ones not at all). A change
 * takes effect at the next batch and is recorded in the run's history, in words, with the step it
 * took effect at.
 */
#include "core/gradient_clipping.h"
#include "core/learning_rate_schedule.h"
#include "core/optimizer.h"
#include "core/parameter_groups.h"
#include "core/recurrent_options.h"
#include "core/types.h"
#include "data/task.h"

#include <optional>
#include <string>
#include <vector>

namespace session {

struct TrainingSettings {
    core::OptimizerSettings optimizer;
    core::LearningRateSchedule schedule;
    double clipNorm = 1.0;         ///< clip ‖g‖ to this; 0: no clipping
    std::optional<double> dropout; ///< between layers, every layer alike; none: as the network says
    core::Index batchSize = 32;
    int epochs = 10;
    /** Early stopping: stop when the validation loss has not improved for this many epochs and
     * keep the best weights; 0: never. */
    int patience = 0;
    /** End the run at the first epoch whose validation meets the task's success criterion. */
    bool stopWhenSolved = false;
    /** Truncated BPTT: the gradient is carried back within chunks of this many steps; 0: full. */
    int bpttTruncation = 0;
    /** LSTM gates held at a constant in forward and backward; none frozen: all learned. */
    core::FrozenGates frozenGates;
    /** Frozen groups and per-group rate factors by group name ("layer0", "layer1.f", "head");
     * groups left out train at the run's rate. */
    core::GroupTrainingMap groups;

    /** The truncation and frozen gates, as the core's executors take them. */
    core::RecurrentOptions recurrentOptions() const { return {bpttTruncation, frozenGates}; }

    /** What a task recommends. */
    static TrainingSettings fromRecipe(const data::TrainingRecipe& recipe);
    /** Empty when the settings can be used, else what is wrong, in words. */
    std::string validate() const;
};

/** What differs from `before` to `after`, one phrase a difference: "learning rate 0.01 → 0.001". */
std::vector<std::string> describeChanges(const TrainingSettings& before,
                                         const TrainingSettings& after);

} // namespace session
