// training::ModelFile: a save and a load give back the identical network, bit for bit, for every
// kind of network; a file that is wrong in any way is refused with a message saying where.
#include "core/network_initializer.h"
#include "training/json_file.h"
#include "training/model_file.h"
#include "training/network_spec_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using core::Activation;
using core::CellKind;
using core::NetworkSpec;
using core::OutputMode;

Q_DECLARE_METATYPE(core::NetworkSpec)

namespace {

NetworkSpec stack(CellKind cell, int layers, bool bidirectional, OutputMode mode,
                  Activation activation = Activation::Tanh) {
    NetworkSpec spec;
    spec.inputSize = 3;
    spec.outputSize = 2;
    spec.outputMode = mode;
    for (int l = 0; l < layers; ++l)
        spec.layers.push_back(
            {cell, 4 + l, bidirectional, activation, l + 1 < layers ? 0.25 : 0.0});
    return spec;
}

bool sameBits(const core::Vector<double>& a, const core::Vector<double>& b) {
    return a.size() == b.size() &&
           std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(double)) == 0;
}

QJsonObject smallModelJson() {
    core::Network<double> network(stack(CellKind::Lstm, 1, false, OutputMode::PerStep));
    core::NetworkInitializer::initialize(network, core::InitOptions{}, 3);
    return training::ModelFile::toJson(network);
}

/** `json` with the value at the dotted path (object keys, or array indices) replaced or removed. */
QJsonValue edited(const QJsonValue& json, QStringList path, const QJsonValue& value) {
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (json.isArray()) {
        QJsonArray array = json.toArray();
        array[key.toInt()] = edited(array.at(key.toInt()), path, value);
        return array;
    }
    QJsonObject object = json.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, edited(object.value(key), path, value));
    return object;
}

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTripIsBitIdentical_data();
    void roundTripIsBitIdentical();
    void parameterCountMatchesNetwork_data() { roundTripIsBitIdentical_data(); }
    void parameterCountMatchesNetwork();
    void anyFiniteDoubleRoundTrips();
    void specFieldsHaveDefaults();
    void loadErrors_data();
    void loadErrors();
    void loadNamesTheFile();
    void readerRefusesFilesOverTheCap();
    void saveRefusesNonFiniteValues();

private:
    QTemporaryDir m_dir;
};

void TestModelFile::roundTripIsBitIdentical_data() {
    QTest::addColumn<NetworkSpec>("spec");
    for (CellKind cell : {CellKind::Rnn, CellKind::Lstm, CellKind::PeepholeLstm, CellKind::Gru}) {
        const std::string name = core::cellKindName(cell);
        QTest::newRow(name.c_str()) << stack(cell, 1, false, OutputMode::PerStep);
        QTest::newRow((name + " stacked bidirectional").c_str())
            << stack(cell, 3, true, OutputMode::PerStep);
        QTest::newRow((name + " per-sequence").c_str())
            << stack(cell, 2, false, OutputMode::PerSequence);
    }
    QTest::newRow("rnn relu") << stack(CellKind::Rnn, 2, true, OutputMode::PerStep,
                                       Activation::Relu);
    NetworkSpec mixed = stack(CellKind::Lstm, 1, true, OutputMode::PerSequence);
    mixed.layers.push_back({CellKind::Gru, 5, false, Activation::Tanh, 0.0});
    QTest::newRow("mixed stack") << mixed;
    NetworkSpec attention = stack(CellKind::Gru, 1, true, OutputMode::PerSequence);
    attention.attention = core::AttentionKind::Additive;
    attention.attentionSize = 6;
    QTest::newRow("additive attention") << attention;
    NetworkSpec tokens = stack(CellKind::Lstm, 1, false, OutputMode::PerStep);
    tokens.inputKind = core::InputKind::Tokens;
    tokens.inputSize = 7;
    tokens.embeddingSize = 3;
    QTest::newRow("token input") << tokens;
    NetworkSpec seq2seq = tokens;
    seq2seq.outputMode = OutputMode::SequenceToSequence;
    seq2seq.attention = core::AttentionKind::Dot;
    seq2seq.decoderVocabulary = 5;
    seq2seq.decoderEmbeddingSize = 2;
    QTest::newRow("sequence to sequence") << seq2seq;
}

