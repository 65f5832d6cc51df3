#include "data/text_task.h"

#include "data/embedded_files.h"
#include "data/random_stream.h"
#include "data/utf8_codec.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace data {

namespace {

std::string fixed(double value, int decimals) {
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

std::string languageName(TextTask::Language language) {
    return language == TextTask::Language::French ? "french" : "english";
}

} // namespace

TextTask::TextTask(Settings settings, std::uint64_t seed)
    : m_settings(settings)
    , m_seed(seed) {
    if (settings.length < 1 || settings.trainSize < 1 || settings.evalSize < 1 ||
        settings.minCount < 1)
        throw std::invalid_argument("the text task needs a length, sizes and a minimum count of "
                                    "at least 1");
    const std::string file = fileOf(settings.language);
    const std::u32string text = Utf8Codec::decode(EmbeddedFiles::get(file), file);
    const auto n = core::Index(text.size());
    m_trainEnd = core::Index(double(n) * kTrainShare);
    m_validationEnd = core::Index(double(n) * (kTrainShare + kValidationShare));
    if (m_trainEnd <= settings.length || m_validationEnd - m_trainEnd <= settings.length ||
        n - m_validationEnd <= settings.length)
        throw std::invalid_argument("the " + languageName(settings.language) +
                                    " text is too short for sequences of " +
                                    std::to_string(settings.length) + " characters");
    m_vocabulary = CharVocabulary::build(std::u32string_view(text).substr(0, size_t(m_trainEnd)),
                                         settings.minCount);
    m_ids = m_vocabulary.encode(text);

    RandomStream random(seed, RandomStream::Purpose::Example, 0);
    for (core::Index start = random.integer(0, settings.length - 1);
         start + settings.length < m_trainEnd; start += settings.length)
        m_trainStarts.push_back(start);
    if (core::Index(m_trainStarts.size()) > settings.trainSize) { // a seeded subset
        RandomStream subset(seed, RandomStream::Purpose::Example, 1);
        for (core::Index i = core::Index(m_trainStarts.size()) - 1; i > 0; --i)
            std::swap(m_trainStarts[size_t(i)], m_trainStarts[size_t(subset.integer(0, i))]);
        m_trainStarts.resize(size_t(settings.trainSize));
        std::sort(m_trainStarts.begin(), m_trainStarts.end());
    }
}

TaskInfo TextTask::info() {
    return {
        "text",
        "Character-level language model: predict the next character of Shakespeare "
        "(English) or Victor Hugo (French)",
        {TaskOptionSpec::choice("language", "the text", {"english", "french"}, "english"),
         TaskOptionSpec::integer("length", "characters per sequence", 64, 8, 1000),
         TaskOptionSpec::integer("min-count", "characters seen fewer times in training are <unk>",
                                 3, 1, 1000),
         TaskOptionSpec::integer("train-size",
                                 "training windows (at most what the 90% of the text holds)", kAll,
                                 10, kAll),
         TaskOptionSpec::integer("eval-size",
                                 "validation windows, and as many test ones (at most what the 5% "
                                 "of the text holds)",
                                 kAll, 10, kAll)}};
}

TextTask::Settings TextTask::settingsFrom(const TaskOptions& options) {
    Settings s;
    s.language = optionText(options, "language") == "french" ? Language::French : Language::English;
    s.length = optionInteger(options, "length");
    s.minCount = optionInteger(options, "min-count");
    s.trainSize = optionInteger(options, "train-size");
    s.evalSize = optionInteger(options, "eval-size");
    return s;
}

std::unique_ptr<Task> TextTask::create(const TaskOptions& options, std::uint64_t seed) {
    return std::make_unique<TextTask>(settingsFrom(options), seed);
}

std::string TextTask::fileOf(Language language) {
    return language == Language::French ? "text/notre-dame-de-paris.txt"
                                        : "text/tiny-shakespeare-excerpt.txt";
}

double TextTask::criterionBits(Language language) {
    return language == Language::French ? 2.7 : 2.4;
}

double TextTask::unigramEntropyBits(const std::vector<std::int32_t>& ids) {
    std::vector<double> counts;
    for (std::int32_t id : ids) {
        if (size_t(id) >= counts.size())
            counts.resize(size_t(id) + 1, 0.0);
        ++counts[size_t(id)];
    }
    double entropy = 0;
    for (double count : counts)
        if (count > 0) {
            const double p = count / double(ids.size());
            entropy -= p * std::log2(p);
        }
    return entropy;
}

std::string TextTask::description() const {
    return "Predict the next character of the " + languageName(m_settings.language) +
           " text, reading " + std::to_string(m_settings.length) + " characters (" +
           std::to_string(m_vocabulary.size()) + " symbols)";
}

TaskOptions TextTask::options() const {
    return {{"language", languageName(m_settings.language)},
            {"length", std::to_string(m_settings.length)},
            {"min-count", std::to_string(m_settings.minCount)},
            {"train-size", std::to_string(m_settings.trainSize)},
            {"eval-size", std::to_string(m_settings.evalSize)}};
}

std::pair<core::Index, core::Index> TextTask::partOf(Split split) const {
    switch (split) {
    case Split::Train:
        return {0, m_trainEnd};
    case Split::Validation:
        return {m_trainEnd, m_validationEnd};
    case Split::Test:
        break;
    }
    return {m_validationEnd, core::Index(m_ids.size())};
}

core::Index TextTask::sequenceCount(Split split) const {
    if (split == Split::Train)
        return core::Index(m_trainStarts.size());
    const auto [begin, end] = partOf(split);
    return std::min(m_settings.evalSize, (end - begin - 1) / m_settings.length);
}

core::Index TextTask::batchCount(Split split, core::Index batchSize) const {
    if (batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    return (sequenceCount(split) + batchSize - 1) / batchSize;
}

core::Index TextTask::windowStart(Split split, core::Index index, int epoch) const {
    if (index < 0 || index >= sequenceCount(split))
        throw std::out_of_range("no sequence " + std::to_string(index) + " in the " +
                                splitName(split) + " split");
    if (split == Split::Train)
        return m_trainStarts[size_t(trainingOrder(epoch)[size_t(index)])];
    return partOf(split).first + index * m_settings.length;
}

std::vector<core::Index> TextTask::trainingOrder(int epoch) const {
    std::vector<core::Index> order(m_trainStarts.size());
    std::iota(order.begin(), order.end(), core::Index(0));
    RandomStream random(m_seed, RandomStream::Purpose::Shuffle, std::uint64_t(epoch));
    for (core::Index i = core::Index(order.size()) - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(random.integer(0, i))]);
    return order;
}

core::SequenceBatch<double> TextTask::batch(Split split, core::Index batchSize, core::Index index,
                                            int epoch) const {
    const core::Index count = batchCount(split, batchSize);
    if (index < 0 || index >= count)
        throw std::out_of_range("batch " + std::to_string(index) + " of the " + splitName(split) +
                                " split, which has " + std::to_string(count));
    const core::Index first = index * batchSize;
    const core::Index b = std::min(batchSize, sequenceCount(split) - first);
    const core::Index steps = m_settings.length;
    core::SequenceBatch<double> out;
    out.steps = steps;
    out.batch = b;
    out.tokens.resize(size_t(steps * b));
    out.targetClasses.resize(size_t(steps * b));
    out.lengths.assign(size_t(b), steps);
    const std::vector<core::Index> order =
        split == Split::Train ? trainingOrder(epoch) : std::vector<core::Index>();
    for (core::Index s = 0; s < b; ++s) {
        const core::Index start = split == Split::Train
                                      ? m_trainStarts[size_t(order[size_t(first + s)])]
                                      : windowStart(split, first + s, epoch);
        for (core::Index t = 0; t < steps; ++t) {
            out.tokens[size_t(t * b + s)] = m_ids[size_t(start + t)];
            out.targetClasses[size_t(t * b + s)] = m_ids[size_t(start + t + 1)];
        }
    }
    return out;
}

core::NetworkSpec TextTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = m_vocabulary.size();
    spec.embeddingSize = 32;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 128}};
    spec.outputSize = m_vocabulary.size();
    spec.outputMode = core::OutputMode::PerStep;
    return spec;
}

