#include "cli/info_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "session/session.h"
#include "training/session_file.h"

#include <cmath>

namespace cli {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString layerLine(const core::RecurrentLayerSpec& layer, std::size_t index) {
    QString line = InfoCommand::tr("  layer %1: %2, %3 hidden units")
                       .arg(index + 1)
                       .arg(text(core::cellKindName(layer.cell)))
                       .arg(layer.hidden);
    if (layer.cell == core::CellKind::Rnn)
        line += QStringLiteral(" (%1)").arg(text(core::activationName(layer.activation)));
    if (layer.bidirectional)
        line += InfoCommand::tr(", bidirectional");
    if (layer.dropoutAfter > 0)
        line += InfoCommand::tr(", dropout %1 after").arg(layer.dropoutAfter);
    return line + QLatin1Char('\n');
}

QString network(const core::NetworkSpec& spec) {
    QString out = spec.inputKind == core::InputKind::Tokens
                      ? InfoCommand::tr("input: tokens, vocabulary %1, embedding %2\n")
                            .arg(spec.inputSize)
                            .arg(spec.embeddingSize)
                      : InfoCommand::tr("input: %1 features per step\n").arg(spec.inputSize);
    out += InfoCommand::tr("recurrent layers: %1\n").arg(spec.layers.size());
    for (std::size_t l = 0; l < spec.layers.size(); ++l)
        out += layerLine(spec.layers[l], l);
    if (spec.attention == core::AttentionKind::Additive)
        out += InfoCommand::tr("attention: additive, size %1\n").arg(spec.attentionSize);
    else
        out +=
            InfoCommand::tr("attention: %1\n").arg(text(core::attentionKindName(spec.attention)));
    if (spec.outputMode == core::OutputMode::SequenceToSequence)
        out += InfoCommand::tr("decoder: vocabulary %1, embedding %2\n")
                   .arg(spec.decoderVocabulary)
                   .arg(spec.decoderEmbeddingSize);
    out += InfoCommand::tr("output: %1, size %2\n")
               .arg(text(core::outputModeName(spec.outputMode)))
               .arg(spec.outputSize);
    return out;
}

QString task(const session::TaskReference& task) {
    if (task.name.empty())
        return InfoCommand::tr("task: none\n");
    QString out = InfoCommand::tr("task: %1 (seed %2)\n").arg(text(task.name)).arg(task.seed);
    for (const auto& [option, value] : task.options)
        out += QStringLiteral("  --%1 %2\n")
                   .arg(text(option), value.empty() ? QStringLiteral("\"\"") : text(value));
    if (!task.embeddedData.empty())
        out += InfoCommand::tr("  embedded data: %1 bytes\n").arg(task.embeddedData.size());
    return out;
}

QString training(const session::Session& s) {
    QString out = InfoCommand::tr("training: %1 of %2 epochs done, %3 steps, optimizer %4, "
                                  "learning rate %5\n")
                      .arg(s.position.completedEpochs)
                      .arg(s.settings.epochs)
                      .arg(s.position.step)
                      .arg(text(core::optimizerKindName(s.settings.optimizer.kind)))
                      .arg(s.settings.optimizer.learningRate);
    const auto& epochs = s.history.epochs();
    for (auto it = epochs.rbegin(); it != epochs.rend(); ++it) {
        if (std::isnan(it->validationLoss))
            continue;
        return out + InfoCommand::tr("last validation: epoch %1, loss %2, metric %3%4\n")
                         .arg(it->epoch)
                         .arg(it->validationLoss)
                         .arg(it->validationMetric)
                         .arg(it->solved ? InfoCommand::tr(", solved") : QString());
    }
    return out + InfoCommand::tr("last validation: none yet\n");
}

QString history(const session::Session& s) {
    const session::TrainingHistory& h = s.history;
    QString out = InfoCommand::tr("history: epochs recorded %1, events %2, probe traces %3; "
                                  "training time %4 s\n")
                      .arg(h.epochs().size())
                      .arg(h.entries().size())
                      .arg(h.traces().size())
                      .arg(s.position.workSeconds, 0, 'f', 1);
    const session::EpochRecord* best = nullptr;
    for (const session::EpochRecord& record : h.epochs())
        if (!std::isnan(record.validationLoss) &&
            (best == nullptr || record.validationLoss < best->validationLoss))
            best = &record;
    if (best != nullptr)
        out += InfoCommand::tr("best validation: epoch %1, loss %2, metric %3\n")
                   .arg(best->epoch)
                   .arg(best->validationLoss)
                   .arg(best->validationMetric);
    return out;
}

} // namespace

QString InfoCommand::summary() const {
    return tr("describe a session file: network, task, training progress");
}

QString InfoCommand::describe(const session::Session& s, quint32 formatVersion) {
    QString out = tr("LSTM Studio session, format version %1\n").arg(formatVersion);
    out += network(s.spec);
    out += tr("parameters: %1\n").arg(s.weights.size());
    out += task(s.task);
    out += training(s);
    out += history(s);
    return out;
}

int InfoCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(name(), QStringLiteral("FILE"),
                          tr("Prints what the session FILE holds: the network's architecture and "
                             "parameter count, the task and its options, the epochs and steps "
                             "trained, the last and best validation results, what the history "
                             "holds and the file's format version."));
    QStringList options = arguments;
    QString path;
    if (!options.isEmpty() && !options.first().startsWith(QLatin1Char('-')))
        path = options.takeFirst();
    parser.parse(options);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    if (path.isEmpty())
        throw CliError(tr("info needs a session file (lstm-studio-cli info FILE)"));
    session::Session session;
    QString error;
    if (!training::SessionFile::load(path, session, &error))
        throw CliError(error);
    out << describe(session, training::SessionFile::formatVersion(path));
    return 0;
}

} // namespace cli
