#include "cli/train_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "cli/progress_printer.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/greedy_decoder.h"
#include "data/task_registry.h"
#include "training/model_file.h"
#include "training/training_worker.h"

#include <QElapsedTimer>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {

const QString kDefaultTask = QStringLiteral("sine");

/** A sequence-to-sequence task's validation score when its decoder reads its own outputs
 * (greedy decoding) rather than the targets, as the training loop feeds it. */
data::Evaluation greedyValidation(const data::Task& task, const core::Network<double>& network,
                                  core::Index batchSize) {
    core::NetworkExecutor<double> executor(network);
    const data::Task::Predictor predict = [&executor](const core::SequenceBatch<double>& batch) {
        return core::Matrix<double>(executor.forward(batch));
    };
    return data::GreedyDecoder::forTask(task).evaluateSplit(task, data::Split::Validation,
                                                            batchSize, predict);
}

} // namespace

QString TrainCommand::summary() const {
    return tr("train a task's network headless with a progress bar and save the model");
}

QString TrainCommand::taskNameIn(const QStringList& arguments) {
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

void TrainCommand::declareOptions(ArgumentParser& parser, const data::TaskInfo* task) {
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
    parser.addOption(QStringLiteral("--seed"), QStringLiteral("S"),
                     tr("fixes the data, the initial weights and the dropout"));
    parser.addFlag(QStringLiteral("--until-solved"),
                   tr("stop at the first epoch that meets the success criterion"));
    parser.addOption(QStringLiteral("-o"), QStringLiteral("MODEL"), tr("where to save the model"));
    if (!task)
        return;
    for (const data::TaskOptionSpec& option : task->options)
        parser.addOption(QStringLiteral("--") + QString::fromStdString(option.name),
                         QStringLiteral("VALUE"), QString::fromStdString(option.description));
}

core::NetworkSpec TrainCommand::networkFrom(const ArgumentParser& parser, core::NetworkSpec spec) {
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

int TrainCommand::run(const QStringList& arguments, QTextStream& out) {
    const data::TaskRegistry& registry = data::TaskRegistry::builtIn();
    const QString taskName = taskNameIn(arguments);
    const data::TaskInfo* info = registry.find(taskName.toStdString());
    ArgumentParser parser(name(),
                          QStringLiteral("--task NAME [task options] [options] --seed S -o MODEL"),
                          tr("Trains the task's recommended network (or the one the options "
                             "describe) headless, prints the progress, the final metrics and "
                             "whether the task's success criterion was met, and saves the model."));
    declareOptions(parser, info);
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    if (taskName.isEmpty())
        throw CliError(
            tr("give a task with --task NAME (see lstm-studio-cli tasks), or --default"));
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
    const std::unique_ptr<data::Task> task = registry.make(info->name, options, seed);

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
    if (parser.isSet(QStringLiteral("--until-solved"))) {
        session::TrainingSettings settings = job.initialSettings();
        settings.stopWhenSolved = true;
        job.settings = settings;
    }

    out << tr("Training %1 on task '%2' (%3 parameters, %4 epochs). Success: %5")
               .arg(QString::fromStdString(
                   core::cellKindName(job.network.spec().layers.front().cell)))
               .arg(taskName)
               .arg(job.network.parameterCount())
               .arg(job.recipe.epochs)
               .arg(QString::fromStdString(task->successCriterion()))
        << '\n';
    out.flush();

    training::TrainingWorker worker(job);
    ProgressPrinter progress(out, isatty(fileno(stdout)) != 0,
                             QString::fromStdString(task->metricName()));
    std::optional<training::TrainingSnapshot> last;
    QObject::connect(&worker, &training::TrainingWorker::snapshotAvailable, &worker, [&] {
        if (auto snapshot = worker.takeSnapshot()) {
            progress.show(*snapshot);
            last = std::move(snapshot);
        }
    });
    core::Vector<double> weights;
    QString failure;
    QObject::connect(&worker, &training::TrainingWorker::finished, &worker,
                     [&](const core::Vector<double>& trained, training::TrainingWorker::Outcome) {
                         weights = trained;
                     });
    QObject::connect(&worker, &training::TrainingWorker::failed, &worker,
                     [&](const QString& message) { failure = message; });
    QElapsedTimer clock;
    clock.start();
    worker.run();
    if (auto snapshot = worker.takeSnapshot()) {
        progress.show(*snapshot);
        last = std::move(snapshot);
    }
    progress.finish();
    if (!failure.isEmpty())
        throw CliError(failure);

    job.network.values() = weights;
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (last && !last->validations.isEmpty()) {
        const training::EpochValidation& final = last->validations.last();
        out << tr("Done in %1 s after %6 epoch(s): validation loss %2, %3 %4. Success "
                  "criterion %5.")
                   .arg(seconds, 0, 'f', 1)
                   .arg(final.loss, 0, 'g', 5)
                   .arg(QString::fromStdString(task->metricName()))
                   .arg(final.metric, 0, 'g', 5)
                   .arg(final.solved ? tr("met") : tr("not met"))
                   .arg(final.epoch)
            << '\n';
    } else {
        out << tr("Done in %1 s.").arg(seconds, 0, 'f', 1) << '\n';
    }
    if (task->outputMode() == core::OutputMode::SequenceToSequence) {
        const data::Evaluation greedy = greedyValidation(*task, job.network, job.recipe.batchSize);
        out << tr("Greedy decoding on validation: loss %1, %2 %3. Success criterion %4.")
                   .arg(greedy.loss, 0, 'g', 5)
                   .arg(QString::fromStdString(task->metricName()))
                   .arg(greedy.metric, 0, 'g', 5)
                   .arg(greedy.solved ? tr("met") : tr("not met"))
            << '\n';
    }
    const QString path = parser.value(QStringLiteral("-o"));
    if (!path.isEmpty()) {
        QString error;
        if (!training::ModelFile::save(job.network, path, &error))
            throw CliError(error);
        out << tr("Saved the model to %1.").arg(path) << '\n';
    }
    return 0;
}

} // namespace cli
