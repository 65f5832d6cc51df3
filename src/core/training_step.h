#pragma once
/**
 * One step of gradient descent on a batch: forward, loss, backward through time (split across
 * threads by ParallelBackprop), gradient clipping, optimizer update:
 *
 *   g = ∂L/∂θ,   ‖g‖ recorded,   g ← clip(g),   θ ← optimizer(θ, g) at rate η = schedule(η₀, step)
 *
 * The loss is the batch's weighted mean (see Loss); a shard's share is its mean times its share of
 * the batch's valid entries, so the sum over shards is the loss of the whole batch.
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

    Optimizer<T>& optimizer() { return *m_optimizer; }
    void setOptimizer(const OptimizerSettings& settings);
    GradientClipping& clipping() { return m_clipping; }
    LearningRateSchedule& schedule() { return m_schedule; }
    double baseLearningRate() const { return m_baseRate; }
    void setBaseLearningRate(double rate) { m_baseRate = rate; }
    const Loss<T>& loss() const { return *m_loss; }
    const Vector<T>& gradients() const { return m_backprop.gradients(); }
    ParallelBackprop<T>& backprop() { return m_backprop; }
    /** Valid target entries of a batch: the denominator of its mean loss. */
    static double validEntries(const SequenceBatch<T>& batch, LossKind kind, OutputMode mode);

private:
    Network<T>& m_network;
    std::unique_ptr<Loss<T>> m_loss;
    std::unique_ptr<Optimizer<T>> m_optimizer;
    ParallelBackprop<T> m_backprop;
    GradientClipping m_clipping;
    LearningRateSchedule m_schedule;
    double m_baseRate;
    Vector<T> m_clipped;
};

} // namespace core
