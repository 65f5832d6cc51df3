#include "cli/run_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "core/network_executor.h"
#include "training/json_file.h"
#include "training/json_tensor.h"
#include "training/model_file.h"

#include <QJsonArray>
#include <cmath>

namespace cli {

using core::Index;
using training::JsonFile;
using training::JsonTensor;

namespace {

QJsonObject readObject(const QString& path) {
    QString error;
    std::optional<QJsonObject> object = JsonFile::readObject(path, &error);
    if (!object)
        throw CliError(error);
    return *object;
}

core::Lengths readLengths(const QString& path, const QJsonValue& value, Index batch, Index steps) {
    if (value.isUndefined())
        return {};
    std::vector<Index> dims = {batch};
    std::vector<double> numbers;
    QString error;
    if (!JsonTensor::readArray(value, QStringLiteral("lengths"), dims, numbers, &error))
        throw CliError(JsonFile::located(
            path, RunCommand::tr("%1 (one length per sequence of inputs)").arg(error)));
    core::Lengths lengths;
    for (size_t b = 0; b < numbers.size(); ++b) {
        const double length = numbers[b];
        if (length < 1 || length > double(steps) || length != std::floor(length))
            throw CliError(JsonFile::located(
                path, RunCommand::tr("lengths[%1] is %2, expected a whole number from 1 to %3 "
                                     "(the steps of inputs)")
                          .arg(b)
                          .arg(length)
                          .arg(steps)));
        lengths.push_back(Index(length));
    }
    return lengths;
}

} // namespace

QString RunCommand::summary() const {
    return tr("run a model on inputs; with targets, the MSE loss and its gradients");
}

core::SequenceBatch<double> RunCommand::readInputs(const QString& path,
                                                   const core::NetworkSpec& spec) {
    const QJsonObject json = readObject(path);
    if (!json.contains(QLatin1String("inputs")))
        throw CliError(JsonFile::located(path, tr("\"inputs\" is missing (expected {\"inputs\": "
                                                  "batch × steps × features})")));
    QString error;
    std::optional<JsonTensor::Sequences> inputs = JsonTensor::readSequences(
        json.value(QLatin1String("inputs")), QStringLiteral("inputs"), &error);
    if (!inputs)
        throw CliError(JsonFile::located(path, error));
    if (inputs->features != spec.inputSize)
        throw CliError(JsonFile::located(path, tr("inputs have %1 features per step, the model "
                                                  "expects %2")
                                                   .arg(inputs->features)
                                                   .arg(spec.inputSize)));
    core::SequenceBatch<double> batch;
    batch.steps = inputs->steps;
    batch.batch = inputs->batch;
    batch.inputs = std::move(inputs->values);
    batch.lengths =
        readLengths(path, json.value(QLatin1String("lengths")), batch.batch, batch.steps);
    return batch;
}

core::Matrix<double> RunCommand::readTargets(const QString& path, const core::NetworkSpec& spec,
                                             const core::SequenceBatch<double>& batch) {
    const QJsonObject json = readObject(path);
    const bool perStep = spec.outputMode == core::OutputMode::PerStep;
    const QString expected = perStep ? tr("batch × steps × outputs") : tr("batch × outputs");
    if (!json.contains(QLatin1String("targets")))
        throw CliError(JsonFile::located(
            path, tr("\"targets\" is missing (expected {\"targets\": %1})").arg(expected)));
    const QJsonValue value = json.value(QLatin1String("targets"));
    std::vector<Index> dims = perStep
                                  ? std::vector<Index>{batch.batch, batch.steps, spec.outputSize}
                                  : std::vector<Index>{batch.batch, spec.outputSize};
    std::vector<double> numbers;
    QString error;
    if (!JsonTensor::readArray(value, QStringLiteral("targets"), dims, numbers, &error))
        throw CliError(JsonFile::located(
            path,
            tr("%1 (the targets must be %2 = %3 for these inputs and this model)")
                .arg(error, expected,
                     perStep ? QStringLiteral("%1 × %2 × %3")
                                   .arg(batch.batch)
                                   .arg(batch.steps)
                                   .arg(spec.outputSize)
                             : QStringLiteral("%1 × %2").arg(batch.batch).arg(spec.outputSize))));
    if (!perStep)
        return core::ConstMatrixMap<double>(numbers.data(), batch.batch, spec.outputSize);
    core::Matrix<double> targets(batch.steps * batch.batch, spec.outputSize);
    for (Index b = 0; b < batch.batch; ++b)
        for (Index t = 0; t < batch.steps; ++t)
            targets.row(t * batch.batch + b) = core::ConstMatrixMap<double>(
                numbers.data() + (b * batch.steps + t) * spec.outputSize, 1, spec.outputSize);
    return targets;
}

double RunCommand::meanSquaredError(const core::Matrix<double>& outputs,
                                    const core::Matrix<double>& targets,
                                    const core::SequenceBatch<double>& batch, bool perStep,
                                    core::Matrix<double>* dOutputs) {
    // Row r of a per-step output is step r / B of sequence r % B.
    core::Vector<double> valid = core::Vector<double>::Ones(outputs.rows());
    if (perStep && !batch.lengths.empty())
        for (Index r = 0; r < outputs.rows(); ++r)
            valid[r] = r / batch.batch < batch.lengths[size_t(r % batch.batch)] ? 1.0 : 0.0;
    const double count = valid.sum() * double(outputs.cols());
    const core::Matrix<double> difference = (outputs - targets).array().colwise() * valid.array();
    *dOutputs = difference * (2.0 / count);
    return difference.squaredNorm() / count;
}

QJsonObject RunCommand::gradientsJson(const core::Network<double>& network,
                                      const core::Vector<double>& gradients) {
    QJsonObject json;
    for (const core::ParameterInfo& info : network.parameterInfos())
        json.insert(QString::fromStdString(info.name),
                    JsonTensor::writeParameter(info, gradients.data() + info.offset));
    return json;
}

ArgumentParser RunCommand::optionParser() {
    ArgumentParser parser(
        QStringLiteral("run"),
        QStringLiteral("--model MODEL --input X.json [--target Y.json] --dump OUT.json"),
        tr("Runs the model on the inputs of X.json ({\"inputs\": batch × steps × features, "
           "\"lengths\": [optional]}) in double precision and writes {\"outputs\"} to OUT.json; "
           "with Y.json ({\"targets\": batch × steps × outputs, or batch × outputs for a "
           "per-sequence model}) also \"loss\" (the MSE over the valid elements) and "
           "\"gradients\" of every parameter, by PyTorch state_dict name."));
    parser.addOption(QStringLiteral("--model"), QStringLiteral("MODEL"), tr("the model file"));
    parser.addOption(QStringLiteral("--input"), QStringLiteral("X.json"), tr("the inputs"));
    parser.addOption(QStringLiteral("--target"), QStringLiteral("Y.json"),
                     tr("the targets (optional)"));
    parser.addOption(QStringLiteral("--dump"), QStringLiteral("OUT.json"),
                     tr("where to write the results"));
    return parser;
}

int RunCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser = optionParser();
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    const QString modelPath = parser.required(QStringLiteral("--model"));
    const QString inputPath = parser.required(QStringLiteral("--input"));
    const QString dumpPath = parser.required(QStringLiteral("--dump"));
    const QString targetPath = parser.value(QStringLiteral("--target"));

