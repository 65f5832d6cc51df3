#include "cli/train_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "cli/progress_printer.h"
#include "cli/training_arguments.h"
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

int TrainCommand::run(const QStringList& arguments, QTextStream& out) {
    const QString taskName = TrainingArguments::taskNameIn(arguments);
    const data::TaskInfo* info = data::TaskRegistry::builtIn().find(taskName.toStdString());
    ArgumentParser parser(name(),
                          QStringLiteral("--task NAME [task options] [options] --seed S -o MODEL"),
                          tr("Trains the task's recommended network (or the one the options "
                             "describe) headless, prints the progress, the final metrics and "
                             "whether the task's success criterion was met, and saves the model."));
    TrainingArguments::declareOptions(parser, info);
    parser.addFlag(QStringLiteral("--until-solved"),
                   tr("stop at the first epoch that meets the success criterion"));
    parser.addOption(QStringLiteral("-o"), QStringLiteral("MODEL"), tr("where to save the model"));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    auto [task, job] = TrainingArguments::prepare(parser, taskName);
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
