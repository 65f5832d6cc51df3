/**
 * Agreement of the core with PyTorch, without PyTorch: each fixture of tests/data/pytorch
 * (written once by tests/pytorch/make_fixtures.py) is rebuilt as a Network from its config and
 * state_dict, run forward and backward through the MSE over its valid elements, and its outputs,
 * loss, every parameter gradient and the input gradient are compared with torch's.
 *
 * Layouts: PyTorch's batch_first tensors are B×T×F, the core's sequence matrices (T·B)×F with
 * step t in rows t·B … t·B+B−1; weights are rows×cols row-major on both sides, biases n×1 here.
 */
#include "core/network.h"
#include "core/network_executor.h"
#include "core/sequence_batch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <utility>

using core::Index;
template <typename T>
using Matrix = core::Matrix<T>;

namespace {

/** A JSON nested array as its shape and its values in row-major order. */
struct Tensor {
    std::vector<Index> shape;
    std::vector<double> values;

    Index dim(size_t axis) const { return axis < shape.size() ? shape[axis] : 0; }
};

void collect(const QJsonValue& value, std::vector<double>& out) {
    if (!value.isArray()) {
        out.push_back(value.toDouble());
        return;
    }
    for (const QJsonValue& item : value.toArray())
        collect(item, out);
}

/** Throws std::runtime_error when the nesting is not rectangular. */
Tensor tensorOf(const QJsonValue& value, const QString& what) {
    Tensor tensor;
    for (QJsonValue level = value; level.isArray();) {
        const QJsonArray array = level.toArray();
        tensor.shape.push_back(array.size());
        if (array.isEmpty())
            break;
        level = array.first();
    }
    collect(value, tensor.values);
    Index count = 1;
    for (Index extent : tensor.shape)
        count *= extent;
    if (count != Index(tensor.values.size()))
        throw std::runtime_error(what.toStdString() + " is not a rectangular array");
    return tensor;
}

/** A vector as an n×1 matrix, a matrix as itself. */
Matrix<double> matrixOf(const Tensor& tensor) {
    const Index rows = tensor.dim(0);
    const Index cols = tensor.shape.size() > 1 ? tensor.dim(1) : 1;
    return Eigen::Map<const Matrix<double>>(tensor.values.data(), rows, cols);
}

/** B×T×F (batch_first) → (T·B)×F with step t in rows t·B … t·B+B−1. */
Matrix<double> sequenceOf(const Tensor& tensor) {
    const Index batch = tensor.dim(0), steps = tensor.dim(1), features = tensor.dim(2);
    Matrix<double> out(steps * batch, features);
    for (Index b = 0; b < batch; ++b)
        for (Index t = 0; t < steps; ++t)
            for (Index f = 0; f < features; ++f)
                out(t * batch + b, f) = tensor.values[size_t((b * steps + t) * features + f)];
    return out;
}

/** Compares with an error measure |a − e| / max(1, |e|): absolute near zero, relative beyond. */
struct Agreement {
    QString fixture;
    double tolerance = 0.0;
    QString failure; ///< the first disagreement, empty while all agree
    QStringList summary;

    double compare(const QString& what, const Matrix<double>& actual,
                   const Matrix<double>& expected) {
        if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
            fail(QStringLiteral("%1: the core's shape %2×%3 differs from PyTorch's %4×%5")
                     .arg(what)
                     .arg(actual.rows())
                     .arg(actual.cols())
                     .arg(expected.rows())
                     .arg(expected.cols()));
            return std::numeric_limits<double>::infinity();
        }
        double worst = 0.0;
        for (Index r = 0; r < actual.rows(); ++r)
            for (Index c = 0; c < actual.cols(); ++c) {
                const double a = actual(r, c), e = expected(r, c);
                const double error = std::abs(a - e) / std::max(1.0, std::abs(e));
                if (!(error <= tolerance))
                    fail(QStringLiteral("%1(%2, %3): core %4, PyTorch %5, error %6 > %7")
                             .arg(what)
                             .arg(r)
                             .arg(c)
                             .arg(a, 0, 'g', 17)
                             .arg(e, 0, 'g', 17)
                             .arg(error, 0, 'g', 3)
                             .arg(tolerance, 0, 'g', 3));
                worst = std::max(worst, std::isnan(error) ? std::numeric_limits<double>::infinity()
                                                          : error);
            }
        return worst;
    }

    void fail(const QString& message) {
        if (failure.isEmpty())
            failure = fixture + QStringLiteral(": ") + message;
    }
};

