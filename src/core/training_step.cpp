#include "core/training_step.h"

#include <stdexcept>
#include <utility>

namespace core {

template <typename T>
TrainingStep<T>::TrainingStep(Network<T>& network, LossKind loss,
                              const OptimizerSettings& optimizer, int threads)
    : m_network(network)
    , m_loss(makeLoss<T>(loss))
    , m_optimizer(makeOptimizer<T>(optimizer, network.parameterCount()))
    , m_backprop(network, threads)
    , m_baseRate(optimizer.learningRate) {}

template <typename T>
void TrainingStep<T>::setOptimizer(const OptimizerSettings& settings) {
    m_optimizer = makeOptimizer<T>(settings, m_network.parameterCount());
    m_baseRate = settings.learningRate;
}

namespace {

/** The steps and valid lengths of a batch's output rows: per-step outputs follow the input,
 * sequence-to-sequence outputs the decoder, a per-sequence output is one step. */
template <typename T>
std::pair<Index, const Lengths*> outputSteps(const SequenceBatch<T>& batch, OutputMode mode) {
    static const Lengths full;
    switch (mode) {
    case OutputMode::PerStep:
        return {batch.steps, &batch.lengths};
    case OutputMode::SequenceToSequence:
        return {batch.decoderSteps, &batch.decoderLengths};
    case OutputMode::PerSequence:
        break;
    }
    return {1, &full};
}

} // namespace

template <typename T>
double TrainingStep<T>::validEntries(const SequenceBatch<T>& batch, LossKind kind,
                                     OutputMode mode) {
    const auto [steps, lengths] = outputSteps(batch, mode);
    double entries = 0;
    for (Index t = 0; t < steps; ++t)
        for (Index b = 0; b < batch.batch; ++b) {
            if (!lengths->empty() && t >= (*lengths)[size_t(b)])
                continue;
            if (kind != LossKind::CrossEntropy)
                entries += double(batch.targets.cols());
            else if (batch.targetClasses[size_t(t * batch.batch + b)] != kIgnoredClass)
                entries += 1;
        }
    return entries;
}

template <typename T>
double TrainingStep<T>::lossAndGradient(const SequenceBatch<T>& batch, bool dropout,
                                        std::uint64_t dropoutSeed, NetworkTrace<T>* trace) {
    const double total = validEntries(batch, m_loss->kind(), m_network.spec().outputMode);
    return shareOfLoss(batch, total, dropout, dropoutSeed, trace);
}

template <typename T>
double TrainingStep<T>::shareOfLoss(const SequenceBatch<T>& slice, double totalEntries,
                                    bool dropout, std::uint64_t dropoutSeed,
                                    NetworkTrace<T>* trace) {
    const LossKind kind = m_loss->kind();
    const OutputMode mode = m_network.spec().outputMode;
    const auto shardLoss = [&](const Matrix<T>& outputs, const SequenceBatch<T>& shard,
                               Matrix<T>& dOutputs) -> double {
        const double share =
            totalEntries > 0 ? validEntries(shard, kind, mode) / totalEntries : 0.0;
        const auto [steps, lengths] = outputSteps(shard, mode);
        Vector<T> rowWeights;
        if (!lengths->empty())
            rowWeights = rowWeightsFromLengths<T>(*lengths, steps, shard.batch);
        const Vector<T>* weights = rowWeights.size() > 0 ? &rowWeights : nullptr;
        const LossTarget<T> target = LossTarget<T>::ofBatch(kind, shard);
        const double mean = double(m_loss->evaluate(outputs, target, weights, &dOutputs));
        dOutputs *= T(share);
        return mean * share;
    };
    return m_backprop.run(slice, shardLoss, dropout, dropoutSeed, trace);
}

template <typename T>
typename TrainingStep<T>::Result TrainingStep<T>::run(const SequenceBatch<T>& batch,
                                                      std::uint64_t dropoutSeed,
                                                      NetworkTrace<T>* trace) {
    beginBatch(batch);
    accumulate(batch, dropoutSeed, trace);
    return finishBatch();
}

template <typename T>
void TrainingStep<T>::beginBatch(const SequenceBatch<T>& batch) {
    m_batchEntries = validEntries(batch, m_loss->kind(), m_network.spec().outputMode);
    m_batchLoss = 0;
    m_accumulated.setZero(m_network.parameterCount());
}

template <typename T>
double TrainingStep<T>::accumulate(const SequenceBatch<T>& slice, std::uint64_t dropoutSeed,
                                   NetworkTrace<T>* trace) {
    const double share = shareOfLoss(slice, m_batchEntries, true, dropoutSeed, trace);
    m_accumulated += m_backprop.gradients();
    m_batchLoss += share;
    return share;
}

template <typename T>
typename TrainingStep<T>::Result TrainingStep<T>::finishBatch() {
    Result result;
    result.loss = m_batchLoss;
    m_clipped = m_accumulated;
    result.gradientNorm = double(m_clipping.apply(m_clipped));
    m_optimizer->setLearningRate(m_schedule.rateAt(m_baseRate, m_optimizer->stepCount()));
    m_optimizer->step(m_network.values(), m_clipped);
    return result;
}

template class TrainingStep<float>;
template class TrainingStep<double>;

} // namespace core
