#include "data/reber_task.h"

#include "data/reber_grammar.h"

#include <cmath>

namespace data {

namespace {

/** The symbols whose entries in `row` are ≥ threshold, as "{T, P}". */
template <typename Row>
std::string symbolSet(const Row& row, double threshold) {
    std::string out;
    for (int i = 0; i < ReberGrammar::kSymbolCount; ++i)
        if (row[i] >= threshold)
            out += std::string(out.empty() ? "" : ", ") + ReberGrammar::kSymbols[i];
    return "{" + out + "}";
}

} // namespace

ReberTask::ReberTask(Sizes sizes, std::uint64_t seed)
    : GeneratedTask(seed, sizes) {
    dealSplits();
    double steps = 0;
    const core::Index strings = sequenceCount(Split::Validation);
    for (core::Index i = 0; i < strings; ++i)
        steps += double(example(Split::Validation, i).length());
    m_baseline = {"the grammar without memory: T and P at ½ before the closing T/P",
                  2 * std::log(2.0) * double(strings) / (ReberGrammar::kSymbolCount * steps), 0.0};
}

TaskInfo ReberTask::info() {
    return {"reber",
            "Embedded Reber grammar (Cleeremans et al. 1989): predict the legal next symbols, "
            "remembering which of T or P opened the string",
            sizeOptions(5000, 500)};
}

std::unique_ptr<Task> ReberTask::create(const TaskOptions& options, std::uint64_t seed) {
    return std::make_unique<ReberTask>(sizesFrom(options), seed);
}

std::string ReberTask::description() const {
    return "Predict the legal next symbols of embedded Reber strings such as BTBPVVETE";
}

std::string ReberTask::reberString(Split split, core::Index i) const {
    const SequenceExample e = example(split, i);
    std::string out;
    for (core::Index t = 0; t < e.length(); ++t) {
        core::Index symbol = 0;
        e.inputs.row(t).maxCoeff(&symbol);
        out += ReberGrammar::kSymbols[symbol];
    }
    return out + "E";
}

SequenceExample ReberTask::generate(RandomStream& random) const {
    const std::string s = ReberGrammar::generateEmbedded(random, kMaxLength);
    const std::vector<std::string> successors = ReberGrammar::embeddedSuccessors(s);
    const core::Index steps = core::Index(s.size()) - 1;
    SequenceExample e;
    e.inputs = core::Matrix<double>::Zero(steps, ReberGrammar::kSymbolCount);
    e.targets = core::Matrix<double>::Zero(steps, ReberGrammar::kSymbolCount);
    for (core::Index t = 0; t < steps; ++t) {
        e.inputs(t, ReberGrammar::symbolIndex(s[size_t(t)])) = 1;
        for (char next : successors[size_t(t)])
            e.targets(t, ReberGrammar::symbolIndex(next)) = 1;
    }
    return e;
}

core::NetworkSpec ReberTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = ReberGrammar::kSymbolCount;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 16}};
    spec.outputSize = ReberGrammar::kSymbolCount;
    spec.outputMode = core::OutputMode::PerStep;
    return spec;
}

TrainingRecipe ReberTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 1e-2;
    recipe.batchSize = 32;
    recipe.epochs = 20;
    recipe.clipNorm = 1.0;
    recipe.initialization.forgetBias = 1.0;
    return recipe;
}

Evaluation ReberTask::evaluate(const core::SequenceBatch<double>& batch,
                               const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    double right = 0;
    for (core::Index b = 0; b < batch.batch; ++b) {
        bool all = true;
        for (core::Index t = 0; all && t < batch.lengths[size_t(b)]; ++t) {
            const core::Index row = t * batch.batch + b;
            // σ(x) ≥ ½ ⇔ x ≥ 0
            all = ((outputs.row(row).array() >= 0) == (batch.targets.row(row).array() > 0.5)).all();
        }
        right += all ? 1 : 0;
    }
    e.metricWeight = double(batch.batch);
    e.metric = right / e.metricWeight;
    e.solved = isSolved(e);
    return e;
}

bool ReberTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric >= kSolvedFraction;
}

std::string ReberTask::successCriterion() const {
    return "on at least 95% of the validation strings, every step's predicted symbols "
           "(probability ≥ 0.5) are exactly the legal next symbols";
}

std::string ReberTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                  core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    core::Index symbol = 0;
    batch.inputs.row(step * batch.batch + sequence).maxCoeff(&symbol);
    return std::string(1, ReberGrammar::kSymbols[symbol]);
}

std::string ReberTask::renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                    core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    return symbolSet(batch.targets.row(step * batch.batch + sequence), 0.5);
}

std::string ReberTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    return symbolSet(outputs.row(row), 0.0);
}

} // namespace data
