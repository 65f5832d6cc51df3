#include "cli/training_arguments.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"

namespace cli {

namespace {

const QString kDefaultTask = QStringLiteral("sine");

} // namespace

QString TrainingArguments::taskNameIn(const QStringList& arguments) {
    if (arguments.contains(QStringLiteral("--default")))
        return kDefaultTask;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--task") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--task=")))
            return arguments[i].mid(7);
    }
    return {};
}

void TrainingArguments::declareOptions(ArgumentParser& parser, const data::TaskInfo* task) {
    parser.addOption(QStringLiteral("--task"), QStringLiteral("NAME"),
                     tr("the task (see lstm-studio-cli tasks)"));
    parser.addFlag(QStringLiteral("--default"),
                   tr("the default session: the sine task, its network, seed 1"));
    parser.addOption(QStringLiteral("--cell"), QStringLiteral("CELL"),
                     tr("rnn, lstm, peephole or gru (default: the task's)"));
    parser.addOption(QStringLiteral("--hidden"), QStringLiteral("H"), tr("units per layer"));
    parser.addOption(QStringLiteral("--layers"), QStringLiteral("L"), tr("recurrent layers"));
    parser.addFlag(QStringLiteral("--bidirectional"), tr("run every layer in both directions"));
    parser.addOption(QStringLiteral("--epochs"), QStringLiteral("N"), tr("passes over the data"));
    parser.addOption(QStringLiteral("--batch-size"), QStringLiteral("B"), tr("sequences a step"));
    parser.addOption(QStringLiteral("--learning-rate"), QStringLiteral("R"), tr("the step size"));
    parser.addOption(QStringLiteral("--threads"), QStringLiteral("N"),
                     tr("threads sharing each batch (default 1)"));
    parser.addOption(QStringLiteral("--truncate"), QStringLiteral("K"),
                     tr("truncated backpropagation through time: carry the gradient back within "
                        "chunks of K steps (0: full, the default)"));
    parser.addOption(QStringLiteral("--freeze-forget"), QStringLiteral("C"),
                     tr("hold the LSTM's forget gate at C in [0, 1] (1: a perfect memory)"));
    parser.addOption(QStringLiteral("--freeze-input"), QStringLiteral("C"),
                     tr("hold the LSTM's input gate at C in [0, 1]"));
    parser.addOption(QStringLiteral("--seed"), QStringLiteral("S"),
                     tr("fixes the data, the initial weights and the dropout"));
    if (!task)
        return;
    for (const data::TaskOptionSpec& option : task->options)
        parser.addOption(QStringLiteral("--") + QString::fromStdString(option.name),
                         QStringLiteral("VALUE"), QString::fromStdString(option.description));
}

core::NetworkSpec TrainingArguments::networkFrom(const ArgumentParser& parser,
                                                 core::NetworkSpec spec) {
    if (parser.isSet(QStringLiteral("--cell"))) {
        const QString name = parser.value(QStringLiteral("--cell"));
        const auto cell = core::cellKindFromName(name.toStdString());
        if (!cell)
            throw CliError(
                tr("unknown cell '%1' for --cell (expected rnn, lstm, peephole or gru)").arg(name));
        for (core::RecurrentLayerSpec& layer : spec.layers) {
            layer.cell = *cell;
            layer.activation = core::Activation::Tanh;
        }
    }
    const qint64 layers =
        parser.integer(QStringLiteral("--layers"), 1, 16, qint64(spec.layers.size()));
    const core::RecurrentLayerSpec pattern = spec.layers.back();
    spec.layers.resize(size_t(layers), pattern);
    for (core::RecurrentLayerSpec& layer : spec.layers) {
        layer.hidden = parser.integer(QStringLiteral("--hidden"), 1, 4096, layer.hidden);
        if (parser.isSet(QStringLiteral("--bidirectional")))
            layer.bidirectional = true;
    }
    spec.layers.back().dropoutAfter = 0.0;
    return spec;
}

TrainingArguments::Prepared TrainingArguments::prepare(const ArgumentParser& parser,
                                                       const QString& taskName) {
    const data::TaskRegistry& registry = data::TaskRegistry::builtIn();
    if (taskName.isEmpty())
        throw CliError(
            tr("give a task with --task NAME (see lstm-studio-cli tasks), or --default"));
    const data::TaskInfo* info = registry.find(taskName.toStdString());
    if (!info)
        throw CliError(tr("unknown task '%1' (see lstm-studio-cli tasks)").arg(taskName));
    data::TaskOptions options;
    for (const data::TaskOptionSpec& option : info->options) {
        const QString flag = QStringLiteral("--") + QString::fromStdString(option.name);
        if (parser.isSet(flag))
            options[option.name] = parser.value(flag).toStdString();
    }
    if (const std::string problem = registry.check(info->name, options); !problem.empty())
        throw CliError(QString::fromStdString(problem));
    const bool isDefault = parser.isSet(QStringLiteral("--default"));
    const quint64 seed = isDefault && !parser.isSet(QStringLiteral("--seed"))
                             ? 1
                             : parser.unsignedInteger(QStringLiteral("--seed"));
    std::unique_ptr<data::Task> task = registry.make(info->name, options, seed);

    training::TrainingJob job(
        core::Network<double>(networkFrom(parser, task->recommendedNetwork())));
    job.taskName = info->name;
    job.taskOptions = options;
    job.taskSeed = seed;
    job.recipe = task->recommendedRecipe();
    job.seed = seed;
    job.threads = int(parser.integer(QStringLiteral("--threads"), 1, 64, 1));
    core::NetworkInitializer::initialize(job.network, job.recipe.initialization, seed);
    job.recipe.epochs =
        int(parser.integer(QStringLiteral("--epochs"), 0, 1000000, job.recipe.epochs));
    job.recipe.batchSize =
        parser.integer(QStringLiteral("--batch-size"), 1, 1 << 20, job.recipe.batchSize);
    job.recipe.optimizer.learningRate =
        parser.number(QStringLiteral("--learning-rate"), job.recipe.optimizer.learningRate);
    session::TrainingSettings settings = job.initialSettings();
    applyLessons(parser, job.network.spec(), settings);
    if (settings.recurrentOptions() != job.initialSettings().recurrentOptions())
        job.settings = settings;
    return {std::move(task), std::move(job)};
}

void TrainingArguments::applyLessons(const ArgumentParser& parser, const core::NetworkSpec& spec,
                                     session::TrainingSettings& settings) {
    settings.bpttTruncation =
        int(parser.integer(QStringLiteral("--truncate"), 0, 1 << 30, settings.bpttTruncation));
    if (parser.isSet(QStringLiteral("--freeze-forget")))
        settings.frozenGates.forget = parser.number(QStringLiteral("--freeze-forget"));
    if (parser.isSet(QStringLiteral("--freeze-input")))
        settings.frozenGates.input = parser.number(QStringLiteral("--freeze-input"));
    if (const std::string problem = settings.recurrentOptions().problemFor(spec); !problem.empty())
        throw CliError(QString::fromStdString(problem));
}

} // namespace cli
