// `lstm-studio-cli export --format csv`: a session's history as epochs.csv and events.csv and its
// newest probe trace as trace.csv, byte for byte what HistoryCsv and TraceCsv make of the session
// read back; no trace.csv without a trace; a model file or a damaged session is refused with one
// line naming it. And `export --format pytorch` takes a session as it takes a model.
#include "../session/session_fixtures.h"
#include "cli_process.h"
#include "training/history_csv.h"
#include "training/session_file.h"
#include "training/trace_csv.h"

#include <QTemporaryDir>
#include <QTest>

using clitest::args;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCsv : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (QStringLiteral(LSTM_STUDIO_CLI).isEmpty())
            QSKIP("lstm-studio-cli is not built");
        QVERIFY(m_dir.isValid());
        m_session =
            fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Lstm, 4)}));
        QString error;
        QVERIFY2(training::SessionFile::save(m_session, path("s.lstmsession"), &error),
                 qPrintable(error));
        session::Session bare = m_session;
        bare.history = {};
        bare.history.addEpoch({1, 5, 2.0, std::nan(""), std::nan(""), false, 0.01, 1.0});
        QVERIFY2(training::SessionFile::save(bare, path("bare.lstmsession"), &error),
                 qPrintable(error));
        QVERIFY(clitest::writeFile(path("model.json"), "{\"format\": \"lstm-studio-model\"}"));
    }

    void writesHistoryAndNewestTrace() {
        const clitest::CliResult result =
            clitest::runCli(m_dir.path(), args("export --model s.lstmsession --format csv -o out"));
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("out: epochs.csv, events.csv, trace.csv (epoch 4, step 28, "
                                        "validation sequence 3)\n"));
        const session::TrainingHistory& history = m_session.history;
        QCOMPARE(readAll(path("out/epochs.csv")), training::HistoryCsv::epochs(history));
        QCOMPARE(readAll(path("out/events.csv")), training::HistoryCsv::events(history));
        QCOMPARE(readAll(path("out/trace.csv")),
                 training::TraceCsv::toCsv(*history.traces().rbegin()->second));
        QVERIFY(readAll(path("out/epochs.csv")).startsWith("epoch,step,train_loss,"));
        QVERIFY(readAll(path("out/events.csv")).contains("\"loss is NaN\nat step 12\""));
    }

    void noTraceNoTraceFile() {
        const clitest::CliResult result = clitest::runCli(
            m_dir.path(), args("export --model bare.lstmsession --format csv -o bare"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("bare: epochs.csv, events.csv\n"));
        QVERIFY(QFile::exists(path("bare/epochs.csv")));
        QVERIFY(!QFile::exists(path("bare/trace.csv")));
        QCOMPARE(readAll(path("bare/epochs.csv")),
                 QByteArray("epoch,step,train_loss,validation_loss,validation_metric,solved,"
                            "learning_rate,seconds\n1,5,2,nan,nan,false,0.01,1\n"));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("a model file")
            << args("export --model model.json --format csv -o m")
            << "model.json: is not a session file: only a session has a history to export";
        QTest::newRow("missing") << args("export --model none.lstmsession --format csv -o m")
                                 << "none.lstmsession: no such file";
        QTest::newRow("over a file") << args("export --model s.lstmsession --format csv -o "
                                             "model.json")
                                     << "model.json: exists and is not a directory";
        QTest::newRow("unknown format")
            << args("export --model s.lstmsession --format xlsx -o m")
            << "unknown format 'xlsx' for --format (expected pytorch or csv)";
    }

    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const clitest::CliResult result = clitest::runCli(m_dir.path(), arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(QString::fromUtf8(result.err),
                 QStringLiteral("lstm-studio-cli: ") + message + QLatin1Char('\n'));
    }

    void pytorchExportTakesASession() {
        const clitest::CliResult result = clitest::runCli(
            m_dir.path(), args("export --model s.lstmsession --format pytorch -o torch"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject weights = clitest::readJson(path("torch/weights.json"));
        QCOMPARE(weights.keys(),
                 QStringList({"head.bias", "head.weight", "rnn.bias_hh_l0", "rnn.bias_ih_l0",
                              "rnn.weight_hh_l0", "rnn.weight_ih_l0"}));
        // The session's weights, in single precision as trained: head.bias is the last two.
        const QJsonArray bias = weights.value(QStringLiteral("head.bias")).toArray();
        QCOMPARE(bias.size(), 2);
        QCOMPARE(bias[1].toDouble(), double(m_session.weights[m_session.weights.size() - 1]));
        QVERIFY(readAll(path("torch/model.py")).contains("nn.LSTM("));
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
    session::Session m_session;
};

QTEST_GUILESS_MAIN(TestExportCsv)
#include "tst_export_csv.moc"
