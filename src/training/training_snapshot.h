#pragma once
/**
 * Where a training run stands, as a plain value: the worker fills one after a batch and hands a
 * copy to the user interface, which never reaches into the worker for anything else. Numbers not
 * known yet (no batch trained, no epoch validated) are NaN. The history and the probe trace are
 * shared, immutable values: a copy of a snapshot costs a few hundred bytes whatever they hold.
 */
#include "session/divergence_report.h"
#include "session/probe_trace.h"
#include "session/training_history.h"
#include "session/training_settings.h"

#include <QList>
#include <QMetaType>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace training {

/** The validation of the network at the end of one epoch. */
struct EpochValidation {
    int epoch = 0;         ///< 1-based
    std::int64_t step = 0; ///< optimizer steps done when it was measured
    double loss = 0.0;     ///< the task's loss on the validation split
    double metric = 0.0;   ///< the task's metric on the validation split
    bool solved = false;   ///< the task's success criterion held
};

struct TrainingSnapshot {
    static constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

    int epoch = 0;                 ///< 1-based epoch being trained, 0 before the first batch
    int epochs = 0;                ///< epochs of the run
    std::int64_t step = 0;         ///< optimizer steps done
    std::int64_t steps = 0;        ///< optimizer steps of the whole run
    std::int64_t batchInEpoch = 0; ///< batches done in the current epoch
    std::int64_t batchesPerEpoch = 0;
    double batchLoss = kUnknown;        ///< loss of the last batch trained
    double recentLoss = kUnknown;       ///< mean batch loss since the snapshot taken before
    double epochLoss = kUnknown;        ///< mean batch loss of the current epoch so far
    double validationLoss = kUnknown;   ///< of the last validated epoch
    double validationMetric = kUnknown; ///< of the last validated epoch
    double gradientNorm = kUnknown;     ///< ‖g‖ of the last batch, before clipping
    double learningRate = kUnknown;     ///< η of the last step
    double stepsPerSecond = 0.0;        ///< over the batches since the previous snapshot
    double etaSeconds = kUnknown;       ///< to the end of the run at that speed
    double progress = 0.0;              ///< step / steps, 0..1
    int bestEpoch = 0;                  ///< epoch of the lowest validation loss, 0 before one
    /** ‖∂L/∂θ‖ per parameter tensor (state_dict names) of the last batch, before clipping. */
    std::vector<std::pair<std::string, double>> parameterGradientNorms;
    /** Every epoch validated so far, oldest first (implicitly shared: a copy costs nothing). */
    QList<EpochValidation> validations;
    session::TrainingSettings settings;                      ///< in force for the next batch
    std::shared_ptr<const session::TrainingHistory> history; ///< the whole run so far
    std::shared_ptr<const session::ProbeTrace> probe;        ///< only while tracing is on
    std::optional<session::DivergenceReport> divergence;     ///< set while the run is held diverged
};

} // namespace training

Q_DECLARE_METATYPE(training::TrainingSnapshot)
