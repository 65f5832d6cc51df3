#include "data/sine_task.h"

#include <array>
#include <cmath>
#include <numbers>

namespace data {

namespace {

struct Component {
    double amplitude;
    double period;
};

constexpr std::array<Component, 1> kSine{{{1.0, 20.0}}};
constexpr std::array<Component, 3> kMulti{{{0.5, 20.0}, {0.3, 7.0}, {0.2, 53.0}}};

template <size_t N>
double signal(const std::array<Component, N>& components, double t) {
    double sum = 0;
    for (const Component& c : components)
        sum += c.amplitude * std::sin(2 * std::numbers::pi * t / c.period);
    return sum;
}

template <size_t N>
double repeatLastOf(const std::array<Component, N>& components) {
    double sum = 0; // E[(f(t+1) − f(t))²] = Σ A²·(1 − cos ω) when the phases are uniform
    for (const Component& c : components)
        sum += c.amplitude * c.amplitude * (1 - std::cos(2 * std::numbers::pi / c.period));
    return sum;
}

} // namespace

SineTask::SineTask(Kind kind, core::Index window, Sizes sizes, std::uint64_t seed)
    : GeneratedTask(seed, sizes)
    , m_kind(kind)
    , m_window(window) {
    if (window <= kWarmUp)
        throw std::invalid_argument("the sine task needs a window longer than its warm-up of " +
                                    std::to_string(kWarmUp) + " steps");
    dealSplits();
    Evaluation total;
    const core::Index batchSize = 256;
    for (core::Index i = 0; i < batchCount(Split::Validation, batchSize); ++i) {
        const core::SequenceBatch<double> b = batch(Split::Validation, batchSize, i, 0);
        total += evaluate(b, repeatLast(b));
    }
    m_baseline = {"repeat the last value (measured on the validation split)", total.loss,
                  total.metric};
}

TaskInfo SineTask::info() {
    TaskInfo info{"sine",
                  "Forecast the next value of a sine wave, a sum of three sines, or a noisy sine",
                  {TaskOptionSpec::choice("kind", "the signal", {"sine", "multi", "noisy"}, "sine"),
                   TaskOptionSpec::integer("window", "steps per sequence", 50, kWarmUp + 1, 1000)}};
    for (TaskOptionSpec& spec : sizeOptions(2000, 500))
        info.options.push_back(std::move(spec));
    return info;
}

std::unique_ptr<Task> SineTask::create(const TaskOptions& options, std::uint64_t seed) {
    const std::string& kind = optionText(options, "kind");
    const Kind k = kind == "multi" ? Kind::Multi : kind == "noisy" ? Kind::Noisy : Kind::Sine;
    return std::make_unique<SineTask>(k, optionInteger(options, "window"), sizesFrom(options),
                                      seed);
}

std::string SineTask::kindName(Kind kind) {
    switch (kind) {
    case Kind::Sine:
        return "sine";
    case Kind::Multi:
        return "multi";
    case Kind::Noisy:
        return "noisy";
    }
    return "sine";
}

double SineTask::repeatLastMse(Kind kind) {
    return kind == Kind::Multi ? repeatLastOf(kMulti) : repeatLastOf(kSine) + 2 * noiseFloor(kind);
}

double SineTask::noiseFloor(Kind kind) {
    return kind == Kind::Noisy ? kNoise * kNoise : 0.0;
}

double SineTask::solvedThreshold() const {
    const double floor = noiseFloor(m_kind);
    return floor + kSolvedShare * (m_baseline.metric - floor);
}

std::string SineTask::description() const {
    const std::string what = m_kind == Kind::Multi   ? "a sum of three sines"
                             : m_kind == Kind::Noisy ? "a noisy sine wave"
                                                     : "a sine wave";
    return "Forecast the next value of " + what + " over windows of " + std::to_string(m_window) +
           " steps";
}

TaskOptions SineTask::options() const {
    TaskOptions options = sizeOptionValues();
    options["kind"] = kindName(m_kind);
    options["window"] = std::to_string(m_window);
    return options;
}

SequenceExample SineTask::generate(RandomStream& random) const {
    const double start = random.uniform(0, 10000);
    core::Vector<double> x(m_window + 1);
    for (core::Index k = 0; k <= m_window; ++k) {
        const double t = start + double(k);
        x[k] = m_kind == Kind::Multi ? signal(kMulti, t) : signal(kSine, t);
        if (m_kind == Kind::Noisy)
            x[k] += kNoise * random.normal();
    }
    SequenceExample e;
    e.inputs = x.head(m_window);
    e.targets = x.tail(m_window);
    return e;
}

core::NetworkSpec SineTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 32}};
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerStep;
    return spec;
}

TrainingRecipe SineTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 1e-2;
    recipe.batchSize = 32;
    recipe.epochs = 5;
    recipe.clipNorm = 1.0;
    return recipe;
}

core::Matrix<double> SineTask::repeatLast(const core::SequenceBatch<double>& batch) {
    return batch.inputs;
}

Evaluation SineTask::evaluate(const core::SequenceBatch<double>& batch,
                              const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    double squared = 0;
    for (core::Index b = 0; b < batch.batch; ++b)
        for (core::Index t = kWarmUp; t < batch.lengths[size_t(b)]; ++t) {
            const core::Index row = t * batch.batch + b;
            squared += (outputs(row, 0) - batch.targets(row, 0)) *
                       (outputs(row, 0) - batch.targets(row, 0));
            e.metricWeight += 1;
        }
    e.metric = e.metricWeight > 0 ? squared / e.metricWeight : 0.0;
    e.solved = isSolved(e);
    return e;
}

bool SineTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric < solvedThreshold();
}

std::string SineTask::successCriterion() const {
    return "validation MSE after the " + std::to_string(kWarmUp) + "-step warm-up below " +
           formatNumber(solvedThreshold(), 5) + " (" +
           (m_kind == Kind::Noisy ? "the noise variance plus " : "") +
           "a tenth of the repeat-last baseline's " +
           (m_kind == Kind::Noisy ? "excess)" : formatNumber(m_baseline.metric, 5) + ")");
}

std::string SineTask::renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                 core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    return formatNumber(batch.inputs(step * batch.batch + sequence, 0), 3);
}

std::string SineTask::renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                   core::Index step) const {
    if (isPadding(batch, sequence, step))
        return {};
    return formatNumber(batch.targets(step * batch.batch + sequence, 0), 3);
}

std::string SineTask::renderOutput(const core::Matrix<double>& outputs, core::Index row) const {
    return formatNumber(outputs(row, 0), 3);
}

} // namespace data
