#include "data/task.h"

#include <span>
#include <stdexcept>

namespace data {

std::string splitName(Split split) {
    switch (split) {
    case Split::Train:
        return "train";
    case Split::Validation:
        return "validation";
    case Split::Test:
        return "test";
    }
    return "unknown";
}

Evaluation& Evaluation::operator+=(const Evaluation& other) {
    const auto weightedMean = [](double a, double wa, double b, double wb) {
        return wa + wb > 0 ? (a * wa + b * wb) / (wa + wb) : 0.0;
    };
    loss = weightedMean(loss, lossWeight, other.loss, other.lossWeight);
    metric = weightedMean(metric, metricWeight, other.metric, other.metricWeight);
    lossWeight += other.lossWeight;
    metricWeight += other.metricWeight;
    return *this;
}

std::string Task::checkNetwork(const core::NetworkSpec& spec) const {
    const core::NetworkSpec wanted = recommendedNetwork();
    if (spec.inputKind != wanted.inputKind)
        return "the task " + name() + " reads " +
               (wanted.inputKind == core::InputKind::Tokens ? "tokens" : "features");
    if (spec.inputSize != wanted.inputSize)
        return "the task " + name() + " has " + std::to_string(wanted.inputSize) +
               " inputs per step, the network reads " + std::to_string(spec.inputSize);
    if (spec.outputSize != wanted.outputSize)
        return "the task " + name() + " needs " + std::to_string(wanted.outputSize) +
               " outputs, the network makes " + std::to_string(spec.outputSize);
    if (spec.outputMode != wanted.outputMode)
        return "the task " + name() + " needs " + core::outputModeName(wanted.outputMode) +
               " outputs, the network makes " + core::outputModeName(spec.outputMode) + " ones";
    return {};
}

Evaluation Task::evaluateSplit(Split split, core::Index batchSize, const Predictor& predict) const {
    Evaluation total;
    const core::Index count = batchCount(split, batchSize);
    for (core::Index i = 0; i < count; ++i) {
        const core::SequenceBatch<double> b = batch(split, batchSize, i, 0);
        total += evaluate(b, predict(b));
    }
    total.solved = isSolved(total);
    return total;
}

Evaluation Task::lossOf(const core::SequenceBatch<double>& batch,
                        const core::Matrix<double>& outputs) const {
    const bool perStep = outputMode() != core::OutputMode::PerSequence;
    // Sequence-to-sequence outputs follow the decoder's steps and lengths.
    const bool decoded = outputMode() == core::OutputMode::SequenceToSequence;
    const core::Index steps = decoded ? batch.decoderSteps : batch.steps;
    const core::Lengths& lengths = decoded ? batch.decoderLengths : batch.lengths;
    const core::Index rows = perStep ? steps * batch.batch : batch.batch;
    const core::Index columns = recommendedNetwork().outputSize;
    if (outputs.rows() != rows || outputs.cols() != columns)
        throw std::invalid_argument("task " + name() + ": outputs are " +
                                    std::to_string(outputs.rows()) + "×" +
                                    std::to_string(outputs.cols()) + ", the batch needs " +
                                    std::to_string(rows) + "×" + std::to_string(columns));

    core::Vector<double> weights = core::Vector<double>::Ones(rows);
    if (perStep && !lengths.empty())
        weights = core::rowWeightsFromLengths<double>(lengths, steps, batch.batch);
    const core::LossKind kind = lossKind();
    Evaluation e;
    if (kind == core::LossKind::CrossEntropy) {
        for (core::Index r = 0; r < rows; ++r)
            if (weights[r] > 0 && batch.targetClasses[size_t(r)] != core::kIgnoredClass)
                e.lossWeight += weights[r];
    } else {
        e.lossWeight = weights.sum() * double(columns);
    }
    const auto target = core::LossTarget<double>::ofBatch(kind, batch);
    e.loss = core::makeLoss<double>(kind)->evaluate(outputs, target, &weights, nullptr);
    return e;
}

} // namespace data
