// `lstm-studio-cli info FILE` on session files written by SessionFile: the summary's lines, and
// exit code 2 with one line on stderr for a file that is not a readable session.
#include "../session/session_fixtures.h"
#include "cli_process.h"
#include "training/autosave_store.h"
#include "training/session_file.h"

#include <QTemporaryDir>
#include <QTest>

using clitest::args;
using core::CellKind;

class TestInfoCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (QStringLiteral(LSTM_STUDIO_CLI).isEmpty())
            QSKIP("lstm-studio-cli is not built");
        QVERIFY(m_dir.isValid());
        QString error;
        session::Session lstm =
            fixtures::makeSession(fixtures::features({fixtures::layer(CellKind::Lstm, 4)}));
        QVERIFY2(training::SessionFile::save(lstm, path("lstm.lstmsession"), &error),
                 qPrintable(error));
        session::Session dates =
            fixtures::makeSession(fixtures::sequenceToSequence(CellKind::Lstm));
        dates.task.options.clear();
        dates.task.embeddedData.clear();
        dates.history = {};
        dates.history.addEpoch({1, 5, 2.0, std::nan(""), std::nan(""), false, 0.01, 1.0});
        QVERIFY2(training::SessionFile::save(dates, path("dates.lstmsession"), &error),
                 qPrintable(error));
        // Validation improves, then worsens: the best epoch is not the last.
        lstm.history = {};
        lstm.history.addEpoch({1, 15, 1.0, 0.5, 0.7, false, 0.01, 1.0});
        lstm.history.addEpoch({2, 30, 0.5, 0.25, 0.9, true, 0.01, 2.0});
        lstm.history.addEpoch({3, 45, 0.25, 0.375, 0.8, false, 0.01, 3.0});
        lstm.history.addEntry({session::HistoryEntry::Kind::EarlyStopped, 45, 3, "epoch 2"});
        QVERIFY2(training::SessionFile::save(lstm, path("trained.lstmsession"), &error),
                 qPrintable(error));
        // An autosave is a session file like any other: info needs no sidecar.
        training::AutosaveStore store(m_dir.filePath(QStringLiteral("autosave")),
                                      QStringLiteral("crashed"));
        QVERIFY2(store.write(lstm, path("trained.lstmsession"), QStringLiteral("trained"), &error),
                 qPrintable(error));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("autosave/crashed.json"))));
        QFile::copy(path("lstm.lstmsession"), path("damaged.lstmsession"));
        QFile damaged(path("damaged.lstmsession"));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(100);
        damaged.write("#");
        damaged.close();
        QVERIFY(clitest::writeFile(path("model.json"), "{\"format\": \"lstm-studio-model\"}"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.lstmsession")));
    }

    void summary_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lstm") << "lstm.lstmsession"
                              << "LSTM Studio session, format version 2\n"
                                 "input: 3 features per step\n"
                                 "recurrent layers: 1\n"
                                 "  layer 1: lstm, 4 hidden units, dropout 0.125 after\n"
                                 "attention: none\n"
                                 "output: per-step, size 2\n"
                                 "parameters: 154\n" // 16×(3+4+2) + 2×(4+1)
                                 "task: dates (seed 42)\n"
                                 "  --empty \"\"\n"
                                 "  --file /tmp/a file.csv\n"
                                 "  --lag 100\n"
                                 "  embedded data: 25 bytes\n"
                                 "training: 3 of 40 epochs done, 45 steps, optimizer adamw, "
                                 "learning rate 0.3\n"
                                 "last validation: epoch 4, loss 0.125, metric 0.4, solved\n"
                                 "history: epochs recorded 4, events 3, probe traces 4; "
                                 "training time 12.8 s\n"
                                 "best validation: epoch 4, loss 0.125, metric 0.4\n";
        const char* trained = "LSTM Studio session, format version 2\n"
                              "input: 3 features per step\n"
                              "recurrent layers: 1\n"
                              "  layer 1: lstm, 4 hidden units, dropout 0.125 after\n"
                              "attention: none\n"
                              "output: per-step, size 2\n"
                              "parameters: 154\n"
                              "task: dates (seed 42)\n"
                              "  --empty \"\"\n"
                              "  --file /tmp/a file.csv\n"
                              "  --lag 100\n"
                              "  embedded data: 25 bytes\n"
                              "training: 3 of 40 epochs done, 45 steps, optimizer adamw, "
                              "learning rate 0.3\n"
                              "last validation: epoch 3, loss 0.375, metric 0.8\n"
                              "history: epochs recorded 3, events 1, probe traces 0; "
                              "training time 12.8 s\n"
                              "best validation: epoch 2, loss 0.25, metric 0.9\n";
        QTest::newRow("best before last") << "trained.lstmsession" << trained;
        QTest::newRow("autosave without its sidecar") << "autosave/crashed.lstmsession" << trained;
        // 44 embedding + 2×24×(4+6+2) encoder + 130 attention + 30 decoder embedding
        // + 48×(3+12+2) decoder + 9×(24+1) head
        QTest::newRow("seq2seq") << "dates.lstmsession"
                                 << "LSTM Studio session, format version 2\n"
                                    "input: tokens, vocabulary 11, embedding 4\n"
                                    "recurrent layers: 1\n"
                                    "  layer 1: lstm, 6 hidden units, bidirectional, dropout 0.125 "
                                    "after\n"
                                    "attention: additive, size 5\n"
                                    "decoder: vocabulary 10, embedding 3\n"
                                    "output: sequence-to-sequence, size 9\n"
                                    "parameters: 1821\n"
                                    "task: dates (seed 42)\n"
                                    "training: 3 of 40 epochs done, 45 steps, optimizer adamw, "
                                    "learning rate 0.3\n"
                                    "last validation: none yet\n"
                                    "history: epochs recorded 1, events 0, probe traces 0; "
                                    "training time 12.8 s\n";
    }

    void summary() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const clitest::CliResult result = clitest::runCli(m_dir.path(), {"info", file});
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out), expected);
    }

    void badFiles_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << args("info")
                                 << "info needs a session file (lstm-studio-cli "
                                    "info FILE)";
        QTest::newRow("missing") << args("info missing.lstmsession")
                                 << "missing.lstmsession: no such file";
        QTest::newRow("folder") << args("info folder.lstmsession")
                                << "folder.lstmsession: is a folder, not a session file";
        QTest::newRow("damaged")
            << args("info damaged.lstmsession")
            << "damaged.lstmsession: the file is damaged: its checksum does not match its contents";
        QTest::newRow("a model file")
            << args("info model.json") << "model.json: the file is not an LSTM Studio session";
        QTest::newRow("unknown option")
            << args("info lstm.lstmsession --verbose")
            << "unknown option --verbose (see lstm-studio-cli info --help)";
    }

    void badFiles() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const clitest::CliResult result = clitest::runCli(m_dir.path(), arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(QString::fromUtf8(result.err),
                 QStringLiteral("lstm-studio-cli: ") + message + QLatin1Char('\n'));
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestInfoCommand)
#include "tst_info_command.moc"
