#pragma once
/**
 * Forward and backward of one batch, split by sequences across a WorkerPool: shard k holds
 * sequences [first_k, first_k + count_k), runs on its own NetworkExecutor, and the gradient is the
 * sum of the shards' gradients added in shard order, so a given thread count always gives the
 * same bits. Dropout masks depend on the global sequence index (see Dropout), not on the split.
 */
#include "core/network_executor.h"
#include "core/worker_pool.h"

#include <functional>
#include <memory>
#include <vector>

namespace core {

template <typename T>
class ParallelBackprop {
public:
    /**
     * Computes a shard's share of the loss and ∂(share)/∂outputs. Shares are normalised by the
     * whole batch (e.g. MSE divides by all of the batch's valid elements), so they sum to the loss.
     */
    using LossGradient = std::function<double(const Matrix<T>& outputs,
                                              const SequenceBatch<T>& shard, Matrix<T>& dOutputs)>;

    ParallelBackprop(const Network<T>& network, int threads);

    int threadCount() const { return m_pool.threadCount(); }
    /** Sets the options on every shard's executor (see NetworkExecutor::setRecurrentOptions). */
    void setRecurrentOptions(const RecurrentOptions& options);
    /** Runs the batch and returns the loss; gradients() then holds ∂L/∂θ. */
    double run(const SequenceBatch<T>& batch, const LossGradient& lossGradient, bool dropout,
               std::uint64_t dropoutSeed, NetworkTrace<T>* trace = nullptr);
    const Vector<T>& gradients() const { return m_gradients; }
    /** Activation bytes held by all shards for the last batch. */
    std::size_t activationBytes() const;
    /** The executor of shard 0 (the whole batch when it ran on one thread). */
    NetworkExecutor<T>& primaryExecutor() { return *m_executors.front(); }

private:
    WorkerPool m_pool;
    std::vector<std::unique_ptr<NetworkExecutor<T>>> m_executors;
    std::vector<SequenceBatch<T>> m_shards;
    std::vector<Matrix<T>> m_dOutputs;
    std::vector<double> m_losses;
    Vector<T> m_gradients;
};

} // namespace core
