#include "cli/bench_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "core/network_initializer.h"
#include "core/training_step.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

namespace cli {

namespace {

struct BenchConfig {
    QString name;
    core::CellKind cell;
    core::Index input, hidden, layers, steps, batch;
};

std::vector<BenchConfig> configsNamed(const QString& name) {
    using core::CellKind;
    std::vector<BenchConfig> all = {
        {QStringLiteral("A"), CellKind::Lstm, 1, 32, 1, 50, 16},
        {QStringLiteral("B"), CellKind::Lstm, 8, 128, 1, 100, 32},
        {QStringLiteral("C"), CellKind::Lstm, 64, 256, 2, 100, 64},
        {QStringLiteral("D"), CellKind::Gru, 8, 128, 1, 100, 32},
        {QStringLiteral("D"), CellKind::Rnn, 8, 128, 1, 100, 32},
    };
    std::vector<BenchConfig> chosen;
    for (const BenchConfig& config : all)
        if (name.isEmpty() || config.name == name)
            chosen.push_back(config);
    return chosen;
}

core::NetworkSpec specOf(const BenchConfig& config) {
    core::NetworkSpec spec;
    spec.inputSize = config.input;
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerStep;
    for (core::Index l = 0; l < config.layers; ++l)
        spec.layers.push_back({config.cell, config.hidden, false, core::Activation::Tanh, 0.0});
    return spec;
}

core::SequenceBatch<float> randomBatch(const BenchConfig& config) {
    std::mt19937_64 engine(7);
    std::normal_distribution<float> normal;
    core::SequenceBatch<float> batch;
    batch.steps = config.steps;
    batch.batch = config.batch;
    batch.inputs.resize(config.steps * config.batch, config.input);
    batch.targets.resize(config.steps * config.batch, 1);
    for (float& value : batch.inputs.reshaped())
        value = normal(engine);
    for (float& value : batch.targets.reshaped())
        value = normal(engine);
    return batch;
}

struct BenchResult {
    double msPerStep = 0;
    double sequencesPerSecond = 0;
    double activationMiB = 0;
    core::Index parameters = 0;
};

BenchResult measure(const BenchConfig& config, int threads, int repeats) {
    core::Network<float> network(specOf(config));
    core::NetworkInitializer::initialize(network, {}, 1);
    core::TrainingStep<float> step(network, core::LossKind::MeanSquaredError,
                                   core::OptimizerSettings::defaults(core::OptimizerKind::Adam),
                                   threads);
    const core::SequenceBatch<float> batch = randomBatch(config);
    for (int i = 0; i < 3; ++i)
        step.run(batch);
    std::vector<double> seconds;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        step.run(batch);
        seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(seconds.begin(), seconds.begin() + repeats / 2, seconds.end());
    const double median = seconds[size_t(repeats / 2)];
    return {median * 1e3, double(config.batch) / median,
            double(step.backprop().activationBytes()) / (1024.0 * 1024.0),
            network.parameterCount()};
}

} // namespace

QString BenchCommand::summary() const {
    return tr("time a training step (float32, full BPTT, Adam) on the standard configs A-D");
}

int BenchCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(name(), QStringLiteral("[--config A|B|C|D] [--threads N] [--json]"),
                          tr("Times forward, backward through time and an Adam update of a "
                             "recurrent network with a per-step linear head and an MSE loss, in "
                             "float32, and prints the median over the repeats."));
    parser.addOption(QStringLiteral("--config"), QStringLiteral("NAME"),
                     tr("A, B, C or D (default: all)"));
    parser.addOption(QStringLiteral("--threads"), QStringLiteral("N"),
                     tr("threads sharing each batch (default 1)"));
    parser.addOption(QStringLiteral("--repeats"), QStringLiteral("N"),
                     tr("timed steps per config (default 20)"));
    parser.addFlag(QStringLiteral("--json"), tr("one JSON object per line"));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    const QString configName = parser.value(QStringLiteral("--config")).toUpper();
    const std::vector<BenchConfig> configs = configsNamed(configName);
    if (configs.empty())
        throw CliError(tr("unknown config '%1' for --config (expected A, B, C or D)")
                           .arg(parser.value(QStringLiteral("--config"))));
    const int threads = int(parser.integer(QStringLiteral("--threads"), 1, 64, 1));
    const int repeats = int(parser.integer(QStringLiteral("--repeats"), 1, 100000, 20));
    const bool json = parser.isSet(QStringLiteral("--json"));
    for (const BenchConfig& config : configs) {
        const BenchResult result = measure(config, threads, repeats);
        const QString cell = QString::fromStdString(core::cellKindName(config.cell));
        if (json) {
            const QJsonObject line{{QStringLiteral("config"), config.name},
                                   {QStringLiteral("cell"), cell},
                                   {QStringLiteral("threads"), threads},
                                   {QStringLiteral("ms_per_step"), result.msPerStep},
                                   {QStringLiteral("sequences_per_s"), result.sequencesPerSecond},
                                   {QStringLiteral("activation_mib"), result.activationMiB},
                                   {QStringLiteral("parameters"), qint64(result.parameters)}};
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << tr("%1 %2: %3 ms/step, %4 sequences/s, %5 MiB of activations for BPTT, "
                      "%6 parameters, %7 thread(s)")
                       .arg(config.name, cell)
                       .arg(result.msPerStep, 0, 'f', 3)
                       .arg(result.sequencesPerSecond, 0, 'f', 0)
                       .arg(result.activationMiB, 0, 'f', 2)
                       .arg(result.parameters)
                       .arg(threads)
                << '\n';
        }
        out.flush();
    }
    return 0;
}

} // namespace cli
