#include "data/gestures_task.h"

#include "data/gesture_file.h"
#include "data/gesture_templates.h"
#include "data/random_stream.h"
#include "data/sequence_accuracy.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace data {

namespace {

constexpr std::uint64_t kSplitStreams = std::uint64_t(1) << 40; ///< split s: s·2⁴⁰ + i
constexpr std::uint64_t kRecordingShuffles = std::uint64_t(1) << 62;

size_t at(Split split) {
    return static_cast<size_t>(split);
}

/** Two decimals and a point, whatever the locale: "-0.42". */
std::string twoDecimals(double value) {
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    return std::string(buffer, result.ptr);
}

} // namespace

GesturesTask::GesturesTask(std::vector<Gesture> recordings, std::string recordingsPath,
                           GeneratedTask::Sizes sizes, std::uint64_t seed)
    : m_recordingsPath(std::move(recordingsPath))
    , m_sizes(sizes)
    , m_seed(seed)
    , m_classes(GestureTemplates::names())
    , m_order(seed, sizes.train) {
    if (sizes.train < 1 || sizes.validation < 1 || sizes.test < 1)
        throw std::invalid_argument("every split needs at least one sequence");
    for (const Gesture& g : recordings) {
        if (!GestureFile::isValidLabel(g.label))
            throw std::invalid_argument("the recorded gesture label \"" + g.label +
                                        "\" is not valid (letters, digits, - and _)");
        if (g.steps.empty())
            throw std::invalid_argument("the recorded gesture \"" + g.label + "\" has no steps");
        if (std::find(m_classes.begin(), m_classes.end(), g.label) == m_classes.end())
            m_classes.push_back(g.label);
    }
    dealRecordings(recordings);
}

void GesturesTask::dealRecordings(const std::vector<Gesture>& recordings) {
    const size_t classes = m_classes.size();
    for (Recorded& r : m_recorded)
        r.assign(classes, {});
    for (size_t c = 0; c < classes; ++c) {
        std::vector<const Stroke*> mine;
        for (const Gesture& g : recordings)
            if (g.label == m_classes[c])
                mine.push_back(&g.steps);
        RandomStream random(m_seed, RandomStream::Purpose::Shuffle, kRecordingShuffles + c);
        for (core::Index i = core::Index(mine.size()) - 1; i > 0; --i)
            std::swap(mine[size_t(i)], mine[size_t(random.integer(0, i))]);
        const size_t held = mine.size() / 5;
        for (size_t i = 0; i < mine.size(); ++i) {
            const Split split = i < held       ? Split::Validation
                                : i < 2 * held ? Split::Test
                                               : Split::Train;
            m_recorded[at(split)][c].push_back(*mine[i]);
        }
    }
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        m_splitClasses[at(split)].clear();
        for (size_t c = 0; c < classes; ++c)
            if (c < GestureTemplates::names().size() || !m_recorded[at(split)][c].empty())
                m_splitClasses[at(split)].push_back(int(c));
    }
}

TaskInfo GesturesTask::info() {
    TaskInfo info{"gestures",
                  "Gesture recognition: name the shape drawn by pen strokes (dx, dy, pen), from "
                  "noisy templates and the user's recordings",
                  {TaskOptionSpec::text("recordings",
                                        "a gestures file of recorded gestures to add (see "
                                        "GestureFile)",
                                        "")}};
    for (TaskOptionSpec& spec : GeneratedTask::sizeOptions(4000, 500))
        info.options.push_back(std::move(spec));
    return info;
}

std::unique_ptr<Task> GesturesTask::create(const TaskOptions& options, std::uint64_t seed) {
    const std::string& path = optionText(options, "recordings");
    std::vector<Gesture> recordings;
    if (!path.empty())
        recordings = GestureFile::load(path);
    return std::make_unique<GesturesTask>(std::move(recordings), path,
                                          GeneratedTask::sizesFrom(options), seed);
}

std::string GesturesTask::description() const {
    return "Recognize " + std::to_string(m_classes.size()) +
           " classes of pen gestures drawn as (dx, dy, pen) steps";
}

TaskOptions GesturesTask::options() const {
    return {{"recordings", m_recordingsPath},
            {"train-size", std::to_string(m_sizes.train)},
            {"eval-size", std::to_string(m_sizes.validation)}};
}

core::Index GesturesTask::recordingCount(Split split, const std::string& label) const {
    const auto found = std::find(m_classes.begin(), m_classes.end(), label);
    if (found == m_classes.end())
        return 0;
    return core::Index(m_recorded[at(split)][size_t(found - m_classes.begin())].size());
}

int GesturesTask::classOf(Split split, core::Index i) const {
    const std::vector<int>& classes = m_splitClasses[at(split)];
    return classes[size_t(i % core::Index(classes.size()))];
}

Gesture GesturesTask::example(Split split, core::Index i) const {
    if (i < 0 || i >= sequenceCount(split))
        throw std::out_of_range("no example " + std::to_string(i) + " in the " + splitName(split) +
                                " split");
    const int c = classOf(split, i);
    RandomStream random(m_seed, RandomStream::Purpose::Example,
                        std::uint64_t(at(split)) * kSplitStreams + std::uint64_t(i));
    const std::vector<Stroke>& recorded = m_recorded[at(split)][size_t(c)];
    const bool hasTemplate = size_t(c) < GestureTemplates::names().size();
    const bool useRecording = !recorded.empty() && (!hasTemplate || random.coin());
    if (!useRecording)
        return {m_classes[size_t(c)], GestureTemplates::draw(c, random)};
    const Stroke& source = recorded[size_t(random.integer(0, core::Index(recorded.size()) - 1))];
    return {m_classes[size_t(c)], GestureTemplates::distort(source, random)};
}

