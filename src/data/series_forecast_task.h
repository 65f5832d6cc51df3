#pragma once
/**
 * Multi-step forecasting of a real time series (CO₂, sunspots, a CSV file of the user's): from
 * W consecutive values, predict the next H.
 *
 * Splits are chronological: the first 70% of the values train, the next 15% validate, the last
 * 15% test, and every window (W inputs and their H targets) lies inside one part, never across
 * a boundary. Sequence i of a split is its i-th window (stride 1); the seed shuffles the
 * training windows every epoch and nothing else — the data and the splits are the series'.
 *
 * Normalization is fitted on the training part only: its mean μ and standard deviation σ
 * (population, ÷n), and its RMS one-step change δ = √(mean (x_t − x_{t−1})²). For a window
 * x_s … x_ℓ (ℓ = s + W − 1) step i reads two features, and the targets are the changes from
 * the last value:
 *
 *   inputs  ( (x_{s+i} − μ)/σ ,  (x_{s+i} − x_ℓ)/δ ),   targets  (x_{ℓ+k} − x_ℓ)/δ,  k = 1…H
 *
 * The network reads the whole window and outputs the H changes once, at its end (per
 * sequence, H outputs; loss: their MSE). The first feature says where the level is, the second
 * the window's shape relative to its end, which stays in range when a trending series leaves
 * the training range; predicting changes makes "no change" (persistence) the zero output.
 *
 * Metric: the mean absolute error of the H forecasts x̂_{ℓ+k} = x_ℓ + δ·ŷ_k in the series' own
 * units (a mean, so batches add up exactly, which an RMSE would not). Baseline, on the
 * validation windows: the better of persistence (x̂_{ℓ+k} = x_ℓ) and, for a series with a
 * season of S steps, seasonal persistence (x̂_{ℓ+k} = x_{ℓ+k−S·⌈k/S⌉}). Solved when the
 * validation MAE is at most kSolvedRatio (0.9) times the baseline's: a tenth better.
 */
#include "data/series.h"
#include "data/task.h"

#include <array>
#include <optional>
#include <unordered_map>
#include <utility>

namespace data {

class SeriesForecastTask : public Task {
public:
    static constexpr double kSolvedRatio = 0.9;
    static constexpr double kTrainShare = 0.7;
    static constexpr double kValidationShare = 0.15;
    static constexpr core::Index kTargetSteps = 1500; ///< training steps the recipe aims at

    struct Settings {
        std::string name;    ///< the registry's name: "co2"
        TaskOptions options; ///< every option's value, as options() returns them
        core::Index window = 24;
        core::Index horizon = 1;
        core::Index season = 0; ///< steps in a season (12 for months); 0: none
        core::Index hidden = 32;
        int epochs = 0; ///< the recipe's; 0: about kTargetSteps training steps (20 to 300 epochs)
        double learningRate = 1e-2;
    };

    /** Throws std::invalid_argument when the series is too short for the windows of a split,
     * constant on its training part, or the season is longer than the window. */
    SeriesForecastTask(Series series, Settings settings, std::uint64_t seed);

    const Series& series() const { return m_series; }
    core::Index window() const { return m_settings.window; }
    core::Index horizon() const { return m_settings.horizon; }
    core::Index season() const { return m_settings.season; }
    double mean() const { return m_mean; }                           ///< μ
    double standardDeviation() const { return m_standardDeviation; } ///< σ
    double changeScale() const { return m_changeScale; }             ///< δ
    /** The values [first, last) of the series that form the split. */
    std::pair<core::Index, core::Index> segment(Split split) const;
    /** The index in the series of the first value of window `i` of the split. */
    core::Index windowStart(Split split, core::Index i) const;
    double persistenceMae() const { return m_persistenceMae; }
    double seasonalMae() const { return m_seasonalMae; } ///< NaN without a season
    double solvedThreshold() const { return kSolvedRatio * m_baseline.metric; }

    std::string name() const override { return m_settings.name; }
    std::string description() const override;
    TaskOptions options() const override { return m_settings.options; }
    std::uint64_t seed() const override { return m_seed; }
    core::OutputMode outputMode() const override { return core::OutputMode::PerSequence; }
    core::LossKind lossKind() const override { return core::LossKind::MeanSquaredError; }
    std::string metricName() const override { return "mean absolute error"; }
    bool higherMetricIsBetter() const override { return false; }

    core::Index sequenceCount(Split split) const override;
    core::Index batchCount(Split split, core::Index batchSize) const override;
    core::SequenceBatch<double> batch(Split split, core::Index batchSize, core::Index index,
                                      int epoch) const override;

    core::NetworkSpec recommendedNetwork() const override;
    TrainingRecipe recommendedRecipe() const override;
    Evaluation evaluate(const core::SequenceBatch<double>& batch,
                        const core::Matrix<double>& outputs) const override;
    bool isSolved(const Evaluation& evaluation) const override;
    std::string successCriterion() const override;
    Baseline baseline() const override { return m_baseline; }

    /** "1958-03-29: 316.1" */
    std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                           core::Index step) const override;
    /** The H values to forecast with their labels: "1958-04-05: 317.3, 1958-04-12: 317.6". */
    std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                             core::Index step) const override;
    /** The forecast changes from the window's last value, in the series' units: "+0.42, +0.8". */
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

private:
    void makeSplits();
    void fitNormalization();
    void measureBaseline();
    /** The window of sequence `sequence` of a batch, found from its first feature. */
    std::optional<core::Index> startOf(const core::SequenceBatch<double>& batch,
                                       core::Index sequence) const;
    double feature(core::Index start, core::Index step) const; ///< the level, (x − μ)/σ
    static std::string formatValue(double value);

    Series m_series;
    Settings m_settings;
    std::uint64_t m_seed;
    std::array<std::pair<core::Index, core::Index>, 3> m_segments;
    double m_mean = 0, m_standardDeviation = 1, m_changeScale = 1;
    double m_persistenceMae = 0, m_seasonalMae = 0;
    Baseline m_baseline;
    std::unordered_map<std::uint64_t, core::Index> m_startOfWindow; ///< hash of features → start
};

} // namespace data
