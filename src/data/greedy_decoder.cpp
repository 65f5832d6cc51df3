#include "data/greedy_decoder.h"

#include <algorithm>
#include <stdexcept>

namespace data {

GreedyDecoder::GreedyDecoder(int32_t startToken)
    : m_startToken(startToken) {}

GreedyDecoder GreedyDecoder::forTask(const Task& task) {
    const core::NetworkSpec spec = task.recommendedNetwork();
    if (task.outputMode() != core::OutputMode::SequenceToSequence)
        throw std::invalid_argument("the task " + task.name() +
                                    " is not a sequence-to-sequence task");
    if (spec.decoderVocabulary != spec.outputSize + 1)
        throw std::invalid_argument("the task " + task.name() +
                                    " does not put its start token after its output classes");
    return GreedyDecoder(int32_t(spec.outputSize));
}

GreedyDecoder::Result GreedyDecoder::decode(const core::SequenceBatch<double>& batch,
                                            const Task::Predictor& predict) const {
    const core::Index B = batch.batch, steps = batch.decoderSteps;
    const auto valid = [&](core::Index j, core::Index b) {
        return batch.decoderLengths.empty() || j < batch.decoderLengths[size_t(b)];
    };
    std::vector<int32_t> tokens(size_t(steps * B), m_startToken);
    Result result;
    result.classes.assign(size_t(steps * B), core::kIgnoredClass);
    core::SequenceBatch<double> prefix = batch;
    for (core::Index j = 0; j < steps; ++j) {
        prefix.decoderSteps = j + 1;
        prefix.decoderTokens.assign(tokens.begin(), tokens.begin() + (j + 1) * B);
        if (!batch.decoderLengths.empty())
            for (core::Index b = 0; b < B; ++b)
                prefix.decoderLengths[size_t(b)] = std::min(batch.decoderLengths[size_t(b)], j + 1);
        if (!batch.targetClasses.empty())
            prefix.targetClasses.assign(batch.targetClasses.begin(),
                                        batch.targetClasses.begin() + (j + 1) * B);
        result.outputs = predict(prefix);
        if (result.outputs.rows() != (j + 1) * B)
            throw std::invalid_argument("greedy decoding: the network gave " +
                                        std::to_string(result.outputs.rows()) +
                                        " output rows for " + std::to_string(j + 1) +
                                        " decoder steps of " + std::to_string(B) + " sequences");
        for (core::Index b = 0; b < B; ++b) {
            if (!valid(j, b))
                continue;
            core::Index chosen = 0;
            result.outputs.row(j * B + b).maxCoeff(&chosen);
            result.classes[size_t(j * B + b)] = int32_t(chosen);
            if (j + 1 < steps)
                tokens[size_t((j + 1) * B + b)] = int32_t(chosen);
        }
    }
    return result;
}

Evaluation GreedyDecoder::evaluateSplit(const Task& task, Split split, core::Index batchSize,
                                        const Task::Predictor& predict) const {
    Evaluation total;
    const core::Index count = task.batchCount(split, batchSize);
    for (core::Index i = 0; i < count; ++i) {
        const core::SequenceBatch<double> b = task.batch(split, batchSize, i, 0);
        total += task.evaluate(b, decode(b, predict).outputs);
    }
    total.solved = task.isSolved(total);
    return total;
}

} // namespace data
