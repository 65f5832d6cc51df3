#include "core/parallel_backprop.h"

#include "core/blas_threads.h"

#include <algorithm>

namespace core {

template <typename T>
ParallelBackprop<T>::ParallelBackprop(const Network<T>& network, int threads)
    : m_pool(std::max(1, threads)) {
    BlasThreads::useOne();
    for (int k = 0; k < m_pool.threadCount(); ++k)
        m_executors.push_back(std::make_unique<NetworkExecutor<T>>(network));
    m_shards.resize(m_executors.size());
    m_dOutputs.resize(m_executors.size());
    m_losses.resize(m_executors.size());
    m_gradients.setZero(network.parameterCount());
}

template <typename T>
void ParallelBackprop<T>::setRecurrentOptions(const RecurrentOptions& options) {
    for (auto& executor : m_executors)
        executor->setRecurrentOptions(options);
}

template <typename T>
double ParallelBackprop<T>::run(const SequenceBatch<T>& batch, const LossGradient& lossGradient,
                                bool dropout, std::uint64_t dropoutSeed, NetworkTrace<T>* trace) {
    // A trace describes one batch as a whole, so a traced step runs on one thread.
    const int shards =
        trace ? 1
              : int(std::min<Index>(Index(m_executors.size()), std::max<Index>(1, batch.batch)));
    Index first = 0;
    for (int k = 0; k < shards; ++k) {
        const Index count = batch.batch / shards + (k < batch.batch % shards ? 1 : 0);
        if (shards > 1)
            m_shards[size_t(k)] = batch.slice(first, count);
        first += count;
    }
    m_pool.run(shards, [&](int k) {
        NetworkExecutor<T>& executor = *m_executors[size_t(k)];
        const SequenceBatch<T>& shard = shards > 1 ? m_shards[size_t(k)] : batch;
        executor.zeroGradients();
        executor.setDropout(dropout, dropoutSeed);
        const Matrix<T>& outputs = executor.forward(shard, trace);
        m_losses[size_t(k)] = lossGradient(outputs, shard, m_dOutputs[size_t(k)]);
        executor.backward(m_dOutputs[size_t(k)], trace);
    });
    double loss = 0.0;
    m_gradients = m_executors.front()->gradients();
    loss += m_losses.front();
    for (int k = 1; k < shards; ++k) {
        m_gradients += m_executors[size_t(k)]->gradients();
        loss += m_losses[size_t(k)];
    }
    return loss;
}

template <typename T>
std::size_t ParallelBackprop<T>::activationBytes() const {
    std::size_t bytes = 0;
    for (const auto& executor : m_executors)
        bytes += executor->activationBytes();
    return bytes;
}

template class ParallelBackprop<float>;
template class ParallelBackprop<double>;

} // namespace core
