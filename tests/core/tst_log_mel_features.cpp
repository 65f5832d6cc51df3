// Log-mel features against closed forms: a pure tone's peak bin f·N/fs, a silent frame's floor,
// Parseval's theorem, the mel scale's defining values, the Hann window and the frame count.
#include "core/log_mel_features.h"

#include <QTest>
#include <cmath>
#include <numbers>
#include <random>

using namespace core;

class TestLogMelFeatures : public QObject {
    Q_OBJECT

private slots:
    void toneHasItsPeakBin_data();
    void toneHasItsPeakBin();
    void silenceGivesTheFloor();
    void parseval();
    void melScale_data();
    void melScale();
    void hannWindow();
    void frameCount_data();
    void frameCount();
    void toneLandsInItsBand();
    void normaliseGivesZeroMeanUnitDeviation();
    void badSettingsThrow();
};

namespace {

std::vector<double> tone(double hz, double rate, Index samples) {
    std::vector<double> x(static_cast<size_t>(samples));
    for (Index n = 0; n < samples; ++n)
        x[size_t(n)] = 0.5 * std::sin(2 * std::numbers::pi * hz * double(n) / rate);
    return x;
}

} // namespace

void TestLogMelFeatures::toneHasItsPeakBin_data() {
    QTest::addColumn<double>("hz");
    QTest::addColumn<int>("bin");
    // Bin k is k·fs/N = k·8000/256 = 31.25·k Hz.
    QTest::newRow("500 Hz, 16") << 500.0 << 16;
    QTest::newRow("1000 Hz, 32") << 1000.0 << 32;
    QTest::newRow("2500 Hz, 80") << 2500.0 << 80;
    QTest::newRow("3500 Hz, 112") << 3500.0 << 112;
    QTest::newRow("1234 Hz, round(39.49) = 39") << 1234.0 << 39;
    QTest::newRow("1250 Hz, 40") << 1250.0 << 40;
}

void TestLogMelFeatures::toneHasItsPeakBin() {
    QFETCH(double, hz);
    QFETCH(int, bin);
    const LogMelFeatures features({});
    const Vector<double> power =
        features.powerSpectrum(features.windowedFrame(tone(hz, 8000, 800), 2));
    Index peak = -1;
    power.maxCoeff(&peak);
    QCOMPARE(peak, Index(bin));
}

void TestLogMelFeatures::silenceGivesTheFloor() {
    const LogMelFeatures features({});
    const Matrix<double> y = features.compute(std::vector<double>(800, 0.0));
    QCOMPARE(y.rows(), Index(9)); // 1 + ⌈(800 − 200)/80⌉ = 1 + ⌈7.5⌉
    QCOMPARE(y.cols(), Index(20));
    for (Index t = 0; t < y.rows(); ++t)
        for (Index j = 0; j < y.cols(); ++j)
            QCOMPARE(y(t, j), std::log(1e-10)); // −23.0259
}

void TestLogMelFeatures::parseval() {
    const LogMelFeatures features({});
    std::mt19937 random(7);
    std::normal_distribution<double> normal(0.0, 0.3);
    std::vector<double> x(400);
    for (double& v : x)
        v = normal(random);
    const Vector<double> frame = features.windowedFrame(x, 1);
    const Vector<double> P = features.powerSpectrum(frame);
    const Index N = 256;
    QCOMPARE(P.size(), N / 2 + 1);
    // The one-sided spectrum of a real frame: bins 1 … N/2−1 stand for their mirror images too.
    const double spectral = (P[0] + P[N / 2] + 2.0 * P.segment(1, N / 2 - 1).sum()) / double(N);
    const double temporal = frame.squaredNorm();
    QVERIFY(temporal > 1.0);
    QVERIFY(std::abs(spectral - temporal) < 1e-9 * temporal);
}

