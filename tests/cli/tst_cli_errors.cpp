// Every mistake a user can make with lstm-studio-cli — a bad option, a missing or malformed file,
// data of the wrong shape, a damaged model — ends with exit code 2, nothing on stdout and exactly
// one line on stderr, "lstm-studio-cli: <what is wrong>", naming the option or the file.
#include "cli_process.h"
#include "training/model_file.h"

#include <QTemporaryDir>
#include <QTest>

using clitest::args;

class TestCliErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mistakes_data();
    void mistakes();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    void addOptionRows();
    void addFileRows();
    void addModelRows();

    QTemporaryDir m_dir;
};

void TestCliErrors::initTestCase() {
    if (QStringLiteral(LSTM_STUDIO_CLI).isEmpty())
        QSKIP("lstm-studio-cli is not built");
    QVERIFY(m_dir.isValid());
    // A good model (LSTM, 2 inputs, 4 units), inputs and targets that fit it, and a model with
    // attention, which export refuses.
    const clitest::CliResult made =
        clitest::runCli(m_dir.path(), args("new --cell lstm --input 2 --hidden 4 --seed 7 -o "
                                           "model.json"));
    QCOMPARE(made.exitCode, 0);
    QVERIFY(clitest::writeJson(path("x.json"),
                               {{QStringLiteral("inputs"), clitest::randomSequences(2, 3, 2, 1)},
                                {QStringLiteral("lengths"), QJsonArray{3, 2}}}));
    core::NetworkSpec attention;
    attention.inputSize = 2;
    attention.layers = {{core::CellKind::Gru, 3, false, core::Activation::Tanh, 0.0}};
    attention.attention = core::AttentionKind::Dot;
    attention.outputMode = core::OutputMode::PerSequence;
    QString error;
    QVERIFY2(
        training::ModelFile::save(core::Network<double>(attention), path("attention.json"), &error),
        qPrintable(error));
}

void TestCliErrors::mistakes_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QVariantMap>("files"); // written before the run: name → content
    QTest::addColumn<QString>("message");   // what stderr must say
    addOptionRows();
    addFileRows();
    addModelRows();
}

void TestCliErrors::addOptionRows() {
    const auto row = [](const char* name, const char* command, const char* message) {
        QTest::newRow(name) << args(command) << QVariantMap() << QString::fromUtf8(message);
    };
    row("unknown command", "frobnicate", "unknown command 'frobnicate'");
    row("unknown option", "run --fast", "unknown option --fast (see lstm-studio-cli run --help)");
    row("stray argument", "new lstm", "unexpected argument 'lstm'");
    row("unknown cell", "new --cell lsmt --input 1 --hidden 1 --seed 1 -o n.json",
        "unknown cell 'lsmt' for --cell (expected rnn, lstm, peephole or gru)");
    row("missing -o", "new --cell lstm --input 2 --hidden 3 --seed 1", "missing option -o MODEL");
    row("missing --seed", "new --cell lstm --input 2 --hidden 3 -o n.json",
        "missing option --seed S");
    row("missing --cell", "new --input 2 --hidden 3 --seed 1 -o n.json",
        "missing option --cell CELL");
    row("option without value", "new --cell lstm --input 2 --hidden 3 --seed 1 -o",
        "option -o needs a value (-o MODEL)");
    row("option given twice", "new --cell lstm --cell gru", "option --cell is given twice");
    row("bad number", "new --cell gru --input 2 --hidden four --seed 1 -o n.json",
        "option --hidden expects a whole number from 1 to 16777216, got 'four'");
    row("zero units", "new --cell gru --input 2 --hidden 0 --seed 1 -o n.json",
        "option --hidden expects a whole number from 1 to 16777216, got '0'");
    row("negative seed", "new --cell gru --input 2 --hidden 3 --seed -3 -o n.json",
        "option --seed expects a whole number of at least 0, got '-3'");
    row("dropout out of range",
        "new --cell lstm --input 2 --hidden 3 --seed 1 -o n.json --dropout 1.5",
        "option --dropout must be at least 0 and less than 1, got '1.5'");
    row("dropout not a number",
        "new --cell lstm --input 2 --hidden 3 --seed 1 -o n.json --dropout nan",
        "option --dropout expects a number, got 'nan'");
    row("relu on an lstm",
        "new --cell lstm --input 2 --hidden 3 --seed 1 -o n.json --activation relu",
        "--activation relu needs --cell rnn");
    row("unknown activation",
        "new --cell rnn --input 2 --hidden 3 --seed 1 -o n.json --activation sigmoid",
        "unknown activation 'sigmoid' for --activation (expected tanh or relu)");
    row("both output modes",
        "new --cell lstm --input 2 --hidden 3 --seed 1 -o n.json --per-step --per-sequence",
        "give either --per-step or --per-sequence, not both");
    row("too many parameters", "new --cell lstm --input 1 --hidden 100000 --seed 1 -o n.json",
        "parameters, more than the 10000000 a model file holds");
    row("missing --dump", "run --model model.json --input x.json",
        "missing option --dump OUT.json");
    row("unknown export format", "export --model model.json --format onnx -o e",
        "unknown format 'onnx' for --format (expected pytorch or csv)");
}

