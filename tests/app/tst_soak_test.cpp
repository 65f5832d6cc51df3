// The soak run, short: the window trains config B with every view open, and the samples record
// memory, lateness, progress and autosaves that load; the verdict's rules on made-up curves.
#include "app/window/soak_test.h"

#include <QtTest>

using Sample = app::SoakTest::Sample;

class TestSoakTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aShortSoakSamplesTheRunningWindow();
    void memoryThatGrowsIsNotFlat();
    void aLateWindowIsNotResponsive();
    void aMissingAutosaveFails();

private:
    static std::vector<Sample> flatRun(int count) {
        std::vector<Sample> samples;
        for (int i = 0; i < count; ++i)
            samples.push_back({5.0 * (i + 1), 150.0 + (i % 2), 12.0, 100LL * (i + 1), true});
        return samples;
    }
};

void TestSoakTest::aShortSoakSamplesTheRunningWindow() {
    app::SoakTest soak(8.0, 2.0);
    int reported = 0;
    const auto samples = soak.run([&reported](const Sample&) { ++reported; });
    QCOMPARE(int(samples.size()), 4);
    QCOMPARE(reported, 4);
    for (const Sample& s : samples) {
        QVERIFY2(s.residentMiB > 20.0, qPrintable(QString::number(s.residentMiB)));
        QVERIFY(s.worstLateMs >= -1.0);
    }
    QVERIFY2(samples.back().steps > samples.front().steps && samples.front().steps >= 0,
             "config B trains during the soak");
    int loads = 0;
    for (std::size_t i = 1; i < samples.size(); ++i)
        loads += samples[i].autosaveLoads ? 1 : 0;
    QVERIFY2(loads >= 1, "the autosave was written during the run and loads");
    const QString csv = app::SoakTest::csv(samples);
    QCOMPARE(csv.count(QLatin1Char('\n')), 5);
    QVERIFY(csv.startsWith(QStringLiteral("seconds,resident_mib")));
}

void TestSoakTest::memoryThatGrowsIsNotFlat() {
    std::vector<Sample> samples = flatRun(12);
    QVERIFY(app::SoakTest::judge(samples).passed());
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i].residentMiB = 150.0 + 4.0 * double(i); // a leak: 4 MiB a sample
    const auto verdict = app::SoakTest::judge(samples);
    QVERIFY(!verdict.memoryFlat);
    QVERIFY(verdict.memoryGrowth > 0.1);
    QVERIFY(!verdict.passed());
}

void TestSoakTest::aLateWindowIsNotResponsive() {
    std::vector<Sample> samples = flatRun(12);
    samples[7].worstLateMs = 400.0;
    QVERIFY(!app::SoakTest::judge(samples).responsive);
}

void TestSoakTest::aMissingAutosaveFails() {
    std::vector<Sample> samples = flatRun(12);
    samples[0].autosaveLoads = false; // the first sample may come before any autosave
    QVERIFY(app::SoakTest::judge(samples).autosaveWorks);
    samples[5].autosaveLoads = false;
    QVERIFY(!app::SoakTest::judge(samples).autosaveWorks);
}

QTEST_MAIN(TestSoakTest)
#include "tst_soak_test.moc"
