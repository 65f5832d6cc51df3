#include "training/pytorch_export.h"

#include "training/json_file.h"
#include "training/json_tensor.h"
#include "training/pytorch_script.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <exception>

namespace training {

QString PyTorchExport::unsupportedReason(const core::NetworkSpec& spec) {
    return PyTorchScript::unsupportedReason(spec);
}

bool PyTorchExport::exportTo(const core::Network<double>& network, const QString& directory,
                             QString* error) {
    if (const QString reason = unsupportedReason(network.spec()); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    if (QFileInfo(directory).exists() && !QFileInfo(directory).isDir()) {
        *error = JsonFile::located(directory, tr("exists and is not a directory"));
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = JsonFile::located(directory, tr("the directory cannot be created"));
        return false;
    }
    const QDir dir(directory);
    QJsonObject weights;
    for (const core::ParameterInfo& info : network.parameterInfos())
        weights.insert(QString::fromStdString(info.name),
                       JsonTensor::writeParameter(info, network.values().data() + info.offset));
    return JsonFile::writeObject(dir.filePath(QStringLiteral("weights.json")), weights, error) &&
           JsonFile::writeBytes(dir.filePath(QStringLiteral("model.py")),
                                PyTorchScript::generate(network.spec()).toUtf8(), error);
}

bool PyTorchExport::exportTo(const core::NetworkSpec& spec, const core::Vector<float>& weights,
                             const QString& directory, QString* error) {
    if (const QString reason = unsupportedReason(spec); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    try {
        core::Network<double> network(spec);
        if (network.parameterCount() != weights.size()) {
            *error = tr("the network has %1 parameters but %2 weights were given")
                         .arg(network.parameterCount())
                         .arg(weights.size());
            return false;
        }
        network.values() = weights.cast<double>();
        return exportTo(network, directory, error);
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace training
