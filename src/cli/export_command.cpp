#include "cli/export_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "cli/pytorch_script.h"
#include "training/json_file.h"
#include "training/json_tensor.h"
#include "training/model_file.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace cli {

using training::JsonFile;

QString ExportCommand::summary() const {
    return tr("export a model for another framework (PyTorch: model.py and weights.json)");
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(
        name(), QStringLiteral("--model MODEL --format pytorch -o DIR"),
        tr("Writes DIR/weights.json (every parameter by its PyTorch state_dict name, in "
           "PyTorch's shape) and DIR/model.py, which defines the same network as a "
           "torch.nn.Module and load() to fill it from weights.json."));
    parser.addOption(QStringLiteral("--model"), QStringLiteral("MODEL"), tr("the model file"));
    parser.addOption(QStringLiteral("--format"), QStringLiteral("FORMAT"), tr("pytorch"));
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
    if (format != QLatin1String("pytorch"))
        throw CliError(tr("unknown format '%1' for --format (expected pytorch)").arg(format));

    QString error;
    const std::optional<core::Network<double>> network =
        training::ModelFile::load(modelPath, &error);
    if (!network)
        throw CliError(error);
    if (const QString reason = PyTorchScript::unsupportedReason(network->spec()); !reason.isEmpty())
        throw CliError(JsonFile::located(modelPath, reason));

    if (QFileInfo(directory).exists() && !QFileInfo(directory).isDir())
        throw CliError(JsonFile::located(directory, tr("exists and is not a directory")));
    if (!QDir().mkpath(directory))
        throw CliError(JsonFile::located(directory, tr("the directory cannot be created")));
    const QDir dir(directory);

    QJsonObject weights;
    for (const core::ParameterInfo& info : network->parameterInfos())
        weights.insert(
            QString::fromStdString(info.name),
            training::JsonTensor::writeParameter(info, network->values().data() + info.offset));
    if (!JsonFile::writeObject(dir.filePath(QStringLiteral("weights.json")), weights, &error) ||
        !JsonFile::writeBytes(dir.filePath(QStringLiteral("model.py")),
                              PyTorchScript::generate(network->spec()).toUtf8(), &error))
        throw CliError(error);
    out << tr("%1: model.py and weights.json\n").arg(QDir::toNativeSeparators(directory));
    return 0;
}

} // namespace cli
