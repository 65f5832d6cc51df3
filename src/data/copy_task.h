#pragma once
/**
 * The copy (memory) task of Arjovsky, Shah & Bengio (2016), after Hochreiter & Schmidhuber.
 *
 * Alphabet: 0 blank, 1–8 the symbols, 9 the delimiter (one-hot inputs, 10 wide). A sequence has
 * T + 20 steps: 10 symbols drawn uniformly from 1–8, T − 1 blanks, the delimiter, 10 blanks.
 * The target is blank for the first T + 10 steps, then the 10 symbols in order (9 output
 * classes, 0–8). Loss: cross-entropy per step, the mean over all T + 20 steps.
 *
 * Memoryless baseline: blank until the delimiter, then a uniform guess over the 8 symbols:
 *   CE = 10·log 8 / (T + 20),   copy accuracy 1/8.
 * Metric: the accuracy on the 10 copied symbols. Solved when the validation cross-entropy is below
 * a tenth of the baseline's: on average under 0.1·log 8 ≈ 0.21 nats per copied symbol — a network
 * that copies every symbol with a probability of about 0.8 or more.
 */
#include "data/generated_task.h"
#include "data/task_info.h"

#include <memory>

namespace data {

class CopyTask : public GeneratedTask {
public:
    static constexpr core::Index kCopied = 10;   ///< symbols to remember
    static constexpr core::Index kSymbols = 8;   ///< symbols 1…8
    static constexpr core::Index kDelimiter = 9; ///< input 9; 0 is blank
    static constexpr double kSolvedBaselineShare = 0.1;

    CopyTask(core::Index lag, Sizes sizes, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);
    /** 10·log 8 / (T + 20). */
    static double memorylessCrossEntropy(core::Index lag);

    core::Index lag() const { return m_lag; }

    std::string name() const override { return "copy"; }
    std::string description() const override;
    TaskOptions options() const override;
    core::OutputMode outputMode() const override { return core::OutputMode::PerStep; }
    core::LossKind lossKind() const override { return core::LossKind::CrossEntropy; }
    std::string metricName() const override { return "copy accuracy"; }
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
    core::Index m_lag;
};

} // namespace data