void TestLogMelFeatures::melScale_data() {
    QTest::addColumn<double>("hz");
    QTest::addColumn<double>("mel");
    QTest::newRow("0 Hz") << 0.0 << 0.0;
    QTest::newRow("700 Hz: 2595·log10(2)") << 700.0 << 781.1726;
    QTest::newRow("1000 Hz: about 1000 mel") << 1000.0 << 999.9855;
    QTest::newRow("6300 Hz: 2595·log10(10)") << 6300.0 << 2595.0;
    QTest::newRow("4000 Hz") << 4000.0 << 2146.0645;
}

void TestLogMelFeatures::melScale() {
    QFETCH(double, hz);
    QFETCH(double, mel);
    QVERIFY(std::abs(LogMelFeatures::hzToMel(hz) - mel) < 1e-3);
    QVERIFY(std::abs(LogMelFeatures::melToHz(mel) - hz) < 1e-2);
}

void TestLogMelFeatures::hannWindow() {
    const Vector<double> w = LogMelFeatures::hannWindow(200);
    QCOMPARE(w[0], 0.0);
    QVERIFY(std::abs(w[100] - 1.0) < 1e-15);
    QVERIFY(std::abs(w[50] - 0.5) < 1e-15);    // ½ − ½ cos(π/2)
    QVERIFY(std::abs(w.sum() - 100.0) < 1e-9); // Σ of a periodic Hann window: L/2
    QVERIFY(std::abs(w[1] - w[199]) < 1e-15);  // symmetric about L/2
}

void TestLogMelFeatures::frameCount_data() {
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("frames");
    QTest::newRow("empty") << 0 << 0;
    QTest::newRow("shorter than a frame") << 50 << 1;
    QTest::newRow("one frame") << 200 << 1;
    QTest::newRow("one sample more") << 201 << 2;
    QTest::newRow("two frames exactly") << 280 << 2;
    QTest::newRow("1 s") << 8000 << 99; // 1 + ⌈7800/80⌉
}

void TestLogMelFeatures::frameCount() {
    QFETCH(int, samples);
    QFETCH(int, frames);
    const LogMelFeatures features({});
    QCOMPARE(features.frameCount(samples), Index(frames));
    QCOMPARE(features.compute(std::vector<double>(size_t(samples), 0.1)).rows(), Index(frames));
}

void TestLogMelFeatures::toneLandsInItsBand() {
    // Band j peaks at the (j+1)-th of 22 points equally spaced in mel from m(50) to m(4000).
    const LogMelFeatures features({});
    const double low = LogMelFeatures::hzToMel(50), high = LogMelFeatures::hzToMel(4000);
    for (int j : {2, 9, 15}) {
        const double centre = LogMelFeatures::melToHz(low + (high - low) * (j + 1) / 21.0);
        const Matrix<double> y = features.compute(tone(centre, 8000, 800));
        Index band = -1;
        y.row(3).maxCoeff(&band);
        QCOMPARE(band, Index(j));
    }
}

void TestLogMelFeatures::normaliseGivesZeroMeanUnitDeviation() {
    Matrix<double> y(4, 2);
    y << 1, 5, 3, 5, 5, 5, 7, 5; // band 0: mean 4, sd √5; band 1: constant
    LogMelFeatures::normalise(y);
    const double s = std::sqrt(5.0);
    QVERIFY(std::abs(y(0, 0) + 3 / s) < 1e-12);
    QVERIFY(std::abs(y(3, 0) - 3 / s) < 1e-12);
    QCOMPARE(y(2, 1), 0.0);
}

void TestLogMelFeatures::badSettingsThrow() {
    LogMelFeatures::Settings s;
    s.fftSize = 128; // < L = 200
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LogMelFeatures{s});
    s = {};
    s.highHz = 5000; // > fs/2
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LogMelFeatures{s});
    s = {};
    s.fftSize = 300; // not a power of two
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LogMelFeatures{s});
}

QTEST_APPLESS_MAIN(TestLogMelFeatures)
#include "tst_log_mel_features.moc"
