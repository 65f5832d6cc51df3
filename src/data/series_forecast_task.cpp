#include "data/series_forecast_task.h"

#include "data/random_stream.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace data {

namespace {

std::string values(core::Index count) {
    return std::to_string(count) + (count == 1 ? " value" : " values");
}

std::uint64_t hashOf(const std::vector<double>& features) {
    std::uint64_t h = 0x5EED;
    for (double f : features)
        h = RandomStream::mix(h ^ std::bit_cast<std::uint64_t>(f + 0.0));
    return h;
}

} // namespace

SeriesForecastTask::SeriesForecastTask(Series series, Settings settings, std::uint64_t seed)
    : m_series(std::move(series))
    , m_settings(std::move(settings))
    , m_seed(seed) {
    if (m_settings.window < 1 || m_settings.horizon < 1)
        throw std::invalid_argument("a forecast needs a window and a horizon of at least 1 step");
    if (m_settings.season > m_settings.window)
        throw std::invalid_argument("the season (" + std::to_string(m_settings.season) +
                                    " steps) must fit in the window (" +
                                    std::to_string(m_settings.window) + " steps)");
    makeSplits();
    fitNormalization();
    measureBaseline();
    for (Split split : {Split::Train, Split::Validation, Split::Test})
        for (core::Index i = 0; i < sequenceCount(split); ++i) {
            const core::Index start = windowStart(split, i);
            std::vector<double> features;
            for (core::Index t = 0; t < m_settings.window; ++t)
                features.push_back(feature(start, t));
            m_startOfWindow.emplace(hashOf(features), start);
        }
}

void SeriesForecastTask::makeSplits() {
    const auto n = core::Index(m_series.values.size());
    const auto trainEnd = core::Index(std::lround(double(n) * kTrainShare));
    const auto validationEnd =
        core::Index(std::lround(double(n) * (kTrainShare + kValidationShare)));
    m_segments = {{{0, trainEnd}, {trainEnd, validationEnd}, {validationEnd, n}}};
    const core::Index span = m_settings.window + m_settings.horizon;
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const auto [first, last] = segment(split);
        if (last - first < span)
            throw std::invalid_argument(
                "the series " + m_series.name + " has " + values(n) + "; its " + splitName(split) +
                " part (" + values(last - first) +
                (last > first ? ", " + m_series.label(size_t(first)) + " to " +
                                    m_series.label(size_t(last - 1))
                              : std::string()) +
                ") is too short for one window of " + std::to_string(m_settings.window) + " + " +
                std::to_string(m_settings.horizon) +
                " values: choose a smaller window or horizon, or a longer series");
    }
}

void SeriesForecastTask::fitNormalization() {
    const auto [first, last] = segment(Split::Train);
    const std::vector<double>& x = m_series.values;
    double sum = 0, squares = 0, changes = 0;
    for (core::Index t = first; t < last; ++t)
        sum += x[size_t(t)];
    m_mean = sum / double(last - first);
    for (core::Index t = first; t < last; ++t)
        squares += (x[size_t(t)] - m_mean) * (x[size_t(t)] - m_mean);
    for (core::Index t = first + 1; t < last; ++t)
        changes += (x[size_t(t)] - x[size_t(t - 1)]) * (x[size_t(t)] - x[size_t(t - 1)]);
    m_standardDeviation = std::sqrt(squares / double(last - first));
    m_changeScale = std::sqrt(changes / double(last - first - 1));
    if (!(m_standardDeviation > 0) || !(m_changeScale > 0))
        throw std::invalid_argument("the series " + m_series.name +
                                    " is constant on its training part: nothing to forecast");
}

