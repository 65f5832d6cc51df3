// lstm-studio-cli as a user runs it: the built binary through QProcess. `new` → `run` results are
// compared with the core's executor called directly, a hand computation and central finite
// differences; `export` writes the script and the weights. (Mistakes: tst_cli_errors.cpp.)
#include "cli/run_command.h"
#include "cli_process.h"
#include "core/network_executor.h"
#include "training/json_tensor.h"
#include "training/model_file.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using clitest::args;
using clitest::at;
using clitest::randomSequences;
using core::Index;
using core::Matrix;

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void usageWithoutCommand();
    void helpOfEachCommand_data();
    void helpOfEachCommand();
    void newThenRunMatchesExecutor_data() { addModelRows(); }
    void newThenRunMatchesExecutor();
    void runMatchesHandComputation();
    void gradientsMatchFiniteDifferences_data() { addModelRows(); }
    void gradientsMatchFiniteDifferences();
    void exportWritesScriptAndWeights_data();
    void exportWritesScriptAndWeights();

private:
    clitest::CliResult cli(const QStringList& arguments) const {
        return clitest::runCli(m_dir.path(), arguments);
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    static void addModelRows();
    /** `new` for the row's network; 2 inputs, `hidden` units, one or two outputs. */
    QStringList newArguments(Index hidden, Index outputs, const char* file) const;
    /** `run` on the files, the dump read back; fails the test when the CLI does. */
    QJsonObject runAndDump(const char* model, const char* inputs, const char* targets);
    /** The network in `model`, read in process. */
    core::Network<double> load(const char* model) const;
    static core::SequenceBatch<double> batchOf(const QJsonArray& inputs,
                                               const core::Lengths& lengths);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase() {
    if (QStringLiteral(LSTM_STUDIO_CLI).isEmpty())
        QSKIP("lstm-studio-cli is not built");
    QVERIFY(m_dir.isValid());
}

void TestCli::usageWithoutCommand() {
    const clitest::CliResult result = cli({});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: lstm-studio-cli"));
    for (const char* command : {"  new ", "  run ", "  export "})
        QVERIFY(result.out.contains(command));
    QVERIFY(result.err.isEmpty());
}

void TestCli::helpOfEachCommand_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("new") << QStringLiteral("new") << QByteArray("--per-sequence");
    QTest::newRow("run") << QStringLiteral("run") << QByteArray("--target Y.json");
    QTest::newRow("export") << QStringLiteral("export") << QByteArray("--format FORMAT");
}

