#include "data/dates_task.h"

#include "data/random_stream.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace data {

namespace {

/** Stream indices far above any example or epoch index: validation, test, the date permutation. */
constexpr std::uint64_t kValidationStreams = std::uint64_t(1) << 40;
constexpr std::uint64_t kTestStreams = std::uint64_t(2) << 40;
constexpr std::uint64_t kPermutationStream = std::uint64_t(1) << 62;

const std::vector<std::string> kLanguageNames{"english", "french", "both"};

char classCharacter(core::Index c) {
    return c == DatesTask::kHyphen ? '-' : char('0' + c);
}

} // namespace

DatesTask::DatesTask(Languages languages, int firstYear, int lastYear, GeneratedTask::Sizes sizes,
                     std::uint64_t seed)
    : m_languages(languages)
    , m_firstYear(firstYear)
    , m_lastYear(lastYear)
    , m_sizes(sizes)
    , m_seed(seed)
    , m_order(seed, sizes.train) {
    if (firstYear < 1000 || lastYear > 9999 || firstYear > lastYear)
        throw std::invalid_argument("the dates task needs four-digit years, the first no later "
                                    "than the last (got " +
                                    std::to_string(firstYear) + " to " + std::to_string(lastYear) +
                                    ")");
    if (sizes.train < 1 || sizes.validation < 1 || sizes.test < 1)
        throw std::invalid_argument("every split needs at least one sequence");
    m_dates = CalendarDate::allBetween(firstYear, lastYear);
    const core::Index held = sizes.validation + sizes.test;
    if (core::Index(m_dates.size()) < held + 1)
        throw std::invalid_argument(
            "the years " + std::to_string(firstYear) + " to " + std::to_string(lastYear) +
            " hold " + std::to_string(m_dates.size()) + " dates, too few for " +
            std::to_string(held) + " validation and test dates and some to train on");
    RandomStream random(seed, RandomStream::Purpose::Shuffle, kPermutationStream);
    for (core::Index i = core::Index(m_dates.size()) - 1; i > 0; --i)
        std::swap(m_dates[size_t(i)], m_dates[size_t(random.integer(0, i))]);
}

TaskInfo DatesTask::info() {
    TaskInfo info{"dates",
                  "Dates in words to ISO dates (sequence to sequence with attention): \"vingt-huit "
                  "novembre 2026\" → 2026-11-28",
                  {TaskOptionSpec::choice("language", "the language the dates are written in",
                                          kLanguageNames, "both"),
                   TaskOptionSpec::integer("first-year", "the earliest year", 1900, 1000, 9999),
                   TaskOptionSpec::integer("last-year", "the latest year", 2099, 1000, 9999)}};
    for (TaskOptionSpec& spec : GeneratedTask::sizeOptions(20000, 1000))
        info.options.push_back(std::move(spec));
    return info;
}

std::unique_ptr<Task> DatesTask::create(const TaskOptions& options, std::uint64_t seed) {
    const std::string& language = optionText(options, "language");
    const Languages languages = language == "english"  ? Languages::English
                                : language == "french" ? Languages::French
                                                       : Languages::Both;
    return std::make_unique<DatesTask>(languages, int(optionInteger(options, "first-year")),
                                       int(optionInteger(options, "last-year")),
                                       GeneratedTask::sizesFrom(options), seed);
}

std::vector<int32_t> DatesTask::targetClasses(const std::string& iso) {
    std::vector<int32_t> out;
    for (char c : iso) {
        if (c != '-' && (c < '0' || c > '9'))
            throw std::invalid_argument("\"" + iso + "\" is not an ISO date");
        out.push_back(c == '-' ? kHyphen : int32_t(c - '0'));
    }
    return out;
}

std::string DatesTask::description() const {
    return "Translate dates of " + std::to_string(m_firstYear) + "–" + std::to_string(m_lastYear) +
           " written in words (" + kLanguageNames[size_t(m_languages)] +
           ") into ISO dates YYYY-MM-DD";
}

TaskOptions DatesTask::options() const {
    return {{"language", kLanguageNames[size_t(m_languages)]},
            {"first-year", std::to_string(m_firstYear)},
            {"last-year", std::to_string(m_lastYear)},
            {"train-size", std::to_string(m_sizes.train)},
            {"eval-size", std::to_string(m_sizes.validation)}};
}

