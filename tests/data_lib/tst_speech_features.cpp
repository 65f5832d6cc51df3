// What the speech task reads of a sound: resampling to 8 kHz, cutting to the speech, and clear
// refusals of silence, unsupported rates and sounds too long for one digit.
#include "data/speech_features.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace data;
using core::Index;

namespace {

/** `seconds` of silence, then a 300 Hz burst of `burst` seconds, then silence again. */
AudioClip burst(double rate, double silence, double burst, double amplitude = 0.5) {
    AudioClip clip{rate, {}};
    const auto quiet = size_t(silence * rate), loud = size_t(burst * rate);
    clip.samples.assign(quiet, 0.0);
    for (size_t n = 0; n < loud; ++n)
        clip.samples.push_back(amplitude * std::sin(2 * std::numbers::pi * 300 * double(n) / rate));
    clip.samples.resize(clip.samples.size() + quiet, 0.0);
    return clip;
}

std::string errorOf(const AudioClip& clip) {
    try {
        SpeechFeatures::of(clip, "me.wav");
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestSpeechFeatures : public QObject {
    Q_OBJECT

private slots:
    void cutsToTheSpeech();
    void resamplesToEightKilohertz_data();
    void resamplesToEightKilohertz();
    void resampledToneKeepsItsPitch();
    void featuresAreNormalised();
    void refusals_data();
    void refusals();
};

void TestSpeechFeatures::cutsToTheSpeech() {
    // 0.5 s of burst between 1 s silences: 50 blocks of 10 ms, plus 4 on each side.
    const AudioClip cut = SpeechFeatures::prepare(burst(8000, 1.0, 0.5), "x");
    QCOMPARE(cut.sampleRate, 8000.0);
    QCOMPARE(cut.samples.size(), size_t(58 * 80));
}

void TestSpeechFeatures::resamplesToEightKilohertz_data() {
    QTest::addColumn<double>("rate");
    QTest::newRow("8 kHz") << 8000.0;
    QTest::newRow("16 kHz") << 16000.0;
    QTest::newRow("44.1 kHz") << 44100.0;
    QTest::newRow("48 kHz") << 48000.0;
}

void TestSpeechFeatures::resamplesToEightKilohertz() {
    QFETCH(double, rate);
    const AudioClip cut = SpeechFeatures::prepare(burst(rate, 0.3, 0.4), "x");
    QCOMPARE(cut.sampleRate, 8000.0);
    // 0.4 s of sound and 2 × 40 ms kept around it, give or take a block at the edges.
    QVERIFY2(std::abs(cut.seconds() - 0.48) <= 0.021, std::to_string(cut.seconds()).c_str());
}

void TestSpeechFeatures::resampledToneKeepsItsPitch() {
    // A 300 Hz tone at 48 kHz crosses zero 600 times a second, also at 8 kHz.
    const AudioClip clip = AudioClip{48000, burst(48000, 0, 1.0).samples}.resampled(8000);
    QCOMPARE(clip.samples.size(), size_t(8000));
    int crossings = 0;
    for (size_t n = 100; n < 7900; ++n)
        crossings += (clip.samples[n - 1] < 0) != (clip.samples[n] < 0) ? 1 : 0;
    QVERIFY2(std::abs(crossings - 2 * 300 * 7800 / 8000) <= 2, std::to_string(crossings).c_str());
}

void TestSpeechFeatures::featuresAreNormalised() {
    const core::Matrix<double> f = SpeechFeatures::of(burst(8000, 0.2, 0.3), "x");
    QCOMPARE(f.cols(), Index(20));
    // 0.38 s kept: 3040 samples, 1 + ⌈2840/80⌉ = 37 frames.
    QCOMPARE(f.rows(), Index(37));
    for (Index j = 0; j < f.cols(); ++j)
        QVERIFY(std::abs(f.col(j).mean()) < 1e-9);
}

void TestSpeechFeatures::refusals_data() {
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("amplitude");
    QTest::addColumn<QString>("message");
    QTest::newRow("silence") << 8000.0 << 0.5 << 0.0 << "no speech found";
    QTest::newRow("very quiet") << 8000.0 << 0.5 << 0.002 << "no speech found";
    QTest::newRow("4 kHz") << 4000.0 << 0.5 << 0.5 << "4000 Hz is not supported";
    QTest::newRow("96 kHz") << 96000.0 << 0.5 << 0.5 << "96000 Hz is not supported";
    QTest::newRow("3 s of sound") << 8000.0 << 3.0 << 0.5 << "lasts 3.0 seconds";
    QTest::newRow("empty") << 8000.0 << 0.0 << 0.5 << "the sound is empty";
    QTest::newRow("50 ms") << 8000.0 << 0.05 << 0.5 << "the sound lasts 50 ms";
    // Four samples at 40.6 kHz resample to none at 8 kHz (found by wav_fuzzer).
    QTest::newRow("four samples") << 40576.0 << 4.5 / 40576.0 << 0.5 << "the sound lasts 0 ms";
}

void TestSpeechFeatures::refusals() {
    QFETCH(double, rate);
    QFETCH(double, seconds);
    QFETCH(double, amplitude);
    QFETCH(QString, message);
    const std::string error = errorOf(burst(rate, 0.0, seconds, amplitude));
    QVERIFY2(error.rfind("me.wav: ", 0) == 0, error.c_str());
    QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
}

QTEST_APPLESS_MAIN(TestSpeechFeatures)
#include "tst_speech_features.moc"
