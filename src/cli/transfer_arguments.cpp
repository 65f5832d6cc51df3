#include "cli/transfer_arguments.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "training/session_file.h"

namespace cli {

namespace {

const QString kFrom = QStringLiteral("--from");
const QString kTake = QStringLiteral("--take");
const QString kAdd = QStringLiteral("--add-layers");
const QString kFreeze = QStringLiteral("--freeze");
const QString kRates = QStringLiteral("--layer-lr");

QStringList listOf(const QString& value) {
    QStringList out;
    for (const QString& word : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << word.trimmed();
    return out;
}

/** "lstm:64,gru:32" as layer specs. */
std::vector<core::RecurrentLayerSpec> addedLayers(const QString& value) {
    std::vector<core::RecurrentLayerSpec> out;
    for (const QString& word : listOf(value)) {
        const QStringList parts = word.split(QLatin1Char(':'));
        bool ok = parts.size() == 2;
        const auto cell = ok ? core::cellKindFromName(parts[0].toStdString()) : std::nullopt;
        const int units = ok ? parts[1].toInt(&ok) : 0;
        if (!ok || !cell || units < 1 || units > 4096)
            throw CliError(TransferArguments::tr("--add-layers: '%1' is not CELL:UNITS (e.g. "
                                                 "lstm:64; cells rnn, lstm, peephole, gru)")
                               .arg(word));
        core::RecurrentLayerSpec layer;
        layer.cell = *cell;
        layer.hidden = units;
        out.push_back(layer);
    }
    return out;
}

} // namespace

void TransferArguments::declareOptions(ArgumentParser& parser) {
    parser.addOption(kFrom, QStringLiteral("SESSION"),
                     tr("transfer learning: start from the layers of a saved session, with a new "
                        "head for the task (symbols both vocabularies share keep their rows)"));
    parser.addOption(kTake, QStringLiteral("K"),
                     tr("with --from: take the saved layers 0…K−1 (default: all)"));
    parser.addOption(kAdd, QStringLiteral("CELL:UNITS,…"),
                     tr("with --from: new layers after the taken ones, e.g. lstm:64,gru:32"));
    parser.addOption(kFreeze, QStringLiteral("GROUPS"),
                     tr("parameter groups that get no update, e.g. 0,1.f,embedding,head (0: "
                        "layer 0, 1.f: layer 1's forget gate)"));
    parser.addOption(kRates, QStringLiteral("GROUP=F,…"),
                     tr("a learning-rate factor per parameter group, e.g. 0=0.1,head=2"));
}

bool TransferArguments::isTransfer(const ArgumentParser& parser) {
    return parser.isSet(kFrom);
}

std::string TransferArguments::groupName(const QString& word) {
    if (!word.isEmpty() && word[0].isDigit())
        return "layer" + word.toStdString();
    return word.toStdString();
}

core::GroupTrainingMap TransferArguments::groups(const ArgumentParser& parser) {
    core::GroupTrainingMap out;
    for (const QString& word : listOf(parser.value(kFreeze)))
        out[groupName(word)].frozen = true;
    for (const QString& word : listOf(parser.value(kRates))) {
        const QStringList parts = word.split(QLatin1Char('='));
        bool ok = parts.size() == 2;
        const double factor = ok ? parts[1].toDouble(&ok) : 0.0;
        if (!ok || factor < 0)
            throw CliError(tr("--layer-lr: '%1' is not GROUP=FACTOR with a factor ≥ 0 (e.g. "
                              "0=0.1)")
                               .arg(word));
        out[groupName(parts[0])].rateScale = factor;
    }
    return out;
}

core::Network<double> TransferArguments::transferred(const ArgumentParser& parser,
                                                     const data::Task& task, std::uint64_t seed,
                                                     training::NetworkTransfer::Report* report) {
    session::Session saved;
    QString error;
    if (!training::SessionFile::load(parser.value(kFrom), saved, &error))
        throw CliError(error);
    const int take = int(parser.integer(kTake, 0, 1000, -1));
    try {
        return training::NetworkTransfer::fromSession(
            saved, task, take, addedLayers(parser.value(kAdd)), seed, report);
    } catch (const std::invalid_argument& e) {
        throw CliError(tr("%1: %2").arg(parser.value(kFrom), QString::fromUtf8(e.what())));
    }
}

void TransferArguments::apply(const ArgumentParser& parser, TrainingArguments::Prepared& prepared,
                              QTextStream& out) {
    training::TrainingJob& job = prepared.job;
    if (isTransfer(parser)) {
        training::NetworkTransfer::Report report;
        job.network = transferred(parser, *prepared.task, job.seed, &report);
        if (const std::string problem = prepared.task->checkNetwork(job.network.spec());
            !problem.empty())
            throw CliError(QString::fromStdString(problem));
        out << tr("From %1:").arg(parser.value(kFrom)) << '\n';
        for (const std::string& line : report.lines)
            out << "  " << QString::fromStdString(line) << '\n';
    } else if (parser.isSet(kTake) || parser.isSet(kAdd)) {
        throw CliError(tr("--take and --add-layers need --from SESSION"));
    }
    const core::GroupTrainingMap groups = TransferArguments::groups(parser);
    if (groups.empty())
        return;
    if (const std::string problem = core::ParameterGroups::problem(job.network.spec(), groups);
        !problem.empty())
        throw CliError(QString::fromStdString(problem));
    session::TrainingSettings settings = job.initialSettings();
    settings.groups = groups;
    job.settings = settings;
}

} // namespace cli
