// `train --from SESSION` and `bench-transfer`: an English character model fine-tuned on French
// with its LSTM frozen keeps that layer's bits through training while the new head moves, the
// groups reach the saved session, and transfers that cannot work end in one line, never a crash.
#include "cli_process.h"
#include "core/network.h"
#include "training/session_file.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

const QString kEnglish =
    QStringLiteral(LSTM_STUDIO_SOURCE_DIR "/resources/sessions/text-english.lstmsession");

QStringList withEnglish(const char* command) {
    QStringList words = args(command);
    words << QStringLiteral("--from") << kEnglish;
    return words;
}

session::Session load(const QString& path) {
    session::Session session;
    QString error;
    if (!training::SessionFile::load(path, session, &error))
        qWarning("%s", qPrintable(error));
    return session;
}

} // namespace

class TestTransferCommands : public QObject {
    Q_OBJECT

private slots:
    void aFrozenLayerKeepsItsBitsThroughFineTuning() {
        QTemporaryDir dir;
        const CliResult result =
            runCli(dir.path(), withEnglish("train --task text --language french --seed 2 --epochs "
                                           "1 --freeze 0 --layer-lr head=2 -o ft.lstmsession"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("layer 0: taken (lstm, 128 units)"), result.out.constData());
        QVERIFY(result.out.contains("symbols taken"));
        const session::Session english = load(kEnglish);
        const session::Session tuned = load(dir.filePath(QStringLiteral("ft.lstmsession")));
        QVERIFY(tuned.settings.groups.at("layer0").frozen);
        QCOMPARE(tuned.settings.groups.at("head").rateScale, 2.0);
        QCOMPARE(tuned.position.completedEpochs, 1);
        core::Network<float> a(english.spec), b(tuned.spec);
        a.values() = english.weights;
        b.values() = tuned.weights;
        for (const char* name :
             {"rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0", "rnn.bias_hh_l0"})
            QVERIFY2(a.parameter(name) == b.parameter(name), name); // bit for bit
        core::Network<float> start(tuned.spec);
        start.values() = tuned.initialWeights; // as built from the English session
        QVERIFY(start.parameter("rnn.weight_hh_l0") == a.parameter("rnn.weight_hh_l0"));
        QVERIFY(b.parameter("head.weight") != start.parameter("head.weight")); // trained
        QVERIFY(b.parameter("embedding.weight") != start.parameter("embedding.weight"));
    }

    void impossibleTransfersEndInOneLine_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("message");
        QTest::newRow("features from tokens")
            << "train --task sine --seed 1"
            << "the new network reads features but the saved network reads tokens";
        QTest::newRow("too many layers")
            << "train --task text --language french --seed 1 --take 2"
            << "the saved network has 1 recurrent layer(s): it cannot give 2";
        QTest::newRow("unknown group") << "train --task text --language french --seed 1 --freeze 3"
                                       << "the network has no parameter group \"layer3\"";
        QTest::newRow("bad factor")
            << "train --task text --language french --seed 1 --layer-lr 0=-1"
            << "--layer-lr: '0=-1' is not GROUP=FACTOR";
        QTest::newRow("bad layer")
            << "train --task text --language french --seed 1 --add-layers lstm"
            << "--add-layers: 'lstm' is not CELL:UNITS";
    }

    void impossibleTransfersEndInOneLine() {
        QFETCH(QString, command);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const CliResult result = runCli(dir.path(), withEnglish(command.toUtf8().constData()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
    }

    void aResumedRunCanFreezeALayer() {
        QTemporaryDir dir;
        QCOMPARE(runCli(dir.path(), args("train --task sine --train-size 160 --eval-size 32 "
                                         "--seed 3 --epochs 1 -o a.lstmsession"))
                     .exitCode,
                 0);
        const CliResult resumed =
            runCli(dir.path(), args("train --resume a.lstmsession --epochs 3 --freeze 0 "
                                    "-o b.lstmsession"));
        QCOMPARE(resumed.exitCode, 0);
        const session::Session a = load(dir.filePath(QStringLiteral("a.lstmsession")));
        const session::Session b = load(dir.filePath(QStringLiteral("b.lstmsession")));
        QVERIFY(b.settings.groups.at("layer0").frozen);
        QCOMPARE(b.position.completedEpochs, 3);
        core::Network<float> before(a.spec), after(b.spec);
        before.values() = a.weights;
        after.values() = b.weights;
        QVERIFY(before.parameter("rnn.weight_hh_l0") == after.parameter("rnn.weight_hh_l0"));
        QVERIFY(before.parameter("head.weight") != after.parameter("head.weight"));
        const CliResult wrong =
            runCli(dir.path(), args("train --resume a.lstmsession --epochs 3 --freeze 4"));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("no parameter group \"layer4\""));
    }

    void takeNeedsFrom() {
        QTemporaryDir dir;
        const CliResult result = runCli(dir.path(), args("train --task sine --seed 1 --take 1"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--take and --add-layers need --from SESSION"));
    }

    void theBenchPrintsRatios() {
        QTemporaryDir dir;
        const CliResult result =
            runCli(dir.path(), withEnglish("bench-transfer --task text --language french --seed 1 "
                                           "--epochs 1"));
        QVERIFY(result.exitCode == 0 || result.exitCode == 1); // 1: the bar not reached in 1 epoch
        QVERIFY2(result.out.contains("scratch epoch 1: validation loss"), result.out.constData());
        QVERIFY(result.out.contains("fine-tuned epoch 1: validation loss"));
        QVERIFY(result.out.contains("ratios fine-tuned / scratch: epochs 1.00, time "));
    }
};

QTEST_MAIN(TestTransferCommands)
#include "tst_transfer_commands.moc"
