#include "cli/export_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "training/history_csv.h"
#include "training/json_file.h"
#include "training/model_file.h"
#include "training/pytorch_export.h"
#include "training/session_file.h"
#include "training/trace_csv.h"

#include <QDir>
#include <QFileInfo>

namespace cli {

using training::JsonFile;

namespace {

/** Makes `directory` if needed; throws when it cannot be a directory. */
QDir outputDirectory(const QString& directory) {
    if (QFileInfo(directory).exists() && !QFileInfo(directory).isDir())
        throw CliError(
            JsonFile::located(directory, ExportCommand::tr("exists and is not a directory")));
    if (!QDir().mkpath(directory))
        throw CliError(
            JsonFile::located(directory, ExportCommand::tr("the directory cannot be created")));
    return QDir(directory);
}

} // namespace

QString ExportCommand::summary() const {
    return tr("export a model for PyTorch (model.py, weights.json) or a session's history as CSV");
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(
        name(), QStringLiteral("--model MODEL --format FORMAT -o DIR"),
        tr("With --format pytorch, writes DIR/weights.json (every parameter by its PyTorch "
           "state_dict name, in PyTorch's shape) and DIR/model.py, which defines the same "
           "network as a torch.nn.Module and load() to fill it from weights.json. With --format "
           "csv, MODEL must be a session: writes its history as DIR/epochs.csv (one row an "
           "epoch) and DIR/events.csv (settings changes and events), and its newest probe trace "
           "as DIR/trace.csv (layer,series,unit,step,value)."));
    parser.addOption(QStringLiteral("--model"), QStringLiteral("MODEL"),
                     tr("the model or session file"));
    parser.addOption(QStringLiteral("--format"), QStringLiteral("FORMAT"), tr("pytorch or csv"));
    parser.addOption(QStringLiteral("-o"), QStringLiteral("DIR"),
                     tr("the directory to write (created if needed)"));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    const QString modelPath = parser.required(QStringLiteral("--model"));
    const QString format = parser.required(QStringLiteral("--format"));
    const QString directory = parser.required(QStringLiteral("-o"));
    if (format == QLatin1String("pytorch"))
        exportPyTorch(modelPath, directory, out);
    else if (format == QLatin1String("csv"))
        exportCsv(modelPath, directory, out);
    else
        throw CliError(
            tr("unknown format '%1' for --format (expected pytorch or csv)").arg(format));
    return 0;
}

void ExportCommand::exportPyTorch(const QString& modelPath, const QString& directory,
                                  QTextStream& out) {
    QString error;
    const std::optional<core::Network<double>> network =
        training::ModelFile::load(modelPath, &error);
    if (!network)
        throw CliError(error);
    if (const QString reason = training::PyTorchExport::unsupportedReason(network->spec());
        !reason.isEmpty())
        throw CliError(JsonFile::located(modelPath, reason));
    if (!training::PyTorchExport::exportTo(*network, outputDirectory(directory).path(), &error))
        throw CliError(error);
    out << tr("%1: model.py and weights.json\n").arg(QDir::toNativeSeparators(directory));
}

void ExportCommand::exportCsv(const QString& sessionPath, const QString& directory,
                              QTextStream& out) {
    if (QFileInfo(sessionPath).isFile() && training::SessionFile::formatVersion(sessionPath) == 0)
        throw CliError(JsonFile::located(
            sessionPath, tr("is not a session file: only a session has a history to export")));
    session::Session session;
    QString error;
    if (!training::SessionFile::load(sessionPath, session, &error))
        throw CliError(error);
    const QDir dir = outputDirectory(directory);
    if (!training::HistoryCsv::write(session.history, dir.filePath(QStringLiteral("epochs.csv")),
                                     dir.filePath(QStringLiteral("events.csv")), &error))
        throw CliError(error);
    QString written = tr("%1: epochs.csv, events.csv").arg(QDir::toNativeSeparators(directory));
    const auto& traces = session.history.traces();
    if (!traces.empty()) {
        const session::ProbeTrace& newest = *traces.rbegin()->second;
        if (!training::TraceCsv::write(newest, dir.filePath(QStringLiteral("trace.csv")), &error))
            throw CliError(error);
        written += tr(", trace.csv (epoch %1, step %2, validation sequence %3)")
                       .arg(traces.rbegin()->first)
                       .arg(newest.step)
                       .arg(newest.sequence);
    }
    out << written << QLatin1Char('\n');
}

} // namespace cli
