#include "cli/gradients_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "cli/training_arguments.h"
#include "core/loss.h"
#include "core/network_executor.h"
#include "data/task_registry.h"
#include "training/training_worker.h"

#include <QTextStream>
#include <algorithm>

namespace cli {

namespace {

/** The weights after `job`'s epochs (none: its first weights). */
core::Vector<double> trained(const training::TrainingJob& job) {
    if (job.recipe.epochs == 0)
        return job.network.values();
    training::TrainingWorker worker(job);
    core::Vector<double> weights;
    QString failure;
    QObject::connect(
        &worker, &training::TrainingWorker::finished, &worker,
        [&](const core::Vector<double>& w, training::TrainingWorker::Outcome) { weights = w; });
    QObject::connect(&worker, &training::TrainingWorker::failed, &worker,
                     [&](const QString& message) { failure = message; });
    worker.run();
    if (!failure.isEmpty())
        throw CliError(failure);
    return weights;
}

/** ∂L/∂outputs of the batch's loss, kept only on each sequence's last output step. */
core::Matrix<double> lastStepGradient(const data::Task& task,
                                      const core::SequenceBatch<double>& batch,
                                      const core::Matrix<double>& outputs) {
    const auto loss = core::makeLoss<double>(task.lossKind());
    const auto target = core::LossTarget<double>::ofBatch(task.lossKind(), batch);
    core::Matrix<double> dOutputs;
    loss->evaluate(outputs, target, nullptr, &dOutputs);
    const core::Index rowsPerStep = batch.batch;
    const core::Index steps = outputs.rows() / rowsPerStep;
    if (steps == 1)
        return dOutputs;
    const core::Lengths& lengths = task.outputMode() == core::OutputMode::SequenceToSequence
                                       ? batch.decoderLengths
                                       : batch.lengths;
    core::Matrix<double> last = core::Matrix<double>::Zero(dOutputs.rows(), dOutputs.cols());
    for (core::Index b = 0; b < batch.batch; ++b) {
        const core::Index t = (lengths.empty() ? steps : lengths[size_t(b)]) - 1;
        last.row(t * rowsPerStep + b) = dOutputs.row(t * rowsPerStep + b);
    }
    return last;
}

/** Comment lines for the truncation and the frozen gates, empty when neither is set. */
QString lessonsNote(const session::TrainingSettings& settings,
                    const core::SequenceBatch<double>& batch) {
    QString note;
    const core::Index k = settings.bpttTruncation;
    if (k > 0) {
        // Chunks start at t = 1, k + 1, 2k + 1, … (1-based); a sequence's last-step loss reaches
        // back to the start of its own last chunk, k·⌊(L − 1)/k⌋ + 1 for L steps, no further.
        core::Index first = batch.steps, last = 1;
        for (core::Index b = 0; b < batch.batch; ++b) {
            const core::Index length =
                batch.lengths.empty() ? batch.steps : batch.lengths[size_t(b)];
            const core::Index start = k * ((length - 1) / k) + 1;
            first = std::min(first, start);
            last = std::max(last, start);
        }
        note += QStringLiteral("# truncated BPTT, k = %1: chunks start at t = 1, %2, %3, …; the "
                               "last step's gradient stops at its chunk's start, t = %4")
                    .arg(k)
                    .arg(k + 1)
                    .arg(2 * k + 1)
                    .arg(first);
        if (last != first)
            note += QStringLiteral(" to %1 (by sequence length)").arg(last);
        note += QStringLiteral(": zero before t = %1\n").arg(first);
    }
    if (settings.frozenGates.forget)
        note += QStringLiteral("# forget gate frozen at %1\n").arg(*settings.frozenGates.forget);
    if (settings.frozenGates.input)
        note += QStringLiteral("# input gate frozen at %1\n").arg(*settings.frozenGates.input);
    return note;
}

} // namespace

QString GradientsCommand::summary() const {
    return tr("print ‖∂L/∂h_t‖ per time step: how far back the gradient reaches");
}

int GradientsCommand::run(const QStringList& arguments, QTextStream& out) {
    const QString taskName = TrainingArguments::taskNameIn(arguments);
    const data::TaskInfo* info = data::TaskRegistry::builtIn().find(taskName.toStdString());
    ArgumentParser parser(name(), QStringLiteral("--task NAME [task options] [options] --seed S"),
                          tr("Trains the task's network for --epochs epochs (0: none), then "
                             "back-propagates the loss of the last time step over a validation "
                             "batch and prints, per time step t, the norm of ∂L/∂h_t (and of "
                             "∂L/∂c_t for the LSTMs), one column per layer. With --truncate K "
                             "the sequence is cut into chunks of K steps from t = 1 and the "
                             "norms are zero before the last step's chunk; --freeze-forget and "
                             "--freeze-input hold an LSTM gate at a constant."));
    TrainingArguments::declareOptions(parser, info);
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    auto [task, job] = TrainingArguments::prepare(parser, taskName);
    job.network.values() = trained(job);

    const auto batch = task->batch(data::Split::Validation, job.recipe.batchSize, 0, 0);
    const session::TrainingSettings settings = job.initialSettings();
    core::NetworkExecutor<double> executor(job.network);
    executor.setRecurrentOptions(settings.recurrentOptions());
    core::NetworkTrace<double> trace;
    const core::Matrix<double> outputs = executor.forward(batch, &trace);
    executor.backward(lastStepGradient(*task, batch, outputs), &trace);

    const auto& spec = job.network.spec();
    out << "# " << taskName << ", "
        << QString::fromStdString(core::cellKindName(spec.layers.front().cell)) << ", "
        << job.recipe.epochs << " epoch(s) trained, seed " << job.taskSeed << ", " << batch.batch
        << " validation sequences: the last step's loss\n";
    out << lessonsNote(settings, batch) << "# t";
    for (size_t l = 0; l < trace.layers.size(); ++l) {
        out << "  |dL/dh_t| layer " << l + 1;
        if (!trace.layers[l][0].cellGradientNorm.empty())
            out << "  |dL/dc_t| layer " << l + 1;
    }
    out << '\n';
    for (core::Index t = 0; t < batch.steps; ++t) {
        out << t + 1;
        for (const auto& layer : trace.layers) {
            out << "  " << QString::number(layer[0].hiddenGradientNorm[size_t(t)], 'g', 4);
            if (!layer[0].cellGradientNorm.empty())
                out << "  " << QString::number(layer[0].cellGradientNorm[size_t(t)], 'g', 4);
        }
        out << '\n';
    }
    return 0;
}

} // namespace cli
