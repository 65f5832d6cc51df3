// `train -o FILE.lstmsession` saves everything a run needs to go on, and `train --resume FILE`
// goes on exactly: 2 epochs, saved, 2 more give the weights of 4 epochs in one go, bit for bit.
#include "cli_process.h"
#include "training/session_file.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestTrainResume : public QObject {
    Q_OBJECT

private slots:
    void aResumedRunEndsOnTheWeightsOfAStraightOne() {
        QTemporaryDir dir;
        const char* task = "--task sine --train-size 320 --eval-size 32 --seed 4";
        const auto run = [&](const QString& rest) {
            return runCli(
                dir.path(),
                args(("train " + QString::fromLatin1(task) + ' ' + rest).toUtf8().constData()));
        };
        QCOMPARE(run(QStringLiteral("--epochs 4 -o straight.json")).exitCode, 0);
        const CliResult half = run(QStringLiteral("--epochs 2 -o half.lstmsession"));
        QCOMPARE(half.exitCode, 0);
        QVERIFY(half.out.contains("Saved the session to half.lstmsession"));
        const CliResult resumed =
            runCli(dir.path(), args("train --resume half.lstmsession --epochs 4 -o resumed.json"));
        QCOMPARE(resumed.exitCode, 0);
        const QJsonObject straight = readJson(dir.filePath(QStringLiteral("straight.json")));
        const QJsonObject again = readJson(dir.filePath(QStringLiteral("resumed.json")));
        QVERIFY(!straight.value(QStringLiteral("parameters")).toObject().isEmpty());
        QCOMPARE(again.value(QStringLiteral("parameters")),
                 straight.value(QStringLiteral("parameters")));
    }

    void truncationAndAFrozenGateReachTheSavedSettings() {
        QTemporaryDir dir;
        const CliResult result =
            runCli(dir.path(),
                   args("train --task sine --train-size 64 --eval-size 16 --seed 4 --cell "
                        "lstm --epochs 1 --truncate 5 --freeze-forget 1 -o lessons.lstmsession"));
        QCOMPARE(result.exitCode, 0);
        session::Session saved;
        QString error;
        QVERIFY2(training::SessionFile::load(dir.filePath(QStringLiteral("lessons.lstmsession")),
                                             saved, &error),
                 qPrintable(error));
        QCOMPARE(saved.settings.bpttTruncation, 5);
        QCOMPARE(saved.settings.frozenGates.forget.value_or(-1), 1.0);
        QVERIFY(!saved.settings.frozenGates.input);
        // --resume with other values: the run goes on with them.
        const CliResult resumed =
            runCli(dir.path(), args("train --resume lessons.lstmsession --epochs 2 --truncate 0 "
                                    "--freeze-input 0.5 -o again.lstmsession"));
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(training::SessionFile::load(dir.filePath(QStringLiteral("again.lstmsession")),
                                            saved, &error));
        QCOMPARE(saved.settings.bpttTruncation, 0);
        QCOMPARE(saved.settings.frozenGates.forget.value_or(-1), 1.0);
        QCOMPARE(saved.settings.frozenGates.input.value_or(-1), 0.5);
    }

    void aDamagedSessionIsRefusedInOneLine() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.lstmsession")), "not a session"));
        const CliResult result = runCli(dir.path(), args("train --resume bad.lstmsession"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("bad.lstmsession"));
        QCOMPARE(result.err.count('\n'), 1);
    }
};

QTEST_APPLESS_MAIN(TestTrainResume)
#include "tst_train_resume.moc"
