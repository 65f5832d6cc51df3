#include "data/temporal_order_task.h"

#include "data/sequence_accuracy.h"

#include <array>
#include <cmath>

namespace data {

namespace {

constexpr core::Index kSymbolX = 4, kSymbolB = 6, kSymbolE = 7, kAlphabetSize = 8;

/** The paper's ranges at T = 100, in percent of T. */
constexpr std::array<std::array<int, 2>, 2> kTwoSymbolRanges{{{10, 20}, {50, 60}}};
constexpr std::array<std::array<int, 2>, 3> kThreeSymbolRanges{{{10, 20}, {33, 43}, {66, 76}}};

} // namespace

TemporalOrderTask::TemporalOrderTask(int symbols, core::Index lag, Sizes sizes, std::uint64_t seed)
    : GeneratedTask(seed, sizes)
    , m_symbols(symbols)
    , m_lag(lag) {
    if (symbols != 2 && symbols != 3)
        throw std::invalid_argument("the temporal order problem has 2 or 3 relevant symbols");
    if (lag < 10)
        throw std::invalid_argument("the temporal order problem needs a lag of at least 10");
    dealSplits();
}

TaskInfo TemporalOrderTask::info() {
    TaskInfo info{"temporal-order",
                  "Temporal order (Hochreiter & Schmidhuber 1997): classify a long sequence by the "
                  "order of the X and Y hidden in it",
                  {TaskOptionSpec::choice("symbols", "relevant X/Y symbols (4 or 8 classes)",
                                          {"2", "3"}, "2"),
                   TaskOptionSpec::integer("lag", "minimal sequence length T (lengths T to T+T/10)",
                                           100, 10, 10000)}};
    for (TaskOptionSpec& spec : sizeOptions(10000, 1000))
        info.options.push_back(std::move(spec));
    return info;
}

std::unique_ptr<Task> TemporalOrderTask::create(const TaskOptions& options, std::uint64_t seed) {
    return std::make_unique<TemporalOrderTask>(int(optionInteger(options, "symbols")),
                                               optionInteger(options, "lag"), sizesFrom(options),
                                               seed);
}

std::string TemporalOrderTask::className(int c) const {
    std::string out;
    for (int i = m_symbols - 1; i >= 0; --i)
        out += (c >> i) & 1 ? 'Y' : 'X';
    return out;
}

std::pair<core::Index, core::Index> TemporalOrderTask::positionRange(int i) const {
    const std::array<int, 2> percent =
        m_symbols == 2 ? kTwoSymbolRanges[size_t(i)] : kThreeSymbolRanges[size_t(i)];
    const auto scaled = [this](int p) {
        return core::Index(std::lround(double(p * m_lag) / 100));
    };
    return {std::max<core::Index>(1, scaled(percent[0])), scaled(percent[1])};
}

std::string TemporalOrderTask::description() const {
    return "Classify a sequence of " + std::to_string(m_lag) + " to " +
           std::to_string(m_lag + m_lag / 10) + " symbols by the order of the " +
           std::to_string(m_symbols) + " X/Y symbols hidden in it (" +
           std::to_string(classCount()) + " classes)";
}

TaskOptions TemporalOrderTask::options() const {
    TaskOptions options = sizeOptionValues();
    options["symbols"] = std::to_string(m_symbols);
    options["lag"] = std::to_string(m_lag);
    return options;
}

SequenceExample TemporalOrderTask::generate(RandomStream& random) const {
    const core::Index length = random.integer(m_lag, m_lag + m_lag / 10);
    std::vector<core::Index> symbols(static_cast<size_t>(length));
    for (core::Index& s : symbols)
        s = random.integer(0, 3); // a–d
    symbols.front() = kSymbolE;
    symbols.back() = kSymbolB;
    int label = 0;
    for (int i = 0; i < m_symbols; ++i) {
        const auto [first, last] = positionRange(i);
        const bool y = random.coin();
        symbols[size_t(random.integer(first, last))] = kSymbolX + (y ? 1 : 0);
        label = 2 * label + (y ? 1 : 0);
    }
    SequenceExample e;
    e.inputs = core::Matrix<double>::Zero(length, kAlphabetSize);
    for (core::Index t = 0; t < length; ++t)
        e.inputs(t, symbols[size_t(t)]) = 1;
    e.classes = {label};
    return e;
}

core::NetworkSpec TemporalOrderTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = kAlphabetSize;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 32}};
    spec.outputSize = classCount();
    spec.outputMode = core::OutputMode::PerSequence;
    return spec;
}

TrainingRecipe TemporalOrderTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 3e-3;
    recipe.batchSize = 32;
    recipe.epochs = 15;
    recipe.clipNorm = 1.0;
    recipe.initialization.forgetBias = 3.0; // remember from the start (see AddingTask)
    return recipe;
}

Evaluation TemporalOrderTask::evaluate(const core::SequenceBatch<double>& batch,
                                       const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    setSequenceAccuracy(e, batch, outputs);
    e.solved = isSolved(e);
    return e;
}

bool TemporalOrderTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric >= kSolvedAccuracy;
}

std::string TemporalOrderTask::successCriterion() const {
    return "validation accuracy of at least 0.95 (chance is 1/" + std::to_string(classCount()) +
           ")";
}

Baseline TemporalOrderTask::baseline() const {
    const double k = classCount();
    return {"chance: a uniform guess over the " + std::to_string(classCount()) + " classes",
            std::log(k), 1 / k};
}

std::string TemporalOrderTask::renderStep(const core::SequenceBatch<double>& batch,
                                          core::Index sequence, core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    core::Index symbol = 0;
    batch.inputs.row(step * batch.batch + sequence).maxCoeff(&symbol);
    return std::string(1, kAlphabet[symbol]);
}

std::string TemporalOrderTask::renderTarget(const core::SequenceBatch<double>& batch,
                                            core::Index sequence, core::Index) const {
    return className(batch.targetClasses.at(size_t(sequence)));
}

std::string TemporalOrderTask::renderOutput(const core::Matrix<double>& outputs,
                                            core::Index row) const {
    core::Index predicted = 0;
    const double top = outputs.row(row).maxCoeff(&predicted);
    const double probability = 1 / (outputs.row(row).array() - top).exp().sum();
    return className(int(predicted)) + " (p = " + formatNumber(probability, 2) + ")";
}

} // namespace data