void TestModelFile::roundTripIsBitIdentical() {
    QFETCH(NetworkSpec, spec);
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions{}, 42);
    const QString path = m_dir.filePath(QStringLiteral("model.json"));
    QString error;
    QVERIFY2(training::ModelFile::save(network, path, &error), qPrintable(error));

    const std::optional<core::Network<double>> loaded = training::ModelFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(training::NetworkSpecJson::toJson(loaded->spec()),
             training::NetworkSpecJson::toJson(spec));
    QCOMPARE(loaded->parameterInfos().size(), network.parameterInfos().size());
    QVERIFY(sameBits(loaded->values(), network.values()));

    // Saving what was loaded writes the same bytes.
    QFile first(path);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    first.close();
    QVERIFY2(training::ModelFile::save(*loaded, path, &error), qPrintable(error));
    QFile second(path);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), bytes);
}

void TestModelFile::parameterCountMatchesNetwork() {
    QFETCH(NetworkSpec, spec);
    QCOMPARE(training::ModelFile::parameterCount(spec),
             double(core::Network<double>(spec).parameterCount()));
}

void TestModelFile::anyFiniteDoubleRoundTrips() {
    // Random bit patterns cover every exponent, subnormals included; then the edge values.
    core::Network<double> network(stack(CellKind::Gru, 2, true, OutputMode::PerStep));
    std::mt19937_64 generator(1);
    core::Vector<double>& values = network.values();
    for (core::Index i = 0; i < values.size(); ++i) {
        double value = std::numeric_limits<double>::quiet_NaN();
        while (!std::isfinite(value))
            value = std::bit_cast<double>(generator());
        values[i] = value;
    }
    const double edges[] = {0.0,
                            -0.0,
                            0.1,
                            1.0 / 3.0,
                            std::numeric_limits<double>::denorm_min(),
                            -std::numeric_limits<double>::min(),
                            std::numeric_limits<double>::max(),
                            std::numeric_limits<double>::lowest(),
                            9007199254740993.0,
                            std::nextafter(1.0, 2.0)};
    for (size_t i = 0; i < std::size(edges); ++i)
        values[core::Index(i)] = edges[i];
    const QString path = m_dir.filePath(QStringLiteral("bits.json"));
    QString error;
    QVERIFY2(training::ModelFile::save(network, path, &error), qPrintable(error));
    const std::optional<core::Network<double>> loaded = training::ModelFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    // Identical bits, except that QJsonDocument writes −0 as 0: the sign of a zero is lost.
    QCOMPARE(loaded->values()[1], 0.0);
    values[1] = 0.0;
    QVERIFY(sameBits(loaded->values(), network.values()));
}

void TestModelFile::specFieldsHaveDefaults() {
    const QJsonObject json{{QStringLiteral("inputSize"), 2},
                           {QStringLiteral("outputSize"), 1},
                           {QStringLiteral("outputMode"), QStringLiteral("per-sequence")},
                           {QStringLiteral("layers"),
                            QJsonArray{QJsonObject{{QStringLiteral("cell"), QStringLiteral("gru")},
                                                   {QStringLiteral("hidden"), 5}}}}};
    QString error;
    const std::optional<NetworkSpec> spec = training::NetworkSpecJson::fromJson(json, &error);
    QVERIFY2(spec, qPrintable(error));
    NetworkSpec expected;
    expected.inputSize = 2;
    expected.outputMode = OutputMode::PerSequence;
    expected.layers = {{CellKind::Gru, 5, false, Activation::Tanh, 0.0}};
    QCOMPARE(training::NetworkSpecJson::toJson(*spec), training::NetworkSpecJson::toJson(expected));
}