void SeriesForecastTask::measureBaseline() {
    const std::vector<double>& x = m_series.values;
    const core::Index S = m_settings.season, H = m_settings.horizon;
    double persistence = 0, persistenceSquares = 0, seasonal = 0, seasonalSquares = 0, count = 0;
    for (core::Index i = 0; i < sequenceCount(Split::Validation); ++i) {
        const core::Index last = windowStart(Split::Validation, i) + m_settings.window - 1;
        for (core::Index k = 1; k <= H; ++k) {
            const double actual = x[size_t(last + k)];
            const double change = (actual - x[size_t(last)]) / m_changeScale;
            persistence += std::abs(actual - x[size_t(last)]);
            persistenceSquares += change * change;
            if (S > 0) {
                const double guess = x[size_t(last + k - S * ((k + S - 1) / S))];
                seasonal += std::abs(actual - guess);
                const double error = (guess - actual) / m_changeScale;
                seasonalSquares += error * error;
            }
            count += 1;
        }
    }
    m_persistenceMae = persistence / count;
    m_seasonalMae = S > 0 ? seasonal / count : std::numeric_limits<double>::quiet_NaN();
    if (S > 0 && m_seasonalMae < m_persistenceMae)
        m_baseline = {"seasonal persistence: the value " + std::to_string(S) +
                          " steps earlier (persistence scores " + formatValue(m_persistenceMae) +
                          ")",
                      seasonalSquares / count, m_seasonalMae};
    else
        m_baseline = {"persistence: repeat the last value" +
                          (S > 0
                               ? " (seasonal persistence scores " + formatValue(m_seasonalMae) + ")"
                               : std::string()),
                      persistenceSquares / count, m_persistenceMae};
}

std::pair<core::Index, core::Index> SeriesForecastTask::segment(Split split) const {
    return m_segments[size_t(split)];
}

core::Index SeriesForecastTask::windowStart(Split split, core::Index i) const {
    if (i < 0 || i >= sequenceCount(split))
        throw std::out_of_range("no window " + std::to_string(i) + " in the " + splitName(split) +
                                " split");
    return segment(split).first + i;
}

double SeriesForecastTask::feature(core::Index start, core::Index step) const {
    return (m_series.values[size_t(start + step)] - m_mean) / m_standardDeviation;
}

std::string SeriesForecastTask::description() const {
    return "Forecast the next " + std::to_string(m_settings.horizon) + " value" +
           (m_settings.horizon > 1 ? "s" : "") + " of " + m_series.name + " (" + m_series.source +
           ", " + std::to_string(m_series.values.size()) + " values) from the " +
           std::to_string(m_settings.window) + " before";
}

core::Index SeriesForecastTask::sequenceCount(Split split) const {
    const auto [first, last] = segment(split);
    return last - first - m_settings.window - m_settings.horizon + 1;
}

core::Index SeriesForecastTask::batchCount(Split split, core::Index batchSize) const {
    if (batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    return (sequenceCount(split) + batchSize - 1) / batchSize;
}

core::SequenceBatch<double> SeriesForecastTask::batch(Split split, core::Index batchSize,
                                                      core::Index index, int epoch) const {
    const core::Index count = batchCount(split, batchSize);
    if (index < 0 || index >= count)
        throw std::out_of_range("batch " + std::to_string(index) + " of the " + splitName(split) +
                                " split, which has " + std::to_string(count));
    std::vector<core::Index> order(size_t(sequenceCount(split)));
    std::iota(order.begin(), order.end(), core::Index(0));
    if (split == Split::Train) { // Fisher–Yates from the epoch's own stream
        RandomStream random(m_seed, RandomStream::Purpose::Shuffle, std::uint64_t(epoch));
        for (core::Index i = core::Index(order.size()) - 1; i > 0; --i)
            std::swap(order[size_t(i)], order[size_t(random.integer(0, i))]);
    }
    const core::Index first = index * batchSize;
    const core::Index B = std::min(batchSize, core::Index(order.size()) - first);
    const core::Index W = m_settings.window, H = m_settings.horizon;
    const std::vector<double>& x = m_series.values;
    core::SequenceBatch<double> out;
    out.steps = W;
    out.batch = B;
    out.inputs.resize(W * B, 2);
    out.targets.resize(B, H);
    out.lengths.assign(size_t(B), W);
    for (core::Index b = 0; b < B; ++b) {
        const core::Index start = windowStart(split, order[size_t(first + b)]);
        const double lastValue = x[size_t(start + W - 1)];
        for (core::Index t = 0; t < W; ++t) {
            out.inputs(t * B + b, 0) = feature(start, t);
            out.inputs(t * B + b, 1) = (x[size_t(start + t)] - lastValue) / m_changeScale;
        }
        for (core::Index k = 0; k < H; ++k)
            out.targets(b, k) = (x[size_t(start + W + k)] - lastValue) / m_changeScale;
    }
    return out;
}

core::NetworkSpec SeriesForecastTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = 2;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, m_settings.hidden}};
    spec.outputSize = m_settings.horizon;
    spec.outputMode = core::OutputMode::PerSequence;
    return spec;
}