core::NetworkSpec specOf(const QJsonObject& config) {
    const std::string cellName = config[QStringLiteral("cell")].toString().toStdString();
    const std::string activationName =
        config[QStringLiteral("activation")].toString().toStdString();
    const auto cell = core::cellKindFromName(cellName);
    const auto activation = core::activationFromName(activationName);
    if (!cell || !activation)
        throw std::runtime_error("unknown cell " + cellName + " or activation " + activationName);
    const QString mode = config[QStringLiteral("mode")].toString();
    if (mode != QStringLiteral("per-step") && mode != QStringLiteral("per-sequence"))
        throw std::runtime_error("unknown mode " + mode.toStdString());

    core::NetworkSpec spec;
    spec.inputSize = config[QStringLiteral("input_size")].toInt();
    spec.outputSize = config[QStringLiteral("output_size")].toInt();
    spec.outputMode = mode == QStringLiteral("per-step") ? core::OutputMode::PerStep
                                                         : core::OutputMode::PerSequence;
    for (int l = 0; l < config[QStringLiteral("num_layers")].toInt(); ++l) {
        core::RecurrentLayerSpec layer;
        layer.cell = *cell;
        layer.hidden = config[QStringLiteral("hidden_size")].toInt();
        layer.bidirectional = config[QStringLiteral("bidirectional")].toBool();
        layer.activation = *activation;
        spec.layers.push_back(layer);
    }
    return spec;
}

/** Copies every state_dict tensor into the network by name; every core parameter must be set. */
template <typename T>
void loadStateDict(core::Network<T>& network, const QJsonObject& stateDict) {
    std::set<std::string> loaded;
    for (auto it = stateDict.begin(); it != stateDict.end(); ++it) {
        const std::string name = it.key().toStdString();
        const Matrix<double> value = matrixOf(tensorOf(it.value(), it.key()));
        const core::ParameterInfo* info = network.find(name);
        if (!info)
            throw std::runtime_error("the core has no parameter " + name);
        if (info->rows != value.rows() || info->cols != value.cols())
            throw std::runtime_error(name + " is " + std::to_string(info->rows) + "×" +
                                     std::to_string(info->cols) + " in the core, " +
                                     std::to_string(value.rows()) + "×" +
                                     std::to_string(value.cols()) + " in PyTorch");
        network.parameter(name) = value.cast<T>();
        loaded.insert(name);
    }
    for (const core::ParameterInfo& info : network.parameterInfos())
        if (!loaded.count(info.name))
            throw std::runtime_error("PyTorch's state_dict has no " + info.name);
}

template <typename T>
core::SequenceBatch<T> batchOf(const QJsonObject& fixture) {
    const Tensor inputs = tensorOf(fixture[QStringLiteral("inputs")], QStringLiteral("inputs"));
    core::SequenceBatch<T> batch;
    batch.batch = inputs.dim(0);
    batch.steps = inputs.dim(1);
    batch.inputs = sequenceOf(inputs).cast<T>();
    for (const QJsonValue& length : fixture[QStringLiteral("lengths")].toArray())
        batch.lengths.push_back(length.toInt());
    if (core::isFullBatch(batch.lengths, batch.steps))
        batch.lengths.clear(); // the common unpadded path
    return batch;
}

/** MSE over the valid elements: L = Σ (ŷ − y)² / N, ∂L/∂ŷ = 2 (ŷ − y) / N, 0 on padded rows. */
struct ValidMse {
    double loss = 0.0;
    Matrix<double> gradient;

    ValidMse(const Matrix<double>& outputs, const Matrix<double>& targets,
             const core::Lengths& lengths, Index batch, bool perStep) {
        Matrix<double> difference = outputs - targets;
        Index validRows = outputs.rows();
        if (perStep && !lengths.empty()) {
            validRows = 0;
            for (Index row = 0; row < outputs.rows(); ++row) {
                if (row / batch < lengths[size_t(row % batch)])
                    ++validRows;
                else
                    difference.row(row).setZero();
            }
        }
        const double count = double(validRows * outputs.cols());
        loss = difference.squaredNorm() / count;
        gradient = 2.0 / count * difference;
    }
};