DatesTask::Example DatesTask::draw(std::uint64_t stream, const CalendarDate& date) const {
    RandomStream random(m_seed, RandomStream::Purpose::Example, stream);
    Example e;
    e.date = date;
    e.language = m_languages == Languages::French ? DateLanguage::French
                 : m_languages == Languages::English
                     ? DateLanguage::English
                     : (random.coin() ? DateLanguage::French : DateLanguage::English);
    e.style = int(random.integer(0, DateWriter::kStyles - 1));
    return e;
}

DatesTask::Example DatesTask::example(Split split, core::Index i) const {
    if (i < 0 || i >= sequenceCount(split))
        throw std::out_of_range("no example " + std::to_string(i) + " in the " + splitName(split) +
                                " split");
    const core::Index held = m_sizes.validation + m_sizes.test;
    switch (split) {
    case Split::Validation:
        return draw(kValidationStreams + std::uint64_t(i), m_dates[size_t(i)]);
    case Split::Test:
        return draw(kTestStreams + std::uint64_t(i), m_dates[size_t(m_sizes.validation + i)]);
    case Split::Train:
        break;
    }
    // The pool index comes from its own stream, so that language and style stay independent.
    RandomStream pick(m_seed, RandomStream::Purpose::Example,
                      kPermutationStream + std::uint64_t(i));
    const core::Index pool = core::Index(m_dates.size()) - held;
    return draw(std::uint64_t(i), m_dates[size_t(held + pick.integer(0, pool - 1))]);
}

core::Index DatesTask::sequenceCount(Split split) const {
    switch (split) {
    case Split::Train:
        return m_sizes.train;
    case Split::Validation:
        return m_sizes.validation;
    case Split::Test:
        return m_sizes.test;
    }
    return 0;
}

core::Index DatesTask::batchCount(Split split, core::Index batchSize) const {
    if (batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    return (sequenceCount(split) + batchSize - 1) / batchSize;
}

core::SequenceBatch<double> DatesTask::batch(Split split, core::Index batchSize, core::Index index,
                                             int epoch) const {
    const core::Index count = batchCount(split, batchSize);
    if (index < 0 || index >= count)
        throw std::out_of_range("batch " + std::to_string(index) + " of the " + splitName(split) +
                                " split, which has " + std::to_string(count));
    const auto order = split == Split::Train ? m_order.of(epoch) : nullptr;
    const core::Index first = index * batchSize;
    const core::Index last = std::min(first + batchSize, sequenceCount(split));
    std::vector<Example> examples;
    for (core::Index i = first; i < last; ++i)
        examples.push_back(example(split, order ? (*order)[size_t(i)] : i));
    return assemble(examples);
}

core::SequenceBatch<double> DatesTask::assemble(const std::vector<Example>& examples) const {
    const core::Index B = core::Index(examples.size());
    std::vector<std::vector<int>> sources;
    core::Index steps = 0;
    for (const Example& e : examples) {
        sources.push_back(DateWriter::encode(e.source()));
        steps = std::max(steps, core::Index(sources.back().size()));
    }
    core::SequenceBatch<double> out;
    out.steps = steps;
    out.batch = B;
    out.tokens.assign(size_t(steps * B), 0);
    out.decoderSteps = kTargetLength;
    out.decoderTokens.assign(size_t(kTargetLength * B), kStartToken);
    out.decoderLengths.assign(size_t(B), kTargetLength);
    out.targetClasses.assign(size_t(kTargetLength * B), core::kIgnoredClass);
    for (core::Index b = 0; b < B; ++b) {
        const std::vector<int>& source = sources[size_t(b)];
        out.lengths.push_back(core::Index(source.size()));
        for (size_t t = 0; t < source.size(); ++t)
            out.tokens[t * size_t(B) + size_t(b)] = source[t];
        const std::vector<int32_t> target = targetClasses(examples[size_t(b)].date.iso());
        for (core::Index j = 0; j < kTargetLength; ++j) {
            out.targetClasses[size_t(j * B + b)] = target[size_t(j)];
            if (j + 1 < kTargetLength) // the targets shifted right behind the start token
                out.decoderTokens[size_t((j + 1) * B + b)] = target[size_t(j)];
        }
    }
    return out;
}

core::NetworkSpec DatesTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = core::Index(DateWriter::alphabet().size());
    spec.embeddingSize = 16;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 64, true}};
    spec.attention = core::AttentionKind::Additive;
    spec.attentionSize = 32;
    spec.outputSize = kHyphen + 1;
    spec.outputMode = core::OutputMode::SequenceToSequence;
    spec.decoderVocabulary = kStartToken + 1;
    spec.decoderEmbeddingSize = 8;
    return spec;
}