TrainingRecipe TextTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 5e-3;
    recipe.batchSize = 32;
    recipe.epochs = 20;
    recipe.clipNorm = 5.0;
    return recipe;
}

Evaluation TextTask::evaluate(const core::SequenceBatch<double>& batch,
                              const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    e.metric = e.loss / std::log(2.0);
    e.metricWeight = e.lossWeight;
    e.solved = isSolved(e);
    return e;
}

bool TextTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric <= criterionBits(m_settings.language);
}

std::string TextTask::successCriterion() const {
    return "at most " + fixed(criterionBits(m_settings.language), 2) +
           " bits per character on the validation text (the unigram baseline: " +
           fixed(baseline().metric, 2) + ")";
}

Baseline TextTask::baseline() const {
    const std::vector<std::int32_t> train(m_ids.begin(), m_ids.begin() + m_trainEnd);
    const double bits = unigramEntropyBits(train);
    return {"predict each character with its frequency in the training text (unigram entropy, "
            "closed form)",
            bits * std::log(2.0), bits};
}

std::string TextTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                 core::Index step) const {
    if (sequence < 0 || sequence >= batch.batch || step < 0 || step >= batch.steps)
        throw std::out_of_range("no step " + std::to_string(step) + " of sequence " +
                                std::to_string(sequence) + " in this batch");
    return m_vocabulary.render(batch.tokens[size_t(step * batch.batch + sequence)]);
}

std::string TextTask::renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                   core::Index step) const {
    renderStep(batch, sequence, step); // checks the indices
    return m_vocabulary.render(batch.targetClasses[size_t(step * batch.batch + sequence)]);
}

std::string TextTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    if (row < 0 || row >= outputs.rows() || outputs.cols() != m_vocabulary.size())
        throw std::out_of_range("no output row " + std::to_string(row) + " of " +
                                std::to_string(m_vocabulary.size()) + " symbols");
    core::Index best = 0;
    outputs.row(row).maxCoeff(&best);
    const auto shifted = (outputs.row(row).array() - outputs.row(row).maxCoeff()).exp();
    return m_vocabulary.render(std::int32_t(best)) + " (" + fixed(1.0 / shifted.sum(), 2) + ")";
}

} // namespace data
