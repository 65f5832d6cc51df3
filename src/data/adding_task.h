#pragma once
/**
 * The adding problem in the form of Hochreiter & Schmidhuber (1997), experiment 4.
 *
 * Each step is a pair (x_t, m_t): x_t ~ U[−1, 1] and a marker m_t ∈ {−1, 0, 1}. A sequence has a
 * random length L ∈ [T, T + ⌊T/10⌋]. One of the first ten pairs is marked (m = 1, its value X1),
 * then one of the first T/2 − 1 pairs still unmarked (X2); the first and the last pair carry
 * m = −1 unless marked. When the first pair is the marked one, its value is set to 0 (X1 = 0),
 * as in the paper. The network reads the whole sequence and outputs, at its end,
 *
 *   y = 0.5 + (X1 + X2) / 4   ∈ [0, 1],    loss: MSE of that one output per sequence.
 *
 * A sequence is processed correctly when |ŷ − y| < 0.04; the task is solved when that holds for
 * at least 95% of the validation sequences.
 *
 * Baseline, always predicting the mean 0.5: MSE = Var(y) = (Var X1 + Var X2)/16 with Var X2 = 1/3
 * and Var X1 = (9/10)·(1/3) (X1 is 0 when the first pair is marked, one time in ten), so
 * MSE = (19/30)/16 = 19/480 ≈ 0.0396 — the often quoted 1/24 ≈ 0.0417 is the value without the
 * X1 = 0 rule. Its fraction within 0.04 is P(|X1 + X2| < 0.16) = (9/10)(a − a²/4) + (1/10)a with
 * a = 0.16 (X1 + X2 is triangular on [−2, 2]), ≈ 0.154.
 */
#include "data/generated_task.h"
#include "data/task_info.h"

#include <memory>

namespace data {

class AddingTask : public GeneratedTask {
public:
    static constexpr double kTolerance = 0.04;      ///< |error| below which a sequence is right
    static constexpr double kSolvedFraction = 0.95; ///< of the validation sequences

    AddingTask(core::Index lag, Sizes sizes, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);
    /** The baseline's MSE and fraction within kTolerance, in closed form (see above). */
    static double meanPredictionMse();
    static double meanPredictionFractionWithinTolerance();

    core::Index lag() const { return m_lag; }

    std::string name() const override { return "adding"; }
    std::string description() const override;
    TaskOptions options() const override;
    core::OutputMode outputMode() const override { return core::OutputMode::PerSequence; }
    core::LossKind lossKind() const override { return core::LossKind::MeanSquaredError; }
    std::string metricName() const override { return "fraction |error| < 0.04"; }
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
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

protected:
    SequenceExample generate(RandomStream& random) const override;

private:
    core::Index m_lag;
};

} // namespace data