void TestCli::helpOfEachCommand() {
    QFETCH(QString, command);
    QFETCH(QByteArray, mentions);
    const clitest::CliResult result = cli({command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: lstm-studio-cli " + command.toUtf8()));
    QVERIFY(result.out.contains(mentions));
}

void TestCli::addModelRows() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<bool>("perSequence");
    QTest::addColumn<bool>("padded");
    const auto row = [](const char* name, const char* cell, int layers, bool bidirectional,
                        bool perSequence, bool padded) {
        QTest::newRow(name) << QString::fromUtf8(cell) << layers << bidirectional << perSequence
                            << padded;
    };
    row("rnn", "rnn", 1, false, false, false);
    row("lstm", "lstm", 1, false, false, false);
    row("gru per-sequence", "gru", 1, false, true, false);
    row("peephole padded", "peephole", 1, false, false, true);
    row("lstm 2 layers bidirectional padded", "lstm", 2, true, false, true);
    row("gru 2 layers bidirectional per-sequence padded", "gru", 2, true, true, true);
    row("peephole bidirectional per-sequence", "peephole", 1, true, true, false);
}

QStringList TestCli::newArguments(Index hidden, Index outputs, const char* file) const {
    QFETCH(QString, cell);
    QFETCH(int, layers);
    QFETCH(bool, bidirectional);
    QFETCH(bool, perSequence);
    QStringList arguments = args("new --input 2 --seed 11 --cell") << cell;
    arguments << QStringLiteral("--hidden") << QString::number(hidden) << QStringLiteral("--layers")
              << QString::number(layers) << QStringLiteral("--output") << QString::number(outputs)
              << QStringLiteral("-o") << QString::fromUtf8(file);
    if (bidirectional)
        arguments << QStringLiteral("--bidirectional");
    if (perSequence)
        arguments << QStringLiteral("--per-sequence");
    return arguments;
}

QJsonObject TestCli::runAndDump(const char* model, const char* inputs, const char* targets) {
    QStringList arguments = args("run --dump out.json --model");
    arguments << QString::fromUtf8(model) << QStringLiteral("--input") << QString::fromUtf8(inputs)
              << QStringLiteral("--target") << QString::fromUtf8(targets);
    const clitest::CliResult run = cli(arguments);
    [&] {
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }();
    return clitest::readJson(path("out.json"));
}

core::Network<double> TestCli::load(const char* model) const {
    QString error;
    std::optional<core::Network<double>> network = training::ModelFile::load(path(model), &error);
    if (!network)
        qFatal("%s", qPrintable(error));
    return std::move(*network);
}

core::SequenceBatch<double> TestCli::batchOf(const QJsonArray& inputs,
                                             const core::Lengths& lengths) {
    // Batch-first JSON to the time-major rows of types.h, independently of JsonTensor.
    core::SequenceBatch<double> batch;
    batch.batch = inputs.size();
    batch.steps = inputs.at(0).toArray().size();
    batch.lengths = lengths;
    const Index features = inputs.at(0).toArray().at(0).toArray().size();
    batch.inputs.resize(batch.steps * batch.batch, features);
    for (Index b = 0; b < batch.batch; ++b)
        for (Index t = 0; t < batch.steps; ++t)
            for (Index f = 0; f < features; ++f)
                batch.inputs(t * batch.batch + b, f) = at(inputs, {b, t, f});
    return batch;
}

void TestCli::newThenRunMatchesExecutor() {
    QFETCH(bool, perSequence);
    QFETCH(bool, padded);
    const Index batchSize = 3, steps = 4, outputs = 2;
    QCOMPARE(cli(newArguments(3, outputs, "m.json")).exitCode, 0);
    const QJsonArray inputs = randomSequences(batchSize, steps, 2, 3);
    const QJsonArray targets = perSequence ? randomSequences(1, batchSize, outputs, 4)[0].toArray()
                                           : randomSequences(batchSize, steps, outputs, 4);
    const core::Lengths lengths = padded ? core::Lengths{4, 2, 3} : core::Lengths{};
    QJsonObject x{{QStringLiteral("inputs"), inputs}};
    if (padded)
        x.insert(QStringLiteral("lengths"), QJsonArray{4, 2, 3});
    QVERIFY(clitest::writeJson(path("in.json"), x));
    QVERIFY(clitest::writeJson(path("target.json"), {{QStringLiteral("targets"), targets}}));
    const QJsonObject dump = runAndDump("m.json", "in.json", "target.json");
    QVERIFY(!QTest::currentTestFailed());

    // The documented shapes.
    QString error;
    std::vector<Index> dims = perSequence ? std::vector<Index>{batchSize, outputs}
                                          : std::vector<Index>{batchSize, steps, outputs};
    std::vector<double> values;
    const QJsonValue dumped = dump.value(QStringLiteral("outputs"));
    QVERIFY2(
        training::JsonTensor::readArray(dumped, QStringLiteral("outputs"), dims, values, &error),
        qPrintable(error));

    // The same network, batch and loss gradient through the core's executor, in process.
    const core::Network<double> network = load("m.json");
    const core::SequenceBatch<double> batch = batchOf(inputs, lengths);
    core::NetworkExecutor<double> executor(network);
    const Matrix<double> expected = executor.forward(batch);
    Matrix<double> dOutputs = Matrix<double>::Zero(expected.rows(), expected.cols());
    double squares = 0.0, count = 0.0;
    for (Index r = 0; r < expected.rows(); ++r) {
        const Index b = perSequence ? r : r % batchSize, t = perSequence ? 0 : r / batchSize;
        const bool valid = perSequence || lengths.empty() || t < lengths[size_t(b)];
        for (Index o = 0; o < outputs; ++o) {
            const double produced = perSequence ? at(dumped, {b, o}) : at(dumped, {b, t, o});
            QCOMPARE(produced, expected(r, o));
            if (!valid) { // padded steps give the head's bias
                QCOMPARE(produced, network.parameter("head.bias")(o, 0));
                continue;
            }
            const double target = perSequence ? at(targets, {b, o}) : at(targets, {b, t, o});
            squares += (produced - target) * (produced - target);
            dOutputs(r, o) = produced - target;
            count += 1.0;
        }
    }
    QVERIFY(qAbs(dump.value(QStringLiteral("loss")).toDouble() - squares / count) < 1e-14);
    executor.backward(dOutputs * (2.0 / count));

    const QJsonObject gradients = dump.value(QStringLiteral("gradients")).toObject();
    QCOMPARE(gradients.size(), qsizetype(network.parameterInfos().size()));
    for (const core::ParameterInfo& info : network.parameterInfos()) {
        std::vector<double> gradient(size_t(info.size()));
        QVERIFY2(
            training::JsonTensor::readParameter(gradients.value(QString::fromStdString(info.name)),
                                                info, gradient.data(), &error),
            qPrintable(error));
        for (Index i = 0; i < info.size(); ++i)
            QVERIFY2(qAbs(gradient[size_t(i)] - executor.gradients()[info.offset + i]) < 1e-13,
                     info.name.c_str());
    }
}

void TestCli::runMatchesHandComputation() {
    // A one-unit tanh RNN and a one-output head over two steps:
    //   h_t = tanh(w x_t + b_ih + u h_{t−1} + b_hh),  ŷ_t = v h_t + c,  L = Σ_t (ŷ_t − y_t)² / 2
    const double w = 0.5, u = -0.3, bih = 0.1, bhh = 0.05, v = 2.0, c = -1.0;
    const double x1 = 1.0, x2 = 2.0, y1 = 0.5, y2 = 1.0;
    const QJsonObject model = QJsonDocument::fromJson(R"({
        "format": "lstm-studio-model", "version": 1,
        "spec": {"inputSize": 1, "outputSize": 1, "outputMode": "per-step",
                 "layers": [{"cell": "rnn", "hidden": 1}]},
        "parameters": {"rnn.weight_ih_l0": [[0.5]], "rnn.weight_hh_l0": [[-0.3]],
                       "rnn.bias_ih_l0": [0.1], "rnn.bias_hh_l0": [0.05],
                       "head.weight": [[2.0]], "head.bias": [-1.0]}})")
                                  .object();
    QVERIFY(clitest::writeJson(path("hand.json"), model));
    QVERIFY(clitest::writeFile(path("hand_x.json"), R"({"inputs": [[[1.0], [2.0]]]})"));
    QVERIFY(clitest::writeFile(path("hand_y.json"), R"({"targets": [[[0.5], [1.0]]]})"));
    const QJsonObject dump = runAndDump("hand.json", "hand_x.json", "hand_y.json");
    QVERIFY(!QTest::currentTestFailed());

    const double h1 = std::tanh(w * x1 + bih + bhh);
    const double h2 = std::tanh(w * x2 + bih + u * h1 + bhh);
    const double o1 = v * h1 + c, o2 = v * h2 + c;
    const double d1 = o1 - y1, d2 = o2 - y2; // ∂L/∂ŷ_t = 2(ŷ_t − y_t)/2
    const double da2 = d2 * v * (1 - h2 * h2);
    const double da1 = (d1 * v + da2 * u) * (1 - h1 * h1);
    const QJsonValue outputs = dump.value(QStringLiteral("outputs"));
    const QJsonObject gradients = dump.value(QStringLiteral("gradients")).toObject();
    const auto gradient = [&](const char* name) {
        const QJsonValue value = gradients.value(QLatin1String(name));
        return value[0].isArray() ? at(value, {0, 0}) : at(value, {0});
    };
    const double tolerance = 1e-14;
    QVERIFY(qAbs(at(outputs, {0, 0, 0}) - o1) < tolerance);
    QVERIFY(qAbs(at(outputs, {0, 1, 0}) - o2) < tolerance);
    QVERIFY(qAbs(dump.value(QStringLiteral("loss")).toDouble() - (d1 * d1 + d2 * d2) / 2) <
            tolerance);
    QVERIFY(qAbs(gradient("head.bias") - (d1 + d2)) < tolerance);
    QVERIFY(qAbs(gradient("head.weight") - (d1 * h1 + d2 * h2)) < tolerance);
    QVERIFY(qAbs(gradient("rnn.bias_ih_l0") - (da1 + da2)) < tolerance);
    QVERIFY(qAbs(gradient("rnn.bias_hh_l0") - (da1 + da2)) < tolerance);
    QVERIFY(qAbs(gradient("rnn.weight_ih_l0") - (da1 * x1 + da2 * x2)) < tolerance);
    QVERIFY(qAbs(gradient("rnn.weight_hh_l0") - da2 * h1) < tolerance);
}