    QString error;
    std::optional<core::Network<double>> network = training::ModelFile::load(modelPath, &error);
    if (!network)
        throw CliError(error);
    const core::NetworkSpec& spec = network->spec();
    if (spec.inputKind != core::InputKind::Features ||
        spec.outputMode == core::OutputMode::SequenceToSequence)
        throw CliError(JsonFile::located(modelPath, tr("run reads feature inputs only; token "
                                                       "and sequence-to-sequence models are "
                                                       "not supported yet")));
    const bool perStep = spec.outputMode == core::OutputMode::PerStep;
    const core::SequenceBatch<double> batch = readInputs(inputPath, spec);
    std::optional<core::Matrix<double>> targets;
    if (!targetPath.isEmpty())
        targets = readTargets(targetPath, spec, batch);

    core::NetworkExecutor<double> executor(*network);
    const core::Matrix<double> outputs = executor.forward(batch);
    if (!outputs.allFinite())
        throw CliError(JsonFile::located(inputPath, tr("the outputs overflow to infinity or NaN "
                                                       "on these inputs")));
    QJsonObject dump;
    dump.insert(QLatin1String("outputs"), perStep ? JsonTensor::writeSequences(outputs, batch.batch)
                                                  : JsonTensor::writeMatrix(outputs));
    if (targets) {
        core::Matrix<double> dOutputs;
        const double loss = meanSquaredError(outputs, *targets, batch, perStep, &dOutputs);
        executor.backward(dOutputs);
        dump.insert(QLatin1String("loss"), loss);
        dump.insert(QLatin1String("gradients"), gradientsJson(*network, executor.gradients()));
    }
    if (!JsonFile::writeObject(dumpPath, dump, &error))
        throw CliError(error);
    return 0;
}

} // namespace cli