core::Index GesturesTask::sequenceCount(Split split) const {
    return split == Split::Train        ? m_sizes.train
           : split == Split::Validation ? m_sizes.validation
                                        : m_sizes.test;
}

core::Index GesturesTask::batchCount(Split split, core::Index batchSize) const {
    if (batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    return (sequenceCount(split) + batchSize - 1) / batchSize;
}

core::SequenceBatch<double> GesturesTask::batch(Split split, core::Index batchSize,
                                                core::Index index, int epoch) const {
    const core::Index count = batchCount(split, batchSize);
    if (index < 0 || index >= count)
        throw std::out_of_range("batch " + std::to_string(index) + " of the " + splitName(split) +
                                " split, which has " + std::to_string(count));
    const auto order = split == Split::Train ? m_order.of(epoch) : nullptr;
    const core::Index first = index * batchSize;
    const core::Index last = std::min(first + batchSize, sequenceCount(split));
    std::vector<Gesture> examples;
    for (core::Index i = first; i < last; ++i)
        examples.push_back(example(split, order ? (*order)[size_t(i)] : i));
    return assemble(examples);
}

core::SequenceBatch<double> GesturesTask::assemble(const std::vector<Gesture>& examples) const {
    const core::Index B = core::Index(examples.size());
    core::Index steps = 0;
    for (const Gesture& g : examples)
        steps = std::max(steps, core::Index(g.steps.size()));
    core::SequenceBatch<double> out;
    out.steps = steps;
    out.batch = B;
    out.inputs = core::Matrix<double>::Zero(steps * B, 3);
    for (core::Index b = 0; b < B; ++b) {
        const Gesture& g = examples[size_t(b)];
        out.lengths.push_back(core::Index(g.steps.size()));
        for (size_t t = 0; t < g.steps.size(); ++t)
            out.inputs.row(core::Index(t) * B + b) << g.steps[t].dx, g.steps[t].dy,
                double(g.steps[t].pen);
        const auto found = std::find(m_classes.begin(), m_classes.end(), g.label);
        out.targetClasses.push_back(int32_t(found - m_classes.begin()));
    }
    return out;
}

core::NetworkSpec GesturesTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = 3;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 48}};
    spec.outputSize = core::Index(m_classes.size());
    spec.outputMode = core::OutputMode::PerSequence;
    return spec;
}

TrainingRecipe GesturesTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 5e-3;
    recipe.batchSize = 32;
    recipe.epochs = 10;
    recipe.clipNorm = 1.0;
    return recipe;
}

Evaluation GesturesTask::evaluate(const core::SequenceBatch<double>& batch,
                                  const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    setSequenceAccuracy(e, batch, outputs);
    e.solved = isSolved(e);
    return e;
}

bool GesturesTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric >= kSolvedAccuracy;
}

std::string GesturesTask::successCriterion() const {
    return "at least 95% of the validation gestures classified right";
}

Baseline GesturesTask::baseline() const {
    std::vector<double> counts(m_classes.size(), 0.0);
    for (core::Index i = 0; i < m_sizes.train; ++i)
        counts[size_t(classOf(Split::Train, i))] += 1;
    const size_t majority = size_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
    double loss = 0, right = 0;
    for (core::Index i = 0; i < m_sizes.validation; ++i) {
        const size_t c = size_t(classOf(Split::Validation, i));
        // A class training never shows gets half an example, so the loss stays finite.
        loss -= std::log(std::max(counts[c], 0.5) / double(m_sizes.train));
        right += c == majority ? 1 : 0;
    }
    return {"always the most frequent training class, " + m_classes[majority] +
                ", with the training class frequencies (computed)",
            loss / double(m_sizes.validation), right / double(m_sizes.validation)};
}

std::string GesturesTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                     core::Index step) const {
    if (sequence < 0 || sequence >= batch.batch || step < 0 || step >= batch.steps)
        throw std::out_of_range("no step " + std::to_string(step) + " of sequence " +
                                std::to_string(sequence) + " in this batch");
    if (!batch.lengths.empty() && step >= batch.lengths[size_t(sequence)])
        return {};
    const core::Index row = step * batch.batch + sequence;
    std::string out = "(";
    out.append(twoDecimals(batch.inputs(row, 0))).append(", ");
    out.append(twoDecimals(batch.inputs(row, 1))).append(") pen ");
    return out.append(batch.inputs(row, 2) > 0.5 ? "down" : "up");
}

std::string GesturesTask::renderTarget(const core::SequenceBatch<double>& batch,
                                       core::Index sequence, core::Index) const {
    return m_classes.at(size_t(batch.targetClasses.at(size_t(sequence))));
}

std::string GesturesTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    core::Index predicted = 0;
    outputs.row(row).maxCoeff(&predicted);
    return m_classes.at(size_t(predicted));
}

} // namespace data