void TestCli::gradientsMatchFiniteDifferences() {
    // The dumped gradients against central differences of the loss, which the CLI's own
    // meanSquaredError computes from the executor's forward pass only.
    QFETCH(QString, cell);
    QFETCH(bool, perSequence);
    QFETCH(bool, padded);
    QCOMPARE(cli(newArguments(2, 1, "fd.json")).exitCode, 0);
    core::Network<double> network = load("fd.json");
    if (cell == QLatin1String("peephole")) {
        // The initializer starts peepholes at 0; give them values so that their terms count.
        std::mt19937 generator(6);
        std::uniform_real_distribution<double> uniform(-0.5, 0.5);
        for (const core::ParameterInfo& info : network.parameterInfos())
            if (info.name.find("peephole") != std::string::npos)
                for (Index i = 0; i < info.size(); ++i)
                    network.values()[info.offset + i] = uniform(generator);
        QString error;
        QVERIFY2(training::ModelFile::save(network, path("fd.json"), &error), qPrintable(error));
    }
    const QJsonArray inputs = randomSequences(2, 3, 2, 8);
    const QJsonArray targets =
        perSequence ? randomSequences(1, 2, 1, 9)[0].toArray() : randomSequences(2, 3, 1, 9);
    QJsonObject x{{QStringLiteral("inputs"), inputs}};
    if (padded)
        x.insert(QStringLiteral("lengths"), QJsonArray{2, 3});
    QVERIFY(clitest::writeJson(path("fd_x.json"), x));
    QVERIFY(clitest::writeJson(path("fd_y.json"), {{QStringLiteral("targets"), targets}}));
    const QJsonObject gradients = runAndDump("fd.json", "fd_x.json", "fd_y.json")
                                      .value(QStringLiteral("gradients"))
                                      .toObject();
    QVERIFY(!QTest::currentTestFailed());

    const core::SequenceBatch<double> batch =
        batchOf(inputs, padded ? core::Lengths{2, 3} : core::Lengths{});
    Matrix<double> target(2, 1);
    if (perSequence)
        target << at(targets, {0, 0}), at(targets, {1, 0});
    else
        target = batchOf(targets, {}).inputs;
    core::NetworkExecutor<double> executor(network);
    const auto loss = [&] {
        Matrix<double> unused;
        return cli::RunCommand::meanSquaredError(executor.forward(batch), target, batch,
                                                 !perSequence, &unused);
    };
    const double step = 1e-6;
    QString error;
    for (const core::ParameterInfo& info : network.parameterInfos()) {
        std::vector<double> dumped(size_t(info.size()));
        QVERIFY2(
            training::JsonTensor::readParameter(gradients.value(QString::fromStdString(info.name)),
                                                info, dumped.data(), &error),
            qPrintable(error));
        for (Index i = 0; i < info.size(); ++i) {
            double& value = network.values()[info.offset + i];
            const double saved = value;
            value = saved + step;
            const double above = loss();
            value = saved - step;
            const double below = loss();
            value = saved;
            const double numeric = (above - below) / (2 * step);
            QVERIFY2(qAbs(numeric - dumped[size_t(i)]) < 1e-7,
                     qPrintable(QStringLiteral("%1[%2]: numeric %3, dumped %4")
                                    .arg(QString::fromStdString(info.name))
                                    .arg(i)
                                    .arg(numeric)
                                    .arg(dumped[size_t(i)])));
        }
    }
}

