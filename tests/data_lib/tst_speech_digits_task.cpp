// The speech-digits task: shapes and padding, balanced digits, the seed fixing everything, splits
// by variant that share no clip and no voice setting, the baseline in closed form, rendering, the
// options, and a recording turned into a one-sequence batch.
#include "data/speech_digits_task.h"
#include "data/speech_features.h"
#include "data/task_registry.h"

#include <QTest>
#include <cmath>
#include <numbers>
#include <set>

using namespace data;
using core::Index;

namespace {

const SpeechDigitsTask& shared() {
    static const SpeechDigitsTask task(SpeechCorpus::builtIn(), "both", 0.0, 1);
    return task;
}

} // namespace

class TestSpeechDigitsTask : public QObject {
    Q_OBJECT

private slots:
    void splitSizes_data();
    void splitSizes();
    void batchesHaveTheirShapesAndPadding();
    void digitsAreBalanced();
    void theSeedFixesEverything();
    void splitsShareNoVariant();
    void baselineIsTheClosedForm();
    void renders();
    void audioIsTheClip();
    void optionsAreChecked();
    void recordingBecomesABatch();
};

void TestSpeechDigitsTask::splitSizes_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("held"); // validation and test each
    // 24 variants a language: 4 to validation, 4 to test, 16 to training; 10 digits each.
    QTest::newRow("both") << "both" << 320 << 80;
    QTest::newRow("en") << "en" << 160 << 40;
    QTest::newRow("fr") << "fr" << 160 << 40;
}

void TestSpeechDigitsTask::splitSizes() {
    QFETCH(QString, language);
    QFETCH(int, train);
    QFETCH(int, held);
    const SpeechDigitsTask task(SpeechCorpus::builtIn(), language.toStdString(), 0.0, 5);
    QCOMPARE(task.sequenceCount(Split::Train), Index(train));
    QCOMPARE(task.sequenceCount(Split::Validation), Index(held));
    QCOMPARE(task.sequenceCount(Split::Test), Index(held));
    for (Index i = 0; i < held; ++i)
        QVERIFY(language == QStringLiteral("both") ||
                task.clip(Split::Test, i).language == language.toStdString());
}

void TestSpeechDigitsTask::batchesHaveTheirShapesAndPadding() {
    const SpeechDigitsTask& task = shared();
    for (Split split : {Split::Train, Split::Validation}) {
        const auto batch = task.batch(split, 16, 1, 2);
        QCOMPARE(batch.batch, Index(16));
        QCOMPARE(batch.inputs.rows(), batch.steps * 16);
        QCOMPARE(batch.inputs.cols(), Index(20));
        Index longest = 0;
        for (Index b = 0; b < 16; ++b) {
            const Index length = batch.lengths[size_t(b)];
            QVERIFY(length >= 15 && length <= 150); // 0.15–1.5 s of 10 ms frames
            longest = std::max(longest, length);
            for (Index t = length; t < batch.steps; ++t)
                QVERIFY(batch.inputs.row(t * 16 + b).isZero());
            QVERIFY(batch.targetClasses[size_t(b)] >= 0 && batch.targetClasses[size_t(b)] <= 9);
        }
        QCOMPARE(batch.steps, longest);
    }
    QCOMPARE(task.batchCount(Split::Train, 16), Index(20));
    QCOMPARE(task.batch(Split::Validation, 16, 4, 0).batch, Index(16));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.batch(Split::Validation, 16, 5, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, task.batch(Split::Validation, 0, 0, 0));
    QCOMPARE(task.checkNetwork(task.recommendedNetwork()), std::string());
    QVERIFY(task.recommendedNetwork().layers.front().bidirectional);
}

void TestSpeechDigitsTask::digitsAreBalanced() {
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        std::vector<int> counts(10, 0);
        const auto batch = shared().batch(split, 400, 0, 3);
        for (std::int32_t c : batch.targetClasses)
            ++counts[size_t(c)];
        QCOMPARE(*std::min_element(counts.begin(), counts.end()),
                 *std::max_element(counts.begin(), counts.end()));
    }
}

void TestSpeechDigitsTask::theSeedFixesEverything() {
    const SpeechDigitsTask a(SpeechCorpus::builtIn(), "both", 0.01, 9);
    const SpeechDigitsTask b(SpeechCorpus::builtIn(), "both", 0.01, 9);
    const SpeechDigitsTask c(SpeechCorpus::builtIn(), "both", 0.01, 10);
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        QCOMPARE(a.batch(split, 8, 1, 3).inputs, b.batch(split, 8, 1, 3).inputs);
        QVERIFY(a.batch(split, 8, 1, 3).inputs != c.batch(split, 8, 1, 3).inputs);
    }
    // Training batches change every epoch (order, shift, jitter); validation ones never do.
    QVERIFY(a.batch(Split::Train, 8, 0, 0).inputs != a.batch(Split::Train, 8, 0, 1).inputs);
    QCOMPARE(a.batch(Split::Validation, 8, 0, 0).inputs,
             a.batch(Split::Validation, 8, 0, 7).inputs);
}

