#include "training/model_file.h"

#include "training/json_file.h"
#include "training/json_tensor.h"
#include "training/network_spec_json.h"
#include "training/session_file.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <exception>

namespace training {

namespace {

const QLatin1String kFormatKey("format");
const QLatin1String kFormatTag("lstm-studio-model");
const QLatin1String kVersionKey("version");
const QLatin1String kSpecKey("spec");
const QLatin1String kParametersKey("parameters");
/** Networks up to this many values (8 MiB) are built before their parameters are counted. */
constexpr qint64 kAlwaysBuilt = qint64(1) << 20;

/** The recurrent weights of one direction of a layer reading `input` features. */
double layerParameterCount(core::CellKind cell, double input, double hidden) {
    const double gates = core::gateCount(cell);
    const double peepholes = cell == core::CellKind::PeepholeLstm ? 3 * hidden : 0;
    return gates * hidden * (input + hidden) + 2 * gates * hidden + peepholes;
}

} // namespace

double ModelFile::parameterCount(const core::NetworkSpec& spec) {
    double count = 0;
    double width = double(spec.inputSize);
    if (spec.inputKind == core::InputKind::Tokens) {
        count += double(spec.inputSize) * double(spec.embeddingSize);
        width = double(spec.embeddingSize);
    }
    for (const core::RecurrentLayerSpec& layer : spec.layers) {
        const double directions = layer.bidirectional ? 2 : 1;
        count += directions * layerParameterCount(layer.cell, width, double(layer.hidden));
        width = directions * double(layer.hidden);
    }
    if (spec.attention == core::AttentionKind::Additive)
        count += double(spec.attentionSize) * (2 * width + 2);
    if (spec.outputMode == core::OutputMode::SequenceToSequence && !spec.layers.empty()) {
        count += double(spec.decoderVocabulary) * double(spec.decoderEmbeddingSize);
        count +=
            layerParameterCount(spec.layers.back().cell, double(spec.decoderEmbeddingSize), width);
    }
    count += double(spec.outputSize) * (double(spec.headInputSize()) + 1);
    return count;
}

QJsonObject ModelFile::toJson(const core::Network<double>& network) {
    QJsonObject parameters;
    for (const core::ParameterInfo& info : network.parameterInfos())
        parameters.insert(QString::fromStdString(info.name),
                          JsonTensor::writeParameter(info, network.values().data() + info.offset));
    return QJsonObject{{kFormatKey, kFormatTag},
                       {kVersionKey, kVersion},
                       {kSpecKey, NetworkSpecJson::toJson(network.spec())},
                       {kParametersKey, parameters}};
}

namespace {

/** Empty when the format tag and version are ones this reads, else the problem. */
QString headerProblem(const QJsonObject& json) {
    if (json.value(kFormatKey).toString() != kFormatTag)
        return ModelFile::tr("not an LSTM Studio model (\"format\" must be \"%1\")")
            .arg(kFormatTag);
    const QJsonValue versionValue = json.value(kVersionKey);
    const double version = versionValue.toDouble(-1.0);
    if (!versionValue.isDouble() || version < 1 || version != std::floor(version))
        return ModelFile::tr("\"version\" must be a whole number of at least 1");
    if (version > ModelFile::kVersion)
        return ModelFile::tr("made by a newer LSTM Studio (model format version %1; this version "
                             "reads up to %2)")
            .arg(version)
            .arg(ModelFile::kVersion);
    if (!json.value(kSpecKey).isObject())
        return ModelFile::tr("\"spec\" is missing or not an object");
    if (!json.value(kParametersKey).isObject())
        return ModelFile::tr("\"parameters\" is missing or not an object");
    return {};
}

/** Fills every parameter of `network` from `parameters`, which must hold exactly those. */
bool readParameters(const QJsonObject& parameters, core::Network<double>& network, QString* error) {
    for (const core::ParameterInfo& info : network.parameterInfos()) {
        const QString name = QString::fromStdString(info.name);
        if (!parameters.contains(name)) {
            *error = ModelFile::tr("parameter %1 is missing").arg(name);
            return false;
        }
        if (!JsonTensor::readParameter(parameters.value(name), info,
                                       network.values().data() + info.offset, error))
            return false;
    }
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        if (!network.find(it.key().toStdString())) {
            *error = ModelFile::tr("unknown parameter %1 (this network has no such tensor)")
                         .arg(it.key());
            return false;
        }
    return true;
}

} // namespace

std::optional<core::Network<double>> ModelFile::fromJson(const QJsonObject& json, QString* error) {
    if (const QString problem = headerProblem(json); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const std::optional<core::NetworkSpec> spec =
        NetworkSpecJson::fromJson(json.value(kSpecKey).toObject(), error);
    if (!spec)
        return std::nullopt;
    const QJsonObject parameters = json.value(kParametersKey).toObject();

    // Allocate no more than the file holds: a spec with absurd sizes is refused here. Small
    // networks are built anyway, so that readParameters() can name the tensor at fault.
    const double needed = parameterCount(*spec);
    const qint64 held = JsonTensor::countNumbers(parameters);
    if (needed > double(std::max(held, kAlwaysBuilt))) {
        *error = tr("the spec needs %1 parameter values but \"parameters\" holds only %2")
                     .arg(needed, 0, 'f', 0)
                     .arg(held);
        return std::nullopt;
    }
    try {
        core::Network<double> network(*spec);
        if (!readParameters(parameters, network, error))
            return std::nullopt;
        return network;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

std::optional<core::Network<double>> ModelFile::load(const QString& path, QString* error) {
    if (SessionFile::formatVersion(path) > 0) { // a session: its network as trained
        session::Session saved;
        if (!SessionFile::load(path, saved, error))
            return std::nullopt;
        core::Network<double> network(saved.spec);
        network.values() = saved.weights.cast<double>();
        return network;
    }
    const std::optional<QJsonObject> json = JsonFile::readObject(path, error, kMaxBytes);
    if (!json)
        return std::nullopt;
    std::optional<core::Network<double>> network = fromJson(*json, error);
    if (!network)
        *error = JsonFile::located(path, *error);
    return network;
}

bool ModelFile::save(const core::Network<double>& network, const QString& path, QString* error) {
    const core::Vector<double>& values = network.values();
    for (const core::ParameterInfo& info : network.parameterInfos())
        if (!values.segment(info.offset, info.size()).allFinite()) {
            *error = JsonFile::located(path, tr("parameter %1 holds a value that is not finite, "
                                                "which JSON cannot store")
                                                 .arg(QString::fromStdString(info.name)));
            return false;
        }
    const QByteArray bytes = QJsonDocument(toJson(network)).toJson(QJsonDocument::Compact);
    if (bytes.size() > kMaxBytes) {
        *error = JsonFile::located(path, tr("the model would take %1 MiB, more than the %2 MiB a "
                                            "model file may hold")
                                             .arg(bytes.size() >> 20)
                                             .arg(kMaxBytes >> 20));
        return false;
    }
    return JsonFile::writeBytes(path, bytes, error);
}

} // namespace training
