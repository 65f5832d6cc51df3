#include "data/generated_task.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <stdexcept>
#include <unordered_set>

namespace data {

GeneratedTask::GeneratedTask(std::uint64_t seed, Sizes sizes)
    : m_seed(seed)
    , m_sizes(sizes) {
    if (sizes.train < 1 || sizes.validation < 1 || sizes.test < 1)
        throw std::invalid_argument("every split needs at least one sequence");
}

std::vector<TaskOptionSpec> GeneratedTask::sizeOptions(core::Index train, core::Index eval) {
    return {TaskOptionSpec::integer("train-size", "training sequences", train, 10, 1000000),
            TaskOptionSpec::integer("eval-size", "validation sequences, and as many test ones",
                                    eval, 10, 100000)};
}

GeneratedTask::Sizes GeneratedTask::sizesFrom(const TaskOptions& options) {
    const core::Index eval = optionInteger(options, "eval-size");
    return {optionInteger(options, "train-size"), eval, eval};
}

TaskOptions GeneratedTask::sizeOptionValues() const {
    return {{"train-size", std::to_string(m_sizes.train)},
            {"eval-size", std::to_string(m_sizes.validation)}};
}

void GeneratedTask::dealSplits() {
    for (auto& streams : m_streams)
        streams.clear();
    std::unordered_set<std::uint64_t> trained;
    std::uint64_t stream = 0;
    for (; core::Index(stream) < m_sizes.train; ++stream) {
        m_streams[0].push_back(stream);
        trained.insert(exampleOfStream(stream).hash(m_seed));
    }
    const double validationShare =
        double(m_sizes.validation) / double(m_sizes.validation + m_sizes.test);
    const auto full = [this](Split split) {
        return sequenceCount(split) >=
               (split == Split::Validation ? m_sizes.validation : m_sizes.test);
    };
    // Unseen sequences may be rare, or absent in a tiny sequence space: give up in time.
    const std::uint64_t limit =
        stream + 20 * std::uint64_t(m_sizes.train + m_sizes.validation + m_sizes.test) + 10000;
    for (; !full(Split::Validation) || !full(Split::Test); ++stream) {
        if (stream == limit)
            throw std::runtime_error(
                "task " + name() +
                ": too few sequences unseen in training to fill validation and " +
                "test splits of " + std::to_string(m_sizes.validation) + " and " +
                std::to_string(m_sizes.test) + " sequences");
        const std::uint64_t hash = exampleOfStream(stream).hash(m_seed);
        if (trained.count(hash))
            continue;
        const Split split = double(RandomStream::mix(hash) >> 11) * 0x1.0p-53 < validationShare
                                ? Split::Validation
                                : Split::Test;
        if (!full(split))
            m_streams[size_t(split)].push_back(stream);
    }
}

std::string GeneratedTask::formatNumber(double value, int decimals) {
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

bool GeneratedTask::isPadding(const core::SequenceBatch<double>& batch, core::Index sequence,
                              core::Index step) {
    if (sequence < 0 || sequence >= batch.batch || step < 0 || step >= batch.steps)
        throw std::out_of_range("no step " + std::to_string(step) + " of sequence " +
                                std::to_string(sequence) + " in this batch");
    return !batch.lengths.empty() && step >= batch.lengths[size_t(sequence)];
}

SequenceExample GeneratedTask::exampleOfStream(std::uint64_t stream) const {
    RandomStream random(m_seed, RandomStream::Purpose::Example, stream);
    return generate(random);
}

SequenceExample GeneratedTask::example(Split split, core::Index i) const {
    return exampleOfStream(streams(split).at(size_t(i)));
}

core::Index GeneratedTask::sequenceCount(Split split) const {
    return core::Index(streams(split).size());
}

core::Index GeneratedTask::batchCount(Split split, core::Index batchSize) const {
    if (batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    return (sequenceCount(split) + batchSize - 1) / batchSize;
}

core::SequenceBatch<double> GeneratedTask::batch(Split split, core::Index batchSize,
                                                 core::Index index, int epoch) const {
    const core::Index count = batchCount(split, batchSize);
    if (index < 0 || index >= count)
        throw std::out_of_range("batch " + std::to_string(index) + " of the " + splitName(split) +
                                " split, which has " + std::to_string(count));
    const std::vector<std::uint64_t>& all = streams(split);
    const auto order = split == Split::Train ? trainingOrder(epoch) : nullptr;
    const core::Index first = index * batchSize;
    const core::Index last = std::min(first + batchSize, core::Index(all.size()));
    std::vector<SequenceExample> examples;
    examples.reserve(size_t(last - first));
    for (core::Index i = first; i < last; ++i)
        examples.push_back(exampleOfStream(all[size_t(order ? (*order)[size_t(i)] : i)]));
    return assemble(examples);
}

std::shared_ptr<const std::vector<core::Index>> GeneratedTask::trainingOrder(int epoch) const {
    {
        const std::lock_guard lock(m_orderMutex);
        if (m_order && m_orderEpoch == epoch)
            return m_order;
    }
    // Fisher–Yates from the epoch's own stream; outside the lock, as it takes a while.
    auto order = std::make_shared<std::vector<core::Index>>(streams(Split::Train).size());
    std::iota(order->begin(), order->end(), core::Index(0));
    RandomStream random(m_seed, RandomStream::Purpose::Shuffle, std::uint64_t(epoch));
    for (core::Index i = core::Index(order->size()) - 1; i > 0; --i)
        std::swap((*order)[size_t(i)], (*order)[size_t(random.integer(0, i))]);
    const std::lock_guard lock(m_orderMutex);
    m_order = std::move(order);
    m_orderEpoch = epoch;
    return m_order;
}

core::SequenceBatch<double>
GeneratedTask::assemble(const std::vector<SequenceExample>& examples) const {
    const bool perStep = outputMode() != core::OutputMode::PerSequence;
    const SequenceExample& front = examples.front();
    const bool classes = !front.classes.empty();
    const core::Index batchSize = core::Index(examples.size());
    core::Index steps = 0;
    for (const SequenceExample& e : examples)
        steps = std::max(steps, e.length());

    core::SequenceBatch<double> out;
    out.steps = steps;
    out.batch = batchSize;
    out.inputs = core::Matrix<double>::Zero(steps * batchSize, front.inputs.cols());
    const core::Index targetRows = perStep ? steps * batchSize : batchSize;
    if (classes)
        out.targetClasses.assign(size_t(targetRows), core::kIgnoredClass);
    else
        out.targets = core::Matrix<double>::Zero(targetRows, front.targets.cols());
    for (core::Index b = 0; b < batchSize; ++b) {
        const SequenceExample& e = examples[size_t(b)];
        out.lengths.push_back(e.length());
        for (core::Index t = 0; t < e.length(); ++t)
            out.inputs.row(t * batchSize + b) = e.inputs.row(t);
        const core::Index rows = perStep ? e.length() : 1;
        for (core::Index t = 0; t < rows; ++t) {
            const core::Index row = perStep ? t * batchSize + b : b;
            if (classes)
                out.targetClasses[size_t(row)] = e.classes[size_t(t)];
            else
                out.targets.row(row) = e.targets.row(t);
        }
    }
    return out;
}

} // namespace data