void TestModelFile::loadErrors_data() {
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const QString& path, const QJsonValue& value,
                        const QString& message) {
        QTest::newRow(name) << path.split(QLatin1Char('.')) << value << message;
    };
    const QJsonValue remove(QJsonValue::Undefined);
    row("no format", QStringLiteral("format"), remove,
        QStringLiteral("not an LSTM Studio model (\"format\" must be \"lstm-studio-model\")"));
    row("version as text", QStringLiteral("version"), QStringLiteral("1"),
        QStringLiteral("\"version\" must be a whole number of at least 1"));
    row("fractional version", QStringLiteral("version"), 1.5,
        QStringLiteral("\"version\" must be a whole number of at least 1"));
    row("newer version", QStringLiteral("version"), 3,
        QStringLiteral("made by a newer LSTM Studio (model format version 3; this version reads "
                       "up to 1)"));
    row("no spec", QStringLiteral("spec"), remove,
        QStringLiteral("\"spec\" is missing or not an object"));
    row("no layers", QStringLiteral("spec.layers"), remove, QStringLiteral("spec.layers: missing"));
    row("no layer", QStringLiteral("spec.layers"), QJsonArray(),
        QStringLiteral("spec: the network has no recurrent layer"));
    row("unknown cell", QStringLiteral("spec.layers.0.cell"), QStringLiteral("lstm2"),
        QStringLiteral("spec.layers[0].cell: expected one of rnn, lstm, peephole, gru"));
    row("fractional size", QStringLiteral("spec.layers.0.hidden"), 2.5,
        QStringLiteral("spec.layers[0].hidden: expected a whole number from 0 to 16777216"));
    row("negative size", QStringLiteral("spec.inputSize"), -1,
        QStringLiteral("spec.inputSize: expected a whole number from 0 to 16777216"));
    row("flag as text", QStringLiteral("spec.layers.0.bidirectional"), QStringLiteral("yes"),
        QStringLiteral("spec.layers[0].bidirectional: expected true or false"));
    row("unknown layer field", QStringLiteral("spec.layers.0.peepholes"), true,
        QStringLiteral("spec.layers[0].peepholes: unknown field"));
    row("unknown output mode", QStringLiteral("spec.outputMode"), QStringLiteral("per-token"),
        QStringLiteral("spec.outputMode: expected one of per-step, per-sequence, "
                       "sequence-to-sequence"));
    row("relu on an lstm", QStringLiteral("spec.layers.0.activation"), QStringLiteral("relu"),
        QStringLiteral("spec: layer 1: only a plain RNN takes the ReLU activation"));
    row("no parameters", QStringLiteral("parameters"), remove,
        QStringLiteral("\"parameters\" is missing or not an object"));
    row("missing parameter", QStringLiteral("parameters.head.weight"), remove,
        QStringLiteral("parameter head.weight is missing"));
    row("bias as a matrix", QStringLiteral("parameters.rnn.bias_ih_l0"),
        QJsonArray{QJsonArray{1.0}},
        QStringLiteral(
            "rnn.bias_ih_l0 has 1 entries, expected 16 (the parameter's shape is [16])"));
    row("weight as a vector", QStringLiteral("parameters.head.weight"), QJsonArray{1.0, 2.0},
        QStringLiteral("head.weight[0] is a number, expected an array"));
    row("short row", QStringLiteral("parameters.rnn.weight_ih_l0.3"), QJsonArray{1.0, 2.0},
        QStringLiteral("rnn.weight_ih_l0[3] has 2 entries, expected 3 (the parameter's shape is "
                       "[16, 3])"));
    row("text value", QStringLiteral("parameters.rnn.weight_hh_l0.0.1"), QStringLiteral("0.5"),
        QStringLiteral("rnn.weight_hh_l0[0][1] is a string, expected a number"));
}

void TestModelFile::loadErrors() {
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    // State-dict names hold dots: rejoin "parameters.rnn.bias_ih_l0" into two keys.
    if (path.size() > 2 && path.first() == QLatin1String("parameters")) {
        path[1] = path[1] + QLatin1Char('.') + path[2];
        path.removeAt(2);
    }
    const QJsonObject json = edited(smallModelJson(), path, value).toObject();
    QString error;
    QVERIFY(!training::ModelFile::fromJson(json, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestModelFile::loadNamesTheFile() {
    const QString path = m_dir.filePath(QStringLiteral("newer.json"));
    QJsonObject json = smallModelJson();
    json.insert(QStringLiteral("version"), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    QString error;
    QVERIFY(!training::ModelFile::load(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": made by a newer LSTM Studio")),
             qPrintable(error));
}

void TestModelFile::readerRefusesFilesOverTheCap() {
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100, ' ') + "{}");
    file.close();
    QString error;
    QVERIFY(!training::JsonFile::readObject(path, &error, 64));
    QCOMPARE(error,
             path + QStringLiteral(": the file is larger than 64 bytes, the most this reads"));
    QVERIFY2(training::JsonFile::readObject(path, &error, 102), qPrintable(error));
}

void TestModelFile::saveRefusesNonFiniteValues() {
    core::Network<double> network(stack(CellKind::Rnn, 1, false, OutputMode::PerStep));
    network.parameter("rnn.weight_hh_l0")(1, 2) = std::numeric_limits<double>::infinity();
    const QString path = m_dir.filePath(QStringLiteral("infinite.json"));
    QString error;
    QVERIFY(!training::ModelFile::save(network, path, &error));
    QVERIFY2(error.contains(QStringLiteral("rnn.weight_hh_l0 holds a value that is not finite")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_model_file.moc"
