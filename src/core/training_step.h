#pragma once
/**
 * One step of gradient descent on a batch: forward, loss, backward through time (split across
 * threads by ParallelBackprop), gradient clipping, optimizer update:
 *
 *   g = ∂L/∂θ,   ‖g‖ recorded,   g ← clip(g),   θ ← optimizer(θ, g) at rate η = schedule(η₀, step)
 *
 * g is the gradient the recurrent options define: truncated through time, frozen gates held.
 *
 * The loss is the batch's weighted mean (see Loss); a shard's share is its mean times its share of
 * the batch's valid entries, so the sum over shards is the loss of the whole batch.
 *
 * A long batch can also be taken in slices of its sequences (beginBatch, accumulate per slice,
 * finishBatch): g = Σ_slices g_slice, each slice's loss weighted by its share of the batch's valid
 * entries, so a caller can answer commands between slices. One slice gives run()'s very bits.
 */
#include "core/gradient_clipping.h"
#include "core/learning_rate_schedule.h"
#include "core/loss.h"
#include "core/optimizer.h"
#include "core/parallel_backprop.h"

#include <memory>

namespace core {

template <typename T>
class TrainingStep {
public:
    struct Result {
        double loss = 0.0;
        double gradientNorm = 0.0; ///< ‖g‖ before clipping
    };

    TrainingStep(Network<T>& network, LossKind loss, const OptimizerSettings& optimizer,
                 int threads = 1);

    /** Trains on `batch` (with its targets); the seed fixes this step's dropout masks. */
    Result run(const SequenceBatch<T>& batch, std::uint64_t dropoutSeed = 0,
               NetworkTrace<T>* trace = nullptr);
    /** The loss and gradient without an update (validation of gradients, the lab). */
    double lossAndGradient(const SequenceBatch<T>& batch, bool dropout, std::uint64_t dropoutSeed,
                           NetworkTrace<T>* trace = nullptr);

    /** Starts a batch taken in slices: its valid entries weigh every slice's loss. */
    void beginBatch(const SequenceBatch<T>& batch);
    /** Adds the loss share and gradient of `slice` (SequenceBatch::slice of the batch begun). */
    double accumulate(const SequenceBatch<T>& slice, std::uint64_t dropoutSeed,
                      NetworkTrace<T>* trace = nullptr);
    /** Clips the accumulated gradient and updates the weights: the batch's step. */
    Result finishBatch();
    /** The loss of the slices accumulated since beginBatch(). */
    double accumulatedLoss() const { return m_batchLoss; }
    /** The gradient accumulated since beginBatch(), before clipping. */
    const Vector<T>& accumulatedGradients() const { return m_accumulated; }

    Optimizer<T>& optimizer() { return *m_optimizer; }
    const Optimizer<T>& optimizer() const { return *m_optimizer; }
    void setOptimizer(const OptimizerSettings& settings);
    GradientClipping& clipping() { return m_clipping; }
    LearningRateSchedule& schedule() { return m_schedule; }
    double baseLearningRate() const { return m_baseRate; }
    void setBaseLearningRate(double rate) { m_baseRate = rate; }
    const Loss<T>& loss() const { return *m_loss; }
    const Vector<T>& gradients() const { return m_backprop.gradients(); }
    ParallelBackprop<T>& backprop() { return m_backprop; }
    /** Truncated BPTT and frozen gates from the next batch on; throws std::invalid_argument
     * when they do not fit the network. */
    void setRecurrentOptions(const RecurrentOptions& options) {
        m_backprop.setRecurrentOptions(options);
    }
    /** Valid target entries of a batch: the denominator of its mean loss. */
    static double validEntries(const SequenceBatch<T>& batch, LossKind kind, OutputMode mode);

private:
    double shareOfLoss(const SequenceBatch<T>& slice, double totalEntries, bool dropout,
                       std::uint64_t dropoutSeed, NetworkTrace<T>* trace);

    Network<T>& m_network;
    std::unique_ptr<Loss<T>> m_loss;
    std::unique_ptr<Optimizer<T>> m_optimizer;
    ParallelBackprop<T> m_backprop;
    GradientClipping m_clipping;
    LearningRateSchedule m_schedule;
    double m_baseRate;
    Vector<T> m_clipped;
    Vector<T> m_accumulated; ///< Σ of the slices' gradients since beginBatch()
    double m_batchEntries = 0;
    double m_batchLoss = 0;
};

} // namespace core