void TestSpeechDigitsTask::splitsShareNoVariant() {
    const SpeechDigitsTask& task = shared();
    std::set<std::pair<std::string, int>> variants[3];
    std::set<const SpeechCorpus::Clip*> clips;
    for (Split split : {Split::Train, Split::Validation, Split::Test})
        for (Index i = 0; i < task.sequenceCount(split); ++i) {
            const SpeechCorpus::Clip& clip = task.clip(split, i);
            variants[size_t(split)].insert({clip.language, clip.variant});
            QVERIFY(clips.insert(&clip).second); // no clip twice
        }
    QCOMPARE(clips.size(), size_t(480));
    for (const auto& v : variants[0]) {
        QVERIFY(!variants[1].count(v));
        QVERIFY(!variants[2].count(v));
    }
    for (const auto& v : variants[1])
        QVERIFY(!variants[2].count(v));
    QCOMPARE(variants[1].size(), size_t(8)); // 4 a language
}

void TestSpeechDigitsTask::baselineIsTheClosedForm() {
    // Balanced digits: the majority is the first, 0, right on 8 of 80; cross-entropy ln 10.
    const Baseline baseline = shared().baseline();
    QVERIFY(std::abs(baseline.loss - std::log(10.0)) < 1e-12);
    QCOMPARE(baseline.metric, 0.1);
}

void TestSpeechDigitsTask::renders() {
    const SpeechDigitsTask& task = shared();
    const auto batch = task.batch(Split::Validation, 4, 0, 0);
    QCOMPARE(task.renderTarget(batch, 2, 0), std::to_string(batch.targetClasses[2]));
    QCOMPARE(task.inputKind(), Task::InputKind::Spectrogram);
    const std::string step = task.renderStep(batch, 0, 3);
    QVERIFY2(step.rfind("30 ms: loudest band ", 0) == 0, step.c_str());
    QVERIFY(step.find(" Hz)") != std::string::npos);
    core::Matrix<double> outputs = core::Matrix<double>::Zero(4, 10);
    outputs(1, 7) = 2.0;
    QCOMPARE(task.renderOutput(outputs, 1), std::string("7"));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.renderStep(batch, 4, 0));
}

void TestSpeechDigitsTask::audioIsTheClip() {
    const SpeechDigitsTask& task = shared();
    const AudioClip sound = task.audio(Split::Validation, 3);
    QCOMPARE(sound.samples, task.clip(Split::Validation, 3).audio.samples);
    // Its features are the batch's sequence 3 (validation batches are in clip order).
    const core::Matrix<double> f = SpeechFeatures::of(sound, "clip");
    const auto batch = task.batch(Split::Validation, 8, 0, 0);
    QCOMPARE(batch.lengths[3], f.rows());
    for (Index t = 0; t < f.rows(); ++t)
        QCOMPARE(core::Matrix<double>(batch.inputs.row(t * 8 + 3)), core::Matrix<double>(f.row(t)));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.audio(Split::Validation, 80));
}

void TestSpeechDigitsTask::optionsAreChecked() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    QVERIFY(registry.find("speech-digits"));
    QVERIFY(registry.check("speech-digits", {{"language", "de"}}).find("language") !=
            std::string::npos);
    QVERIFY(!registry.check("speech-digits", {{"noise", "0.5"}}).empty());
    const auto task = registry.make("speech-digits", {{"language", "fr"}}, 2);
    QCOMPARE(task->options().at("language"), std::string("fr"));
    QCOMPARE(task->sequenceCount(Split::Validation), Index(40));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             SpeechDigitsTask(SpeechCorpus::builtIn(), "de", 0.0, 1));
}

void TestSpeechDigitsTask::recordingBecomesABatch() {
    AudioClip sound{16000, std::vector<double>(16000, 0.0)};
    for (size_t n = 4000; n < 12000; ++n)
        sound.samples[n] = 0.3 * std::sin(2 * std::numbers::pi * 440 * double(n) / 16000);
    const auto batch = SpeechDigitsTask::batchOf(sound, "mic");
    QCOMPARE(batch.batch, Index(1));
    QCOMPARE(batch.inputs.cols(), Index(20));
    QCOMPARE(batch.lengths[0], batch.steps);
    QVERIFY(batch.steps > 50 && batch.steps < 70); // 0.5 s of sound and 80 ms around it
    try {
        SpeechDigitsTask::batchOf(AudioClip{8000, std::vector<double>(8000, 0.0)}, "mic");
        QFAIL("no exception");
    } catch (const std::runtime_error& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("mic: no speech found (the sound is silent or far too quiet)"));
    }
}

QTEST_APPLESS_MAIN(TestSpeechDigitsTask)
#include "tst_speech_digits_task.moc"
