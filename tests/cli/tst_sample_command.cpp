// `lstm-studio-cli sample` as a user runs it: a tiny text model trained for one epoch by `train
// --task text`, then sampled — the length of the text, the seed's role, greedy decoding, and the
// messages for a bad temperature and a model of another vocabulary.
#include "cli_process.h"

#include <QTemporaryDir>
#include <QTest>

using clitest::args;

class TestSampleCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void printsThePrimeAndTheCharactersAskedFor_data();
    void printsThePrimeAndTheCharactersAskedFor();
    void theSeedFixesTheText();
    void badTemperatureIsExplained_data();
    void badTemperatureIsExplained();
    void modelOfAnotherLanguageIsExplained();

private:
    clitest::CliResult cli(QStringList arguments) const {
        return clitest::runCli(m_dir.path(), arguments);
    }
    /** `sample` on the trained model with `extra`; its standard output as text. */
    QString sample(const QStringList& extra) const;

    QTemporaryDir m_dir;
};

void TestSampleCommand::initTestCase() {
    if (QStringLiteral(LSTM_STUDIO_CLI).isEmpty())
        QSKIP("lstm-studio-cli is not built");
    QVERIFY(m_dir.isValid());
    const clitest::CliResult trained =
        cli(args("train --task text --length 16 --train-size 32 --hidden 8 --epochs 1 --seed 1 "
                 "-o text.json"));
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    QVERIFY(trained.out.contains("Saved the model to text.json."));
}

QString TestSampleCommand::sample(const QStringList& extra) const {
    const clitest::CliResult result = cli(args("sample --model text.json") + extra);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return result.exitCode == 0 ? QString::fromUtf8(result.out) : QStringLiteral("<failed>");
}

void TestSampleCommand::printsThePrimeAndTheCharactersAskedFor_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("prime");
    QTest::addColumn<int>("length");
    QTest::newRow("defaults: a new line, 200") << QStringList{} << QString() << 200;
    QTest::newRow("prime, 25") << QStringList{"--prime", "KING:", "--length", "25"}
                               << QStringLiteral("KING:") << 25;
    QTest::newRow("accented prime, top-k 3, T 0.5")
        << QStringList{"--prime", "Été", "--length", "40", "--top-k", "3", "--temperature", "0.5"}
        << QStringLiteral("Été") << 40;
    QTest::newRow("context 8") << QStringList{"--length", "30", "--context", "8"} << QString()
                               << 30;
    QTest::newRow("nothing") << QStringList{"--prime", "ab", "--length", "0"}
                             << QStringLiteral("ab") << 0;
}

void TestSampleCommand::printsThePrimeAndTheCharactersAskedFor() {
    QFETCH(QStringList, options);
    QFETCH(QString, prime);
    QFETCH(int, length);
    const QString out = sample(options);
    QVERIFY2(out.startsWith(prime), qPrintable(out));
    QVERIFY(out.endsWith(QLatin1Char('\n')));
    const QString generated = out.mid(prime.size()).chopped(1);
    QCOMPARE(generated.toUcs4().size(), qsizetype(length)); // code points, not bytes
}

void TestSampleCommand::theSeedFixesTheText() {
    const QStringList base = {"--prime", "The ", "--length", "60"};
    const QString a = sample(base + QStringList{"--seed", "5"});
    QVERIFY(a != QStringLiteral("<failed>"));
    QCOMPARE(sample(base + QStringList{"--seed", "5"}), a);
    QVERIFY(sample(base + QStringList{"--seed", "6"}) != a);
    // The likeliest character every time: the same text whatever the seed.
    const QStringList greedy = base + QStringList{"--top-k", "1"};
    QCOMPARE(sample(greedy + QStringList{"--seed", "1"}),
             sample(greedy + QStringList{"--seed", "2"}));
}

void TestSampleCommand::badTemperatureIsExplained_data() {
    QTest::addColumn<QString>("temperature");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << "0"
                          << "lstm-studio-cli: option --temperature expects a number above 0 and "
                             "at most 100, got '0'\n";
    QTest::newRow("negative") << "-1"
                              << "lstm-studio-cli: option --temperature expects a number above 0 "
                                 "and at most 100, got '-1'\n";
    QTest::newRow("not a number") << "warm"
                                  << "lstm-studio-cli: option --temperature expects a number, got "
                                     "'warm'\n";
}

void TestSampleCommand::badTemperatureIsExplained() {
    QFETCH(QString, temperature);
    QFETCH(QString, message);
    const clitest::CliResult result =
        cli(args("sample --model text.json --temperature") + QStringList{temperature});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QString::fromUtf8(result.err), message);
    QVERIFY(result.out.isEmpty());
}

void TestSampleCommand::modelOfAnotherLanguageIsExplained() {
    const clitest::CliResult result = cli(args("sample --model text.json --language french"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("text.json: the model does not read tokens of 88 characters") &&
                 result.err.contains("--language french --min-count 3"),
             result.err.constData());
    const clitest::CliResult missing = cli(args("sample --model nowhere.json"));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nowhere.json"));
}

QTEST_APPLESS_MAIN(TestSampleCommand)
#include "tst_sample_command.moc"