void TestCli::exportWritesScriptAndWeights_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("module");
    QTest::newRow("rnn") << QStringLiteral("rnn") << QByteArray("nn.RNN(");
    QTest::newRow("lstm") << QStringLiteral("lstm") << QByteArray("nn.LSTM(");
    QTest::newRow("gru") << QStringLiteral("gru") << QByteArray("nn.GRU(");
    QTest::newRow("peephole") << QStringLiteral("peephole")
                              << QByteArray("class PeepholeLSTM(nn.Module)");
}

void TestCli::exportWritesScriptAndWeights() {
    QFETCH(QString, cell);
    QFETCH(QByteArray, module);
    QCOMPARE(cli(args("new --input 3 --hidden 2 --layers 2 --bidirectional --seed 1 -o e.json "
                      "--cell")
                 << cell)
                 .exitCode,
             0);
    const QString directory = QStringLiteral("export_") + cell;
    const clitest::CliResult exported =
        cli(args("export --model e.json --format pytorch -o") << directory);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());

    QFile script(m_dir.filePath(directory + QStringLiteral("/model.py")));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QByteArray text = script.readAll();
    QVERIFY(text.contains(module));
    QVERIFY(text.contains("def load("));
    QVERIFY(text.contains("NUM_LAYERS = 2"));
    QVERIFY(text.contains("BIDIRECTIONAL = True"));

    // weights.json holds the model's parameters by state_dict name, and nothing else.
    const QJsonObject weights =
        clitest::readJson(m_dir.filePath(directory + QStringLiteral("/weights.json")));
    QCOMPARE(weights,
             clitest::readJson(path("e.json")).value(QStringLiteral("parameters")).toObject());
    QVERIFY(weights.contains(QStringLiteral("rnn.bias_hh_l1_reverse")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
