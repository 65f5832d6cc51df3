#include "cli/train_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "cli/progress_printer.h"
#include "cli/training_arguments.h"
#include "cli/transfer_arguments.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/greedy_decoder.h"
#include "data/task_registry.h"
#include "training/model_file.h"
#include "training/session_file.h"
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
                                  core::Index batchSize, const core::RecurrentOptions& options) {
    core::NetworkExecutor<double> executor(network);
    executor.setRecurrentOptions(options); // frozen gates are part of the trained forward pass
    const data::Task::Predictor predict = [&executor](const core::SequenceBatch<double>& batch) {
        return core::Matrix<double>(executor.forward(batch));
    };
    return data::GreedyDecoder::forTask(task).evaluateSplit(task, data::Split::Validation,
                                                            batchSize, predict);
}

bool isSessionPath(const QString& path) {
    return path.endsWith(QLatin1Char('.') + QString::fromLatin1(training::SessionFile::kExtension),
                         Qt::CaseInsensitive);
}

/** The task and job of a saved session, to go on with it. */
TrainingArguments::Prepared resumed(const ArgumentParser& parser) {
    auto saved = std::make_shared<session::Session>();
    QString error;
    if (!training::SessionFile::load(parser.value(QStringLiteral("--resume")), *saved, &error))
        throw CliError(error);
    saved->settings.epochs =
        int(parser.integer(QStringLiteral("--epochs"), 0, 1000000, saved->settings.epochs));
    auto task =
        data::TaskRegistry::builtIn().make(saved->task.name, saved->task.options, saved->task.seed);
    core::Network<double> network(saved->spec);
    network.values() = saved->weights.cast<double>();
    training::TrainingJob job(std::move(network));
    job.taskName = saved->task.name;
    job.taskOptions = saved->task.options;
    job.taskSeed = saved->task.seed;
    job.recipe = task->recommendedRecipe();
    job.recipe.epochs = saved->settings.epochs;
    job.seed = saved->seed;
    job.threads = int(parser.integer(QStringLiteral("--threads"), 1, 64, saved->threads));
    TrainingArguments::applyLessons(parser, saved->spec, saved->settings);
    for (const auto& [group, training] : TransferArguments::groups(parser)) // added to the saved
        saved->settings.groups[group] = training;
    if (const std::string problem =
            core::ParameterGroups::problem(saved->spec, saved->settings.groups);
        !problem.empty())
        throw CliError(QString::fromStdString(problem));
    job.settings = saved->settings;
    job.resume = saved;
    return {std::move(task), std::move(job)};
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
    TransferArguments::declareOptions(parser);
    parser.addOption(QStringLiteral("--resume"), QStringLiteral("SESSION"),
                     tr("go on with a saved session (its task, network and settings); "
                        "--epochs then counts all epochs, those done included"));
    parser.addOption(QStringLiteral("-o"), QStringLiteral("FILE"),
                     tr("where to save: a session (.%1: everything, to resume) or a model "
                        "(.json: the network and its weights)")
                         .arg(QString::fromLatin1(training::SessionFile::kExtension)));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("--resume")) && TransferArguments::isTransfer(parser))
        throw CliError(tr("--resume and --from cannot be combined"));
    TrainingArguments::Prepared prepared = parser.isSet(QStringLiteral("--resume"))
                                               ? resumed(parser)
                                               : TrainingArguments::prepare(parser, taskName);
    if (!parser.isSet(QStringLiteral("--resume")))
        TransferArguments::apply(parser, prepared, out);
    auto& [task, job] = prepared;
    if (parser.isSet(QStringLiteral("--until-solved"))) {
        session::TrainingSettings settings = job.initialSettings();
        settings.stopWhenSolved = true;
        job.settings = settings;
        if (job.resume) {
            auto saved = std::make_shared<session::Session>(*job.resume);
            saved->settings.stopWhenSolved = true;
            job.resume = saved;
        }
    }
    const QString path = parser.value(QStringLiteral("-o"));
    job.sessionAtEnd = isSessionPath(path);

    out << tr("Training %1 on task '%2' (%3 parameters, %4 epochs). Success: %5")
               .arg(QString::fromStdString(
                   core::cellKindName(job.network.spec().layers.front().cell)))
               .arg(QString::fromStdString(job.taskName))
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
    std::shared_ptr<const session::Session> finalSession;
    QObject::connect(&worker, &training::TrainingWorker::sessionReady, &worker,
                     [&](quint64, std::shared_ptr<const session::Session> saved) {
                         finalSession = std::move(saved);
                     });
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
        const data::Evaluation greedy = greedyValidation(*task, job.network, job.recipe.batchSize,
                                                         job.initialSettings().recurrentOptions());
        out << tr("Greedy decoding on validation: loss %1, %2 %3. Success criterion %4.")
                   .arg(greedy.loss, 0, 'g', 5)
                   .arg(QString::fromStdString(task->metricName()))
                   .arg(greedy.metric, 0, 'g', 5)
                   .arg(greedy.solved ? tr("met") : tr("not met"))
            << '\n';
    }
    if (!path.isEmpty()) {
        QString error;
        const bool saved =
            job.sessionAtEnd
                ? finalSession && training::SessionFile::save(*finalSession, path, &error)
                : training::ModelFile::save(job.network, path, &error);
        if (!saved)
            throw CliError(error.isEmpty() ? tr("%1: the run ended without a session").arg(path)
                                           : error);
        out << (job.sessionAtEnd ? tr("Saved the session to %1.") : tr("Saved the model to %1."))
                   .arg(path)
            << '\n';
    }
    return 0;
}

} // namespace cli
