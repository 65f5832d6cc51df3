#pragma once
/** What the interface asks of a running TrainingWorker; the worker takes them in order. */
#include "core/types.h"
#include "session/training_settings.h"

#include <cstdint>
#include <optional>

namespace training {

struct TrainingCommand {
    enum class Kind {
        Run,        ///< start or resume: train to the last epoch
        Pause,      ///< hold after the slice being trained
        StepBatch,  ///< train one more batch, then hold
        StepEpoch,  ///< train to the end of the epoch (its validation included), then hold
        RunToEpoch, ///< train until `epoch` epochs are done, then hold
        Stop,       ///< end the run; finished() follows with the weights
        Reset,      ///< back to the first weights, step 0, held
        RollBack,   ///< after a divergence: back to the last good weights, held
        Change,     ///< new settings, from the next batch on
        Trace,      ///< trace `probe` in every snapshot (none: stop tracing)
        Save,       ///< hand out the run as a session (TrainingWorker::sessionReady)
    };
    Kind kind = Kind::Run;
    int epoch = 0;                                     ///< RunToEpoch
    std::optional<session::TrainingSettings> settings; ///< Change
    std::optional<core::Index> probe;                  ///< Trace
    std::uint64_t id = 0; ///< set by the worker: answered in commandDone()

    static TrainingCommand of(Kind kind) {
        TrainingCommand command;
        command.kind = kind;
        return command;
    }
};

} // namespace training
