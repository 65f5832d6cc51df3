#pragma once
/**
 * The temporal order problem of Hochreiter & Schmidhuber (1997), experiments 6a (two relevant
 * symbols) and 6b (three), with the lag T a user can slide (the paper's T is 100).
 *
 * A sequence of length L ∈ [T, T + ⌊T/10⌋] over the alphabet {a, b, c, d, X, Y, B, E} (one-hot
 * inputs) starts with E, ends with the trigger B, and is otherwise random a–d, except at
 * positions t1, t2 (and t3) which hold X or Y. Positions are the paper's scaled by T/100:
 *
 *   two symbols:   t1 ∈ [10, 20]·T/100, t2 ∈ [50, 60]·T/100             4 classes XX XY YX YY
 *   three symbols: t1 ∈ [10, 20]·T/100, t2 ∈ [33, 43]·T/100, t3 ∈ [66, 76]·T/100   8 classes
 *
 * The class is the X/Y order read as a binary number (X = 0, Y = 1, first symbol most
 * significant). Loss: cross-entropy of one output per sequence; metric: accuracy. Solved when
 * the validation accuracy is at least 0.95. Baseline: chance, accuracy 1/K, and the uniform
 * prediction's cross-entropy log K (K = 4 or 8).
 */
#include "data/generated_task.h"
#include "data/task_info.h"

#include <memory>

namespace data {

class TemporalOrderTask : public GeneratedTask {
public:
    static constexpr double kSolvedAccuracy = 0.95;
    /** The input alphabet, in one-hot order. */
    static constexpr const char* kAlphabet = "abcdXYBE";

    TemporalOrderTask(int symbols, core::Index lag, Sizes sizes, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);

    int symbols() const { return m_symbols; }
    core::Index lag() const { return m_lag; }
    int classCount() const { return 1 << m_symbols; }
    /** The X/Y order of class `c`: "XY" for class 1 of the two-symbol task. */
    std::string className(int c) const;
    /** Where relevant symbol `i` may be: [first, last] positions. */
    std::pair<core::Index, core::Index> positionRange(int i) const;

    std::string name() const override { return "temporal-order"; }
    std::string description() const override;
    TaskOptions options() const override;
    core::OutputMode outputMode() const override { return core::OutputMode::PerSequence; }
    core::LossKind lossKind() const override { return core::LossKind::CrossEntropy; }
    std::string metricName() const override { return "accuracy"; }
    bool higherMetricIsBetter() const override { return true; }

    core::NetworkSpec recommendedNetwork() const override;
    TrainingRecipe recommendedRecipe() const override;
    Evaluation evaluate(const core::SequenceBatch<double>& batch,
                        const core::Matrix<double>& outputs) const override;
    bool isSolved(const Evaluation& evaluation) const override;
    std::string successCriterion() const override;
    Baseline baseline() const override;

    std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                           core::Index step) const override;
    std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                             core::Index step) const override;
    InputKind inputKind() const override { return InputKind::Symbols; }
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

protected:
    SequenceExample generate(RandomStream& random) const override;

private:
    int m_symbols;
    core::Index m_lag;
};

} // namespace data
