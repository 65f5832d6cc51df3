#pragma once
/**
 * Next-step forecasting of a sine wave, a sum of sines, or a noisy sine.
 *
 * A sequence is a window of W + 1 consecutive samples x_k = f(t₀ + k) of the signal, from a random
 * start t₀ ∈ [0, 10⁴); the network reads x_0 … x_{W−1} and predicts x_1 … x_W (per-step MSE).
 *
 *   sine:   f(t) = sin(2πt/20)
 *   multi:  f(t) = 0.5·sin(2πt/20) + 0.3·sin(2πt/7) + 0.2·sin(2πt/53)
 *   noisy:  f(t) = sin(2πt/20) + ε,  ε ~ N(0, 0.1²) drawn for every sample (inputs and targets)
 *
 * The first 10 steps are a warm-up in which the network finds the phase; the metric is the MSE on
 * the steps after it. Baseline: repeat the last value, x̂_{k+1} = x_k, whose MSE is
 * Σ_i A_i²·(1 − cos ω_i) (+ 2σ² with noise), measured on the validation split. Solved when the
 * validation metric is below floor + 0.1·(baseline − floor), floor = σ² the noise no forecast
 * can remove (0 without noise): nine tenths of the predictable error gone.
 */
#include "data/generated_task.h"
#include "data/task_info.h"

#include <memory>

namespace data {

class SineTask : public GeneratedTask {
public:
    enum class Kind { Sine, Multi, Noisy };
    static constexpr core::Index kWarmUp = 10;
    static constexpr double kNoise = 0.1; ///< σ of the noisy kind
    static constexpr double kSolvedShare = 0.1;

    SineTask(Kind kind, core::Index window, Sizes sizes, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);
    static std::string kindName(Kind kind);
    /** The repeat-last-value MSE in closed form (over a uniformly random start). */
    static double repeatLastMse(Kind kind);
    /** The error no forecast removes: σ² for the noisy kind, else 0. */
    static double noiseFloor(Kind kind);

    Kind kind() const { return m_kind; }
    core::Index window() const { return m_window; }
    /** The metric below which the task is solved. */
    double solvedThreshold() const;

    std::string name() const override { return "sine"; }
    std::string description() const override;
    TaskOptions options() const override;
    core::OutputMode outputMode() const override { return core::OutputMode::PerStep; }
    core::LossKind lossKind() const override { return core::LossKind::MeanSquaredError; }
    std::string metricName() const override { return "mse after warm-up"; }
    bool higherMetricIsBetter() const override { return false; }

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
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

protected:
    SequenceExample generate(RandomStream& random) const override;

private:
    /** The repeat-last predictions of a batch: each step's input. */
    static core::Matrix<double> repeatLast(const core::SequenceBatch<double>& batch);

    Kind m_kind;
    core::Index m_window;
    Baseline m_baseline;
};

} // namespace data