/** Compares every parameter gradient by name; returns the largest error and where it was. */
template <typename T>
std::pair<double, QString> compareGradients(const core::Network<T>& network,
                                            const Eigen::Ref<const core::Vector<T>>& gradients,
                                            const QJsonObject& expected, Agreement& agreement) {
    std::pair<double, QString> worst{0.0, QString()};
    for (const core::ParameterInfo& info : network.parameterInfos()) {
        const QString name = QString::fromStdString(info.name);
        if (!expected.contains(name)) {
            agreement.fail(QStringLiteral("PyTorch has no gradient of %1").arg(name));
            continue;
        }
        const Matrix<double> actual =
            Eigen::Map<const Matrix<T>>(gradients.data() + info.offset, info.rows, info.cols)
                .template cast<double>();
        const double error = agreement.compare(QStringLiteral("∂L/∂") + name, actual,
                                               matrixOf(tensorOf(expected[name], name)));
        if (error >= worst.first)
            worst = {error, name};
    }
    return worst;
}

/** Runs one fixture in precision T; fills `agreement`. */
template <typename T>
void runFixture(const QJsonObject& fixture, Agreement& agreement) {
    core::Network<T> network(specOf(fixture[QStringLiteral("config")].toObject()));
    loadStateDict(network, fixture[QStringLiteral("state_dict")].toObject());
    const bool perStep = network.spec().outputMode == core::OutputMode::PerStep;
    const auto layout = [perStep](const Tensor& tensor) {
        return perStep ? sequenceOf(tensor) : matrixOf(tensor);
    };
    const core::SequenceBatch<T> batch = batchOf<T>(fixture);

    core::NetworkExecutor<T> executor(network);
    const Matrix<double> outputs = executor.forward(batch).template cast<double>();
    const ValidMse mse(
        outputs, layout(tensorOf(fixture[QStringLiteral("targets")], QStringLiteral("targets"))),
        batch.lengths, batch.batch, perStep);
    executor.zeroGradients();
    executor.backward(mse.gradient.cast<T>());

    const double outputError = agreement.compare(
        QStringLiteral("outputs"), outputs,
        layout(tensorOf(fixture[QStringLiteral("outputs")], QStringLiteral("outputs"))));
    const double lossError = agreement.compare(
        QStringLiteral("loss"), Matrix<double>::Constant(1, 1, mse.loss),
        Matrix<double>::Constant(1, 1, fixture[QStringLiteral("loss")].toDouble()));
    const auto [gradientError, worstParameter] = compareGradients<T>(
        network, executor.gradients(), fixture[QStringLiteral("gradients")].toObject(), agreement);
    const double inputError = agreement.compare(
        QStringLiteral("∂L/∂inputs"), executor.inputGradient().template cast<double>(),
        sequenceOf(
            tensorOf(fixture[QStringLiteral("input_gradient")], QStringLiteral("input_gradient"))));

    agreement.summary
        << QStringLiteral("outputs %1").arg(outputError, 0, 'g', 2)
        << QStringLiteral("loss %1").arg(lossError, 0, 'g', 2)
        << QStringLiteral("gradients %1 (%2)").arg(gradientError, 0, 'g', 2).arg(worstParameter)
        << QStringLiteral("input gradient %1").arg(inputError, 0, 'g', 2);
}

} // namespace

class TestPytorchAgreement : public QObject {
    Q_OBJECT

private slots:
    void agreesWithPyTorch_data();
    void agreesWithPyTorch();
};

void TestPytorchAgreement::agreesWithPyTorch_data() {
    QTest::addColumn<QString>("path");
    const QDir directory(QStringLiteral(LSTM_STUDIO_TEST_DATA "/pytorch"));
    const QStringList files =
        directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no fixtures in ") + directory.path()));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file.chopped(5))) << directory.filePath(file);
}

void TestPytorchAgreement::agreesWithPyTorch() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(document.isObject(), qPrintable(path + QStringLiteral(": ") + error.errorString()));
    const QJsonObject fixture = document.object();

    Agreement agreement;
    agreement.fixture = fixture[QStringLiteral("name")].toString();
    const bool single = fixture[QStringLiteral("dtype")].toString() == QStringLiteral("float32");
    agreement.tolerance = single ? 1e-5 : 1e-10;
    try {
        if (single)
            runFixture<float>(fixture, agreement);
        else
            runFixture<double>(fixture, agreement);
    } catch (const std::exception& exception) {
        agreement.fail(QString::fromStdString(exception.what()));
    }
    QVERIFY2(agreement.failure.isEmpty(), qPrintable(agreement.failure));
    qInfo("%s (%s): max error %s", qPrintable(agreement.fixture), single ? "float32" : "float64",
          qPrintable(agreement.summary.join(QStringLiteral(", "))));
}

QTEST_APPLESS_MAIN(TestPytorchAgreement)

#include "tst_pytorch_agreement.moc"
