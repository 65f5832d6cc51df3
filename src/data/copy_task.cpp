#include "data/copy_task.h"

#include <cmath>

namespace data {

namespace {

/** "_" for blank, "1"–"8", "|" for the delimiter. */
std::string symbolText(core::Index symbol) {
    if (symbol == 0)
        return "_";
    if (symbol == CopyTask::kDelimiter)
        return "|";
    return std::to_string(symbol);
}

} // namespace

CopyTask::CopyTask(core::Index lag, Sizes sizes, std::uint64_t seed)
    : GeneratedTask(seed, sizes)
    , m_lag(lag) {
    if (lag < 1)
        throw std::invalid_argument("the copy task needs a lag of at least 1");
    dealSplits();
}

TaskInfo CopyTask::info() {
    TaskInfo info{"copy",
                  "Copy task (Arjovsky et al. 2016): reproduce 10 symbols after a long run of "
                  "blanks",
                  {TaskOptionSpec::integer("lag",
                                           "blanks T between the symbols and their copy "
                                           "(sequences of T+20 steps)",
                                           20, 1, 10000)}};
    for (TaskOptionSpec& spec : sizeOptions(50000, 1000))
        info.options.push_back(std::move(spec));
    return info;
}

std::unique_ptr<Task> CopyTask::create(const TaskOptions& options, std::uint64_t seed) {
    return std::make_unique<CopyTask>(optionInteger(options, "lag"), sizesFrom(options), seed);
}

double CopyTask::memorylessCrossEntropy(core::Index lag) {
    return double(kCopied) * std::log(double(kSymbols)) / double(lag + 2 * kCopied);
}

std::string CopyTask::description() const {
    return "Remember 10 symbols and write them out after " + std::to_string(m_lag) +
           " blanks and a delimiter";
}

TaskOptions CopyTask::options() const {
    TaskOptions options = sizeOptionValues();
    options["lag"] = std::to_string(m_lag);
    return options;
}

SequenceExample CopyTask::generate(RandomStream& random) const {
    const core::Index length = m_lag + 2 * kCopied;
    SequenceExample e;
    e.inputs = core::Matrix<double>::Zero(length, kDelimiter + 1);
    e.classes.assign(size_t(length), 0);
    for (core::Index t = 0; t < kCopied; ++t) {
        const core::Index symbol = random.integer(1, kSymbols);
        e.inputs(t, symbol) = 1;
        e.classes[size_t(m_lag + kCopied + t)] = int32_t(symbol);
    }
    for (core::Index t = kCopied; t < length; ++t)
        e.inputs(t, t == m_lag + kCopied - 1 ? kDelimiter : 0) = 1;
    return e;
}

core::NetworkSpec CopyTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = kDelimiter + 1;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 64}};
    spec.outputSize = kSymbols + 1;
    spec.outputMode = core::OutputMode::PerStep;
    return spec;
}

TrainingRecipe CopyTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 2e-3;
    recipe.batchSize = 16;
    recipe.epochs = 25;
    recipe.clipNorm = 1.0;
    recipe.initialization.forgetBias = 3.0; // remember from the start (see AddingTask)
    return recipe;
}

Evaluation CopyTask::evaluate(const core::SequenceBatch<double>& batch,
                              const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    double right = 0;
    for (core::Index t = m_lag + kCopied; t < batch.steps; ++t)
        for (core::Index b = 0; b < batch.batch; ++b) {
            const core::Index row = t * batch.batch + b;
            core::Index predicted = 0;
            outputs.row(row).maxCoeff(&predicted);
            right += predicted == batch.targetClasses[size_t(row)] ? 1 : 0;
            e.metricWeight += 1;
        }
    e.metric = e.metricWeight > 0 ? right / e.metricWeight : 0.0;
    e.solved = isSolved(e);
    return e;
}

bool CopyTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.lossWeight > 0 &&
           evaluation.loss < kSolvedBaselineShare * memorylessCrossEntropy(m_lag);
}

std::string CopyTask::successCriterion() const {
    return "validation cross-entropy below a tenth of the memoryless baseline's (< " +
           formatNumber(kSolvedBaselineShare * memorylessCrossEntropy(m_lag), 4) + " nats)";
}

Baseline CopyTask::baseline() const {
    return {"memoryless: blank until the delimiter, then a uniform guess over the 8 symbols",
            memorylessCrossEntropy(m_lag), 1.0 / double(kSymbols)};
}

std::string CopyTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                 core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    core::Index symbol = 0;
    batch.inputs.row(step * batch.batch + sequence).maxCoeff(&symbol);
    return symbolText(symbol);
}

std::string CopyTask::renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                   core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    return symbolText(batch.targetClasses[size_t(step * batch.batch + sequence)]);
}

std::string CopyTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    core::Index predicted = 0;
    outputs.row(row).maxCoeff(&predicted);
    return symbolText(predicted);
}

} // namespace data