TrainingRecipe SeriesForecastTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = m_settings.learningRate;
    recipe.batchSize = 32;
    const core::Index batches = batchCount(Split::Train, recipe.batchSize);
    recipe.epochs = m_settings.epochs > 0
                        ? m_settings.epochs
                        : int(std::clamp<core::Index>(kTargetSteps / batches, 20, 300));
    recipe.clipNorm = 1.0;
    return recipe;
}

Evaluation SeriesForecastTask::evaluate(const core::SequenceBatch<double>& batch,
                                        const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    e.metric = m_changeScale * (outputs - batch.targets).cwiseAbs().mean();
    e.metricWeight = double(outputs.size());
    e.solved = isSolved(e);
    return e;
}

bool SeriesForecastTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric <= solvedThreshold();
}

std::string SeriesForecastTask::successCriterion() const {
    return "validation mean absolute error at most " + formatValue(solvedThreshold()) +
           ", a tenth below the baseline's " + formatValue(m_baseline.metric) + " (" +
           m_baseline.description + ")";
}

std::optional<core::Index> SeriesForecastTask::startOf(const core::SequenceBatch<double>& batch,
                                                       core::Index sequence) const {
    if (sequence < 0 || sequence >= batch.batch || batch.inputs.cols() < 1)
        throw std::out_of_range("no sequence " + std::to_string(sequence) + " in this batch");
    std::vector<double> features;
    for (core::Index t = 0; t < batch.steps; ++t)
        features.push_back(batch.inputs(t * batch.batch + sequence, 0));
    const auto found = m_startOfWindow.find(hashOf(features));
    return found == m_startOfWindow.end() ? std::nullopt : std::optional(found->second);
}

std::string SeriesForecastTask::renderStep(const core::SequenceBatch<double>& batch,
                                           core::Index sequence, core::Index step) const {
    const std::optional<core::Index> start = startOf(batch, sequence);
    if (step < 0 || step >= batch.steps)
        throw std::out_of_range("no step " + std::to_string(step) + " in this batch");
    const double value =
        m_mean + m_standardDeviation * batch.inputs(step * batch.batch + sequence, 0);
    if (!start)
        return formatValue(value);
    const auto at = size_t(*start + step);
    return m_series.label(at) + ": " + formatValue(m_series.values[at]);
}

std::string SeriesForecastTask::renderTarget(const core::SequenceBatch<double>& batch,
                                             core::Index sequence, core::Index) const {
    const std::optional<core::Index> start = startOf(batch, sequence);
    const core::Index lastRow = (batch.steps - 1) * batch.batch + sequence;
    const double lastValue = m_mean + m_standardDeviation * batch.inputs(lastRow, 0);
    std::string out;
    for (core::Index k = 0; k < batch.targets.cols(); ++k) {
        out += k > 0 ? ", " : "";
        if (start) {
            const auto at = size_t(*start + batch.steps + k);
            out += m_series.label(at) + ": " + formatValue(m_series.values[at]);
        } else {
            out += formatValue(lastValue + m_changeScale * batch.targets(sequence, k));
        }
    }
    return out;
}

std::string SeriesForecastTask::renderOutput(const core::Matrix<double>& outputs,
                                             core::Index row) const {
    std::string out;
    for (core::Index k = 0; k < outputs.cols(); ++k) {
        const double change = m_changeScale * outputs(row, k);
        if (k > 0)
            out += ", ";
        if (change >= 0)
            out += '+';
        out += formatValue(change);
    }
    return out;
}

std::string SeriesForecastTask::formatValue(double value) {
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    return std::string(buffer, result.ptr);
}

} // namespace data