void TestCliErrors::addFileRows() {
    const auto row = [](const char* name, const char* command, const char* file,
                        const char* content, const char* message) {
        QVariantMap files;
        if (file)
            files.insert(QString::fromUtf8(file), QByteArray(content));
        QTest::newRow(name) << args(command) << files << QString::fromUtf8(message);
    };
    const char* run = "run --model model.json --input bad_x.json --dump o.json";
    const char* runWithTargets =
        "run --model model.json --input x.json --target bad_y.json --dump o.json";
    row("missing model file", "run --model nowhere.json --input x.json --dump o.json", nullptr,
        nullptr, "nowhere.json: no such file");
    row("missing input file", "run --model model.json --input nothing.json --dump o.json", nullptr,
        nullptr, "nothing.json: no such file");
    row("input is a directory", "run --model model.json --input . --dump o.json", nullptr, nullptr,
        ".: is a directory, not a file");
    row("dump into a missing directory",
        "run --model model.json --input x.json --dump no/such/dir/o.json", nullptr, nullptr,
        "no/such/dir/o.json: cannot be written");
    row("malformed JSON", run, "bad_x.json", R"({"inputs": [[[1, 2]])",
        "bad_x.json: malformed JSON at offset ");
    row("not an object", run, "bad_x.json", "[[[1, 2]]]", "bad_x.json: the JSON must be an object");
    row("no inputs", run, "bad_x.json", R"({"input": [[[1, 2]]]})",
        "bad_x.json: \"inputs\" is missing");
    row("wrong input width", run, "bad_x.json", R"({"inputs": [[[1, 2, 3]]]})",
        "bad_x.json: inputs have 3 features per step, the model expects 2");
    row("ragged steps", run, "bad_x.json", R"({"inputs": [[[1, 2], [3, 4]], [[1, 2]]]})",
        "bad_x.json: inputs[1] has 1 entries but inputs[0] has 2 (arrays must not be ragged)");
    row("ragged features", run, "bad_x.json", R"({"inputs": [[[1, 2], [3]]]})",
        "bad_x.json: inputs[0][1] has 1 entries but inputs[0][0] has 2");
    row("text in inputs", run, "bad_x.json", R"({"inputs": [[[1, "2"]]]})",
        "bad_x.json: inputs[0][0][1] is a string, expected a number");
    row("empty inputs", run, "bad_x.json", R"({"inputs": []})", "bad_x.json: inputs is empty");
    row("too many lengths", run, "bad_x.json", R"({"inputs": [[[1, 2]]], "lengths": [1, 1]})",
        "bad_x.json: lengths has 2 entries, expected 1");
    row("length beyond the steps", run, "bad_x.json", R"({"inputs": [[[1, 2]]], "lengths": [2]})",
        "bad_x.json: lengths[0] is 2, expected a whole number from 1 to 1");
    row("targets of the wrong shape", runWithTargets, "bad_y.json", R"({"targets": [[1], [2]]})",
        "bad_y.json: targets[0] has 1 entries, expected 3");
    row("targets missing", runWithTargets, "bad_y.json", "{}",
        "bad_y.json: \"targets\" is missing");
    row("export of attention", "export --model attention.json --format pytorch -o e", nullptr,
        nullptr, "attention.json: models with attention cannot be exported to PyTorch yet");
    row("export over a file", "export --model model.json --format pytorch -o x.json", nullptr,
        nullptr, "x.json: exists and is not a directory");
}

void TestCliErrors::addModelRows() {
    const QJsonObject model = clitest::readJson(path("model.json"));
    const auto row = [&](const char* name, const char* section, const char* key,
                         const QJsonValue& value, const char* message) {
        QJsonObject changed = model;
        if (*section) {
            QJsonObject inner = changed.value(QLatin1String(section)).toObject();
            if (value.isUndefined())
                inner.remove(QLatin1String(key));
            else
                inner.insert(QLatin1String(key), value);
            changed.insert(QLatin1String(section), inner);
        } else {
            changed.insert(QLatin1String(key), value);
        }
        QByteArray content = QJsonDocument(changed).toJson(QJsonDocument::Compact);
        content.replace("123.25", "1e999"); // a number QJsonValue cannot hold
        QTest::newRow(name) << args("run --model bad_model.json --input x.json --dump o.json")
                            << QVariantMap{{QStringLiteral("bad_model.json"), content}}
                            << QStringLiteral("bad_model.json: ") + QString::fromUtf8(message);
    };
    const QJsonValue remove(QJsonValue::Undefined);
    row("missing parameter", "parameters", "rnn.bias_hh_l0", remove,
        "parameter rnn.bias_hh_l0 is missing");
    row("unknown parameter", "parameters", "rnn.weight_ih_l9", QJsonArray{1.0},
        "unknown parameter rnn.weight_ih_l9");
    row("wrong shape", "parameters", "head.bias", QJsonArray{1.0, 2.0},
        "head.bias has 2 entries, expected 1 (the parameter's shape is [1])");
    row("NaN", "parameters", "head.bias", QJsonArray{QJsonValue::Null},
        "head.bias[0] is null, expected a number");
    row("infinity", "parameters", "head.bias", QJsonArray{123.25}, "malformed JSON at offset");
    row("newer version", "", "version", 2,
        "made by a newer LSTM Studio (model format version 2; this version reads up to 1)");
    row("other format", "", "format", QStringLiteral("keras"),
        "not an LSTM Studio model (\"format\" must be \"lstm-studio-model\")");
    row("unknown spec field", "spec", "inputSise", 3, "spec.inputSise: unknown field");
    row("invalid spec", "spec", "outputSize", 0, "spec: the output size must be at least 1");
    row("absurd sizes", "spec", "inputSize", 16000000,
        "the spec needs 256000101 parameter values but \"parameters\" holds only 133");
}

void TestCliErrors::mistakes() {
    QFETCH(QStringList, arguments);
    QFETCH(QVariantMap, files);
    QFETCH(QString, message);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(clitest::writeFile(m_dir.filePath(it.key()), it.value().toByteArray()));
    const clitest::CliResult result = clitest::runCli(m_dir.path(), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QStringLiteral("lstm-studio-cli: ")), qPrintable(err));
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
