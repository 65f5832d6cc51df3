#pragma once
/**
 * Next-symbol prediction on the embedded Reber grammar (see ReberGrammar).
 *
 * A string s_0 … s_n (n + 1 symbols, ending in E) gives n steps: the network reads s_t one-hot
 * (7 wide) and predicts, as 7 independent probabilities (binary cross-entropy, targets 0/1), which
 * symbols may legally follow s_0 … s_t. A step is right when the symbols with σ(output) ≥ 0.5 are
 * exactly the legal ones; a string is right when all its steps are. Metric: the fraction of right
 * strings. Solved when at least 95% of the validation strings are right.
 *
 * Baseline: a predictor that knows the Reber grammar but not the T or P of the embedding: exact
 * everywhere except before the closing T/P, where it gives T and P ½ each — two entries of
 * log 2 per string, so BCE = Σ 2·log 2 / (7·Σ n) over the validation strings, and no string right.
 */
#include "data/generated_task.h"
#include "data/task_info.h"

#include <memory>

namespace data {

class ReberTask : public GeneratedTask {
public:
    static constexpr double kSolvedFraction = 0.95;
    static constexpr std::size_t kMaxLength = 60; ///< longer strings (p < 10⁻⁹) are redrawn

    ReberTask(Sizes sizes, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);

    /** The string of sequence `i` of a split, e.g. "BTBTXSETE". */
    std::string reberString(Split split, core::Index i) const;

    std::string name() const override { return "reber"; }
    std::string description() const override;
    TaskOptions options() const override { return sizeOptionValues(); }
    core::OutputMode outputMode() const override { return core::OutputMode::PerStep; }
    core::LossKind lossKind() const override { return core::LossKind::BinaryCrossEntropy; }
    std::string metricName() const override { return "fraction of strings right"; }
    bool higherMetricIsBetter() const override { return true; }

    core::NetworkSpec recommendedNetwork() const override;
    TrainingRecipe recommendedRecipe() const override;
    Evaluation evaluate(const core::SequenceBatch<double>& batch,
                        const core::Matrix<double>& outputs) const override;
    bool isSolved(const Evaluation& evaluation) const override;
    std::string successCriterion() const override;
    Baseline baseline() const override { return m_baseline; }

    std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                           core::Index step) const override;
    std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                             core::Index step) const override;
    InputKind inputKind() const override { return InputKind::Symbols; }
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

protected:
    SequenceExample generate(RandomStream& random) const override;

private:
    Baseline m_baseline;
};

} // namespace data
