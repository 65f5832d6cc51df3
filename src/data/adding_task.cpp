#include "data/adding_task.h"

#include <cmath>

namespace data {

AddingTask::AddingTask(core::Index lag, Sizes sizes, std::uint64_t seed)
    : GeneratedTask(seed, sizes)
    , m_lag(lag) {
    if (lag < 10)
        throw std::invalid_argument("the adding problem needs a lag of at least 10");
    dealSplits();
}

TaskInfo AddingTask::info() {
    TaskInfo info{"adding",
                  "Adding problem (Hochreiter & Schmidhuber 1997): add the two marked values of "
                  "a long sequence of random numbers",
                  {TaskOptionSpec::integer("lag", "minimal sequence length T (lengths T to T+T/10)",
                                           100, 10, 10000)}};
    for (TaskOptionSpec& spec : sizeOptions(10000, 1000))
        info.options.push_back(std::move(spec));
    return info;
}

std::unique_ptr<Task> AddingTask::create(const TaskOptions& options, std::uint64_t seed) {
    return std::make_unique<AddingTask>(optionInteger(options, "lag"), sizesFrom(options), seed);
}

double AddingTask::meanPredictionMse() {
    return (0.9 / 3.0 + 1.0 / 3.0) / 16.0; // 19/480
}

double AddingTask::meanPredictionFractionWithinTolerance() {
    const double a = 4 * kTolerance;
    return 0.9 * (a - a * a / 4) + 0.1 * a;
}

std::string AddingTask::description() const {
    return "Add the two marked values of a sequence of " + std::to_string(m_lag) + " to " +
           std::to_string(m_lag + m_lag / 10) +
           " random numbers; answer 0.5 + (X1+X2)/4 at the end";
}

TaskOptions AddingTask::options() const {
    TaskOptions options = sizeOptionValues();
    options["lag"] = std::to_string(m_lag);
    return options;
}

SequenceExample AddingTask::generate(RandomStream& random) const {
    const core::Index length = random.integer(m_lag, m_lag + m_lag / 10);
    SequenceExample e;
    e.inputs.resize(length, 2);
    for (core::Index t = 0; t < length; ++t)
        e.inputs.row(t) << random.uniform(-1, 1), 0.0;
    e.inputs(0, 1) = -1;
    e.inputs(length - 1, 1) = -1;
    const core::Index first = random.integer(0, 9);
    // One of the first T/2 − 1 pairs other than `first`: draw among the others, skip `first`.
    const core::Index window = m_lag / 2 - 1;
    core::Index second = random.integer(0, (first < window ? window - 1 : window) - 1);
    if (first < window && second >= first)
        ++second;
    if (first == 0)
        e.inputs(0, 0) = 0; // the paper's X1 = 0
    e.inputs(first, 1) = 1;
    e.inputs(second, 1) = 1;
    e.targets.resize(1, 1);
    e.targets(0, 0) = 0.5 + (e.inputs(first, 0) + e.inputs(second, 0)) / 4;
    return e;
}

core::NetworkSpec AddingTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = 2;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 32}};
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerSequence;
    return spec;
}

TrainingRecipe AddingTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 3e-3;
    recipe.batchSize = 32;
    recipe.epochs = 40;
    recipe.clipNorm = 1.0;
    // σ(3) ≈ 0.95: the cell keeps what it stored over the lag from the first step on. With the
    // usual 1 (σ ≈ 0.73) nothing reaches back 50 steps and training stalls at the baseline.
    recipe.initialization.forgetBias = 3.0;
    return recipe;
}

Evaluation AddingTask::evaluate(const core::SequenceBatch<double>& batch,
                                const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    double right = 0;
    for (core::Index b = 0; b < batch.batch; ++b)
        right += std::abs(outputs(b, 0) - batch.targets(b, 0)) < kTolerance ? 1 : 0;
    e.metricWeight = double(batch.batch);
    e.metric = right / e.metricWeight;
    e.solved = isSolved(e);
    return e;
}

bool AddingTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric >= kSolvedFraction;
}

std::string AddingTask::successCriterion() const {
    return "|error| < 0.04 on at least 95% of the validation sequences";
}

Baseline AddingTask::baseline() const {
    return {"always predict the mean, 0.5 (closed form)", meanPredictionMse(),
            meanPredictionFractionWithinTolerance()};
}

std::string AddingTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                   core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    const core::Index row = step * batch.batch + sequence;
    const std::string value = formatNumber(batch.inputs(row, 0), 2);
    const double marker = batch.inputs(row, 1);
    if (marker > 0)
        return value + " (marked)";
    if (marker < 0)
        return value + (step == 0 ? " (start)" : " (end)");
    return value;
}

std::string AddingTask::renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                     core::Index) const {
    return formatNumber(batch.targets(sequence, 0), 3);
}

std::string AddingTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    return formatNumber(outputs(row, 0), 3);
}

} // namespace data