TrainingRecipe DatesTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 3e-3;
    recipe.batchSize = 32;
    recipe.epochs = 3; // exact match ≥ 0.99 after the first epoch with attention
    recipe.clipNorm = 1.0;
    return recipe;
}

Evaluation DatesTask::evaluate(const core::SequenceBatch<double>& batch,
                               const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    double right = 0;
    for (core::Index b = 0; b < batch.batch; ++b) {
        bool all = true;
        for (core::Index j = 0; j < batch.decoderSteps && all; ++j) {
            const core::Index row = j * batch.batch + b;
            const int32_t target = batch.targetClasses[size_t(row)];
            core::Index predicted = 0;
            outputs.row(row).maxCoeff(&predicted);
            all = target == core::kIgnoredClass || predicted == target;
        }
        right += all ? 1 : 0;
    }
    e.metricWeight = double(batch.batch);
    e.metric = right / e.metricWeight;
    e.solved = isSolved(e);
    return e;
}

bool DatesTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric >= kSolvedExactMatch;
}

std::string DatesTask::successCriterion() const {
    return "at least 99% of the validation dates exactly right under greedy decoding (the "
           "teacher-forced exact match, which is the same)";
}

Baseline DatesTask::baseline() const {
    // Per-position character counts of the training targets, add-one smoothed.
    std::array<std::array<double, kHyphen + 1>, kTargetLength> counts{};
    for (auto& row : counts)
        row.fill(1.0);
    for (core::Index i = 0; i < m_sizes.train; ++i) {
        const std::vector<int32_t> t = targetClasses(example(Split::Train, i).date.iso());
        for (core::Index j = 0; j < kTargetLength; ++j)
            counts[size_t(j)][size_t(t[size_t(j)])] += 1.0;
    }
    std::string majority;
    for (const auto& row : counts)
        majority += classCharacter(std::max_element(row.begin(), row.end()) - row.begin());
    double loss = 0, right = 0;
    const double total = double(m_sizes.train) + double(kHyphen + 1);
    for (core::Index i = 0; i < m_sizes.validation; ++i) {
        const std::string iso = example(Split::Validation, i).date.iso();
        const std::vector<int32_t> t = targetClasses(iso);
        for (core::Index j = 0; j < kTargetLength; ++j)
            loss -= std::log(counts[size_t(j)][size_t(t[size_t(j)])] / total);
        right += iso == majority ? 1 : 0;
    }
    return {"per-position character frequencies of the training dates (majority string " +
                majority + ", computed)",
            loss / double(m_sizes.validation * kTargetLength), right / double(m_sizes.validation)};
}

std::string DatesTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                  core::Index step) const {
    if (sequence < 0 || sequence >= batch.batch || step < 0 || step >= batch.steps)
        throw std::out_of_range("no step " + std::to_string(step) + " of sequence " +
                                std::to_string(sequence) + " in this batch");
    if (!batch.lengths.empty() && step >= batch.lengths[size_t(sequence)])
        return {};
    return DateWriter::alphabet()[size_t(batch.tokens[size_t(step * batch.batch + sequence)])];
}

std::string DatesTask::renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                    core::Index step) const {
    if (sequence < 0 || sequence >= batch.batch || step < 0 || step >= batch.decoderSteps)
        throw std::out_of_range("no decoder step " + std::to_string(step) + " of sequence " +
                                std::to_string(sequence) + " in this batch");
    const int32_t c = batch.targetClasses[size_t(step * batch.batch + sequence)];
    return c == core::kIgnoredClass ? std::string() : std::string(1, classCharacter(c));
}

std::string DatesTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    core::Index predicted = 0;
    outputs.row(row).maxCoeff(&predicted);
    return std::string(1, classCharacter(predicted));
}

} // namespace data
