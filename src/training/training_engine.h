#pragma once
/**
 * A training run without threads: what TrainingWorker does between two commands. It owns a deep
 * single-precision copy of the network, the task, the optimizer and the run's history, and moves
 * through the run one unit of work per advance(): a slice of a training batch, or one batch of
 * the validation at an epoch's end. Between two units a caller may change the settings (they
 * take effect at the next batch), reset, roll back, or look at the probe sequence.
 *
 * A batch of B sequences of S steps is taken in slices of n sequences,
 *   n = max(1, ⌊kSliceBudget / (3·S·P)⌋)   (P parameters; 3·S·P multiply–adds a sequence),
 * whose gradients add up to the batch's (core::TrainingStep::accumulate), so a command waits for
 * at most one slice even on a large network. n depends only on the batch and the network, never
 * on timing, and the batch order, dropout masks and slices are pure functions of the seeds and
 * the step: the same job and the same commands at the same steps give the same weights, bit for
 * bit, however often the run is paused.
 *
 * After every batch, a NaN or ±∞ in the loss, the gradient or the weights stops the run
 * (advance() returns Diverged until rollBack() or reset()). The last good weights and optimizer
 * state stay in memory to roll back to: those of the latest batch whose loss was finite and at
 * most kExplosionFactor times the lowest batch loss of the run — the weights just before a
 * reckless step, not the finite but enormous ones it left for the next batch to overflow.
 */
#include "core/network.h"
#include "data/task.h"
#include "session/divergence_report.h"
#include "session/session.h"
#include "session/training_history.h"
#include "training/training_job.h"
#include "training/training_snapshot.h"
#include "training/weights_checkpoint.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

namespace core {
template <typename T>
class NetworkExecutor;
template <typename T>
class TrainingStep;
} // namespace core

namespace training {

class TrainingEngine {
public:
    /** Multiply–adds one slice may cost: 50–70 ms on one core of this project's machines, so
     * that the bench configs A and B train whole batches and C (2×256 units) 3 sequences a
     * slice. */
    static constexpr double kSliceBudget = 1e9;
    /** A batch loss this many times the run's lowest marks the weights as no longer good. */
    static constexpr double kExplosionFactor = 100.0;

    enum class Event {
        Worked,       ///< a slice or a validation batch, nothing else to tell
        BatchDone,    ///< a training batch completed: one optimizer step
        EpochDone,    ///< an epoch's validation completed
        RunDone,      ///< every epoch of the settings is done, or the task solved (stopWhenSolved)
        EarlyStopped, ///< the validation loss stopped improving: the best weights are back
        Diverged,     ///< held: see divergence()
    };

    /** Makes the task and the optimizer; throws std::invalid_argument with the reason. */
    explicit TrainingEngine(const TrainingJob& job);
    /** Goes on with a run saved by saveSession(), from its position, on `threads` threads;
     * throws std::invalid_argument when the session does not fit together. */
    TrainingEngine(const session::Session& saved, int threads);
    ~TrainingEngine();

    /** One unit of work; after RunDone or EarlyStopped, nothing more until the epochs change. */
    Event advance();
    bool isDone() const;

    const session::TrainingSettings& settings() const { return m_settings; }
    /** Takes effect at the next batch (after the slices of the one begun); recorded in the
     * history. Throws std::invalid_argument for invalid settings. */
    void changeSettings(const session::TrainingSettings& settings);
    /** Back to the first weights and a fresh optimizer, step 0; the history starts over. */
    void reset();
    /** Back to the weights, optimizer state and position from before the batch that diverged;
     * false when the run has not diverged. */
    bool rollBack();
    const std::optional<session::DivergenceReport>& divergence() const { return m_divergence; }

    /** The validation sequence to trace (clamped to the split). */
    void setProbeSequence(core::Index sequence);
    core::Index probeSequence() const { return m_probeSequence; }
    /** The probe sequence traced now, through the current weights. */
    std::shared_ptr<const session::ProbeTrace> probeTrace();

