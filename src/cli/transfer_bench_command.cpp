#include "cli/transfer_bench_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "cli/training_arguments.h"
#include "cli/transfer_arguments.h"
#include "data/task_registry.h"
#include "training/training_engine.h"

#include <cmath>
#include <limits>

namespace cli {

namespace {

struct RunResult {
    int epochs = 0;
    double seconds = 0;
    double loss = std::numeric_limits<double>::quiet_NaN();
    double metric = std::numeric_limits<double>::quiet_NaN();
    bool reached = false; ///< solved (scratch) or at the bar (fine-tuned)
};

/** Trains `job` epoch by epoch until `done(validation)` or the epochs run out. */
template <typename Done>
RunResult train(const training::TrainingJob& job, Done done, QTextStream& out,
                const QString& name) {
    training::TrainingEngine engine(job);
    RunResult result;
    for (;;) {
        const auto event = engine.advance();
        using Event = training::TrainingEngine::Event;
        if (event == Event::Diverged)
            throw CliError(TransferBenchCommand::tr("the %1 run diverged").arg(name));
        if (event != Event::EpochDone && event != Event::RunDone && event != Event::EarlyStopped)
            continue;
        const training::TrainingSnapshot snapshot = engine.snapshot();
        if (!snapshot.validations.isEmpty()) {
            const training::EpochValidation& last = snapshot.validations.last();
            result = {last.epoch, engine.workSeconds(), last.loss, last.metric, done(last)};
            out << TransferBenchCommand::tr("  %1 epoch %2: validation loss %3, %4 s")
                       .arg(name)
                       .arg(last.epoch)
                       .arg(last.loss, 0, 'f', 4)
                       .arg(result.seconds, 0, 'f', 1)
                << '\n';
            out.flush();
        }
        if (result.reached || event != Event::EpochDone)
            return result;
    }
}

void printRun(QTextStream& out, const QString& name, const RunResult& r, const QString& metric) {
    out << TransferBenchCommand::tr("%1 %2 epochs, %3 s, validation loss %4, %5 %6%7")
               .arg(name, -12)
               .arg(r.epochs, 3)
               .arg(r.seconds, 7, 'f', 1)
               .arg(r.loss, 0, 'f', 4)
               .arg(metric)
               .arg(r.metric, 0, 'g', 4)
               .arg(r.reached ? QString() : TransferBenchCommand::tr(" (not reached)"))
        << '\n';
}

} // namespace

QString TransferBenchCommand::summary() const {
    return tr("time fine-tuning a saved network against training the task from scratch");
}

int TransferBenchCommand::run(const QStringList& arguments, QTextStream& out) {
    const QString taskName = TrainingArguments::taskNameIn(arguments);
    const data::TaskInfo* info = data::TaskRegistry::builtIn().find(taskName.toStdString());
    ArgumentParser parser(name(),
                          QStringLiteral("--from SESSION --task NAME [task options] [--freeze "
                                         "GROUPS] [--epochs N] [--seed S]"),
                          tr("Trains the task from scratch until its success criterion is met, "
                             "then fine-tunes the network built from the saved session until it "
                             "reaches the same validation loss, and prints the epochs and time of "
                             "both and their ratios (fine-tuned / scratch; below 1: faster)."));
    TrainingArguments::declareOptions(parser, info);
    TransferArguments::declareOptions(parser);
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    if (!TransferArguments::isTransfer(parser))
        throw CliError(tr("give the saved session to start from with --from SESSION"));
    TrainingArguments::Prepared scratch = TrainingArguments::prepare(parser, taskName);
    const QString metric = QString::fromStdString(scratch.task->metricName());
    session::TrainingSettings settings = scratch.job.initialSettings();
    settings.stopWhenSolved = true;
    scratch.job.settings = settings;
    TrainingArguments::Prepared fine = TrainingArguments::prepare(parser, taskName);
    TransferArguments::apply(parser, fine, out);
    out << tr("Task '%1', %2 epochs at most, seed %3, one thread. Success: %4")
               .arg(taskName)
               .arg(settings.epochs)
               .arg(scratch.job.seed)
               .arg(QString::fromStdString(scratch.task->successCriterion()))
        << '\n';
    out.flush();
    const RunResult a = train(
        scratch.job, [](const training::EpochValidation& v) { return v.solved; }, out,
        tr("scratch"));
    const double bar = a.loss;
    const RunResult b = train(
        fine.job, [bar](const training::EpochValidation& v) { return v.loss <= bar; }, out,
        tr("fine-tuned"));
    printRun(out, tr("scratch"), a, metric);
    printRun(out, tr("fine-tuned"), b, metric);
    out << tr("ratios fine-tuned / scratch: epochs %1, time %2")
               .arg(double(b.epochs) / std::max(1, a.epochs), 0, 'f', 2)
               .arg(b.seconds / std::max(1e-9, a.seconds), 0, 'f', 2)
        << '\n';
    return b.reached ? 0 : 1;
}

} // namespace cli