    /**
     * The run as a session, to go on later exactly from here: spec, first and current weights,
     * optimizer state, settings, position, seed, task and history (the caller adds the editor's
     * diagram and the view state). Saved mid-batch, the batch under way is trained again from
     * its start on resume, which gives the same step; settings changed during it take effect
     * from that batch. The best epoch's weights (early stopping) are not kept: a resumed run
     * keeps the best of what it trains after the resume.
     */
    session::Session saveSession() const;

    /** Where the run stands; timing fields (steps per second, ETA) are the caller's. */
    TrainingSnapshot snapshot() const;
    std::int64_t step() const { return m_step; }
    double batchLoss() const { return m_batchLoss; }
    int completedEpochs() const { return m_completedEpochs; }
    const core::Network<float>& network() const { return m_network; }
    const data::Task& task() const { return *m_task; }
    /** Seconds spent in advance() since the run began. */
    double workSeconds() const;
    /** Sequences per slice for a batch of `steps` steps. */
    core::Index sequencesPerSlice(core::Index steps) const;

private:
    /** What both constructors do once the network, settings and task are there. */
    void prepare();
    void beginBatch();
    Event trainSlice();
    Event finishBatch();
    Event validateNext();
    Event finishEpoch();
    void applyPendingSettings();
    void rebuildStep();
    /** Truncated BPTT and frozen gates of the settings, on the trainer and the evaluator, and
     * the parameter groups' rate factors on the optimizer. */
    void applyRecurrentOptions();
    void computeParameterNorms();
    core::Index batchesPerEpoch() const;
    session::TrainingHistory& history();

    std::uint64_t m_seed;
    int m_threads;
    session::TaskReference m_taskReference;
    session::TrainingSettings m_settings;
    std::optional<session::TrainingSettings> m_pending;
    core::NetworkSpec m_baseSpec; ///< as the job gave it, dropout included
    core::Network<float> m_network;
    core::Vector<float> m_initialWeights;
    std::unique_ptr<data::Task> m_task;
    std::unique_ptr<core::TrainingStep<float>> m_trainer;
    std::unique_ptr<core::NetworkExecutor<float>> m_evaluator; ///< validation and probe

    // Position in the run.
    int m_epoch = 0;               ///< 0-based epoch in progress
    std::int64_t m_batchIndex = 0; ///< next training batch of the epoch
    std::int64_t m_step = 0;       ///< optimizer steps done
    int m_completedEpochs = 0;
    bool m_validating = false;
    core::Index m_validationIndex = 0;
    data::Evaluation m_validation;
    bool m_earlyStopped = false;
    bool m_solvedStop = false; ///< solved with stopWhenSolved on

    // The batch being trained in slices.
    std::optional<core::SequenceBatch<float>> m_batch;
    core::Index m_sliceStart = 0;

    // What the snapshot tells.
    double m_epochLossSum = 0.0;
    double m_batchLoss = std::numeric_limits<double>::quiet_NaN();
    double m_gradientNorm = std::numeric_limits<double>::quiet_NaN();
    double m_validationLoss = std::numeric_limits<double>::quiet_NaN();
    double m_validationMetric = std::numeric_limits<double>::quiet_NaN();
    QList<EpochValidation> m_validations;
    std::vector<std::pair<std::string, double>> m_parameterNorms;
    std::chrono::steady_clock::duration m_workTime{};

    std::shared_ptr<session::TrainingHistory> m_history;
    WeightsCheckpoint m_lastGood;
    double m_lowestLoss = std::numeric_limits<double>::infinity();
    WeightsCheckpoint m_best;
    double m_bestLoss = std::numeric_limits<double>::infinity();
    int m_bestEpoch = 0;
    int m_epochsSinceBest = 0;
    std::optional<session::DivergenceReport> m_divergence;
    core::Index m_probeSequence = 0;
};

} // namespace training
