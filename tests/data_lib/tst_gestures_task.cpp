// The gestures task: batch shapes and padding, balanced classes, determinism, splits that share
// no drawing and no recording, the baseline in closed form, recordings from a file, rendering,
// and refusals that name the file and line.
#include "data/gesture_file.h"
#include "data/gesture_templates.h"
#include "data/gestures_task.h"
#include "data/sequence_example.h"
#include "data/stroke_augmentation.h"
#include "data/task_registry.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <set>

using namespace data;
using core::Index;

namespace {

GeneratedTask::Sizes sizes(Index train, Index eval) {
    return {train, eval, eval};
}

std::uint64_t hashOf(const Gesture& g) {
    SequenceExample e;
    e.inputs.resize(Index(g.steps.size()), 3);
    for (size_t t = 0; t < g.steps.size(); ++t)
        e.inputs.row(Index(t)) << g.steps[t].dx, g.steps[t].dy, double(g.steps[t].pen);
    return e.hash(0);
}

/** `count` recordings labelled `label`: circles of growing radius, so each is different. */
std::vector<Gesture> recordings(const std::string& label, int count) {
    std::vector<Gesture> out;
    for (int i = 0; i < count; ++i)
        out.push_back({label, StrokeAugmentation::scale(GestureTemplates::outline(0), 1 + i, 1)});
    return out;
}

} // namespace

class TestGesturesTask : public QObject {
    Q_OBJECT

private slots:
    void batchesHaveTheirShapesAndPadding();
    void classesAreBalanced();
    void theSeedFixesEverything();
    void splitsShareNoDrawing();
    void baselineIsTheClosedForm();
    void recordingsAddClassesAndStayInTheirSplit();
    void readsRecordingsFromAFile();
    void refusesBadRecordings();
    void rendersStepsAndClasses();
    void recordingsIsATextOption();
};

void TestGesturesTask::batchesHaveTheirShapesAndPadding() {
    const GesturesTask task({}, "", sizes(200, 40), 3);
    const auto batch = task.batch(Split::Train, 16, 2, 1);
    QCOMPARE(batch.batch, Index(16));
    QCOMPARE(batch.inputs.rows(), batch.steps * 16);
    QCOMPARE(batch.inputs.cols(), Index(3));
    QCOMPARE(batch.targetClasses.size(), size_t(16));
    Index longest = 0;
    for (Index b = 0; b < 16; ++b) {
        const Index length = batch.lengths[size_t(b)];
        QVERIFY(length >= GestureTemplates::kMinSteps && length <= GestureTemplates::kMaxSteps);
        longest = std::max(longest, length);
        for (Index t = 0; t < batch.steps; ++t) {
            const double pen = batch.inputs(t * 16 + b, 2);
            if (t >= length)
                QVERIFY(batch.inputs.row(t * 16 + b).isZero());
            else
                QVERIFY(pen == 0.0 || pen == 1.0);
        }
        QVERIFY(batch.targetClasses[size_t(b)] >= 0 && batch.targetClasses[size_t(b)] < 8);
    }
    QCOMPARE(batch.steps, longest);
    QCOMPARE(task.recommendedNetwork().outputSize, Index(8));
    QCOMPARE(task.checkNetwork(task.recommendedNetwork()), std::string());
}

void TestGesturesTask::classesAreBalanced() {
    const GesturesTask task({}, "", sizes(203, 40), 3);
    std::vector<int> counts(8, 0);
    for (Index i = 0; i < 203; ++i)
        ++counts[size_t(task.batch(Split::Train, 1, i, 4).targetClasses[0])];
    // 203 = 8·25 + 3: three classes once more.
    QCOMPARE(*std::min_element(counts.begin(), counts.end()), 25);
    QCOMPARE(*std::max_element(counts.begin(), counts.end()), 26);
}

void TestGesturesTask::theSeedFixesEverything() {
    const GesturesTask a({}, "", sizes(100, 40), 9), b({}, "", sizes(100, 40), 9);
    const GesturesTask c({}, "", sizes(100, 40), 10);
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        QCOMPARE(a.batch(split, 8, 1, 3).inputs, b.batch(split, 8, 1, 3).inputs);
        QVERIFY(a.batch(split, 8, 1, 3).inputs != c.batch(split, 8, 1, 3).inputs);
    }
    QVERIFY(a.batch(Split::Train, 8, 0, 0).inputs != a.batch(Split::Train, 8, 0, 1).inputs);
}

void TestGesturesTask::splitsShareNoDrawing() {
    const GesturesTask task({}, "", sizes(2000, 300), 4);
    std::set<std::uint64_t> train;
    for (Index i = 0; i < 2000; ++i)
        train.insert(hashOf(task.example(Split::Train, i)));
    QCOMPARE(train.size(), size_t(2000));
    for (Split split : {Split::Validation, Split::Test})
        for (Index i = 0; i < 300; ++i)
            QVERIFY(!train.count(hashOf(task.example(split, i))));
}

void TestGesturesTask::baselineIsTheClosedForm() {
    // 4000 training examples, 500 of each class: the majority is the first class, circle, which
    // is validation example 0, 8, …, 496: 63 of 500. Cross-entropy of uniform frequencies: log 8.
    const GesturesTask task({}, "", sizes(4000, 500), 1);
    const Baseline baseline = task.baseline();
    QVERIFY(std::abs(baseline.loss - std::log(8.0)) < 1e-12);
    QCOMPARE(baseline.metric, 63.0 / 500.0);
}

void TestGesturesTask::recordingsAddClassesAndStayInTheirSplit() {
    std::vector<Gesture> recorded = recordings("heart", 10);
    for (const Gesture& g : recordings("circle", 2))
        recorded.push_back(g);
    const GesturesTask task(recorded, "", sizes(900, 90), 2);
    QCOMPARE(task.classNames().size(), size_t(9));
    QCOMPARE(task.classNames().back(), std::string("heart"));
    // One in five of ten to validation, as many to test; the two circles are too few to share.
    QCOMPARE(task.recordingCount(Split::Validation, "heart"), Index(2));
    QCOMPARE(task.recordingCount(Split::Test, "heart"), Index(2));
    QCOMPARE(task.recordingCount(Split::Train, "heart"), Index(6));
    QCOMPARE(task.recordingCount(Split::Train, "circle"), Index(2));
    QCOMPARE(task.recordingCount(Split::Validation, "circle"), Index(0));
    int hearts = 0;
    for (Index i = 0; i < 90; ++i)
        hearts += task.example(Split::Validation, i).label == "heart" ? 1 : 0;
    QCOMPARE(hearts, 10); // one class in nine
}

void TestGesturesTask::readsRecordingsFromAFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("pad.txt").toStdString();
    GestureFile::save(path, recordings("wave", 5));
    const auto task = TaskRegistry::builtIn().make(
        "gestures", {{"recordings", path}, {"train-size", "100"}, {"eval-size", "20"}}, 1);
    QCOMPARE(task->recommendedNetwork().outputSize, Index(9));
    QCOMPARE(task->options().at("recordings"), path);
    QCOMPARE(task->renderOutput(core::Matrix<double>::Identity(9, 9), 8), std::string("wave"));
}

void TestGesturesTask::refusesBadRecordings() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("bad.txt").toStdString();
    {
        std::ofstream file(path);
        file << "lstm-studio-gestures 1\ngesture wave\n1 1 1\n1 one 1\n";
    }
    for (const auto& [file, message] : {std::pair{path, path + ":4: dx and dy must be finite"},
                                        std::pair{path + "x", path + "x: cannot open"}}) {
        try {
            TaskRegistry::builtIn().make("gestures", {{"recordings", file}}, 1);
            QFAIL("no exception");
        } catch (const std::invalid_argument& error) {
            QVERIFY2(std::string(error.what()).starts_with(message), error.what());
        }
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             GesturesTask({{"bad label", {{1, 1, 1}}}}, "", sizes(10, 10), 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             GesturesTask({{"empty", {}}}, "", sizes(10, 10), 1));
}

void TestGesturesTask::rendersStepsAndClasses() {
    const GesturesTask task({}, "", sizes(100, 40), 1);
    core::SequenceBatch<double> batch;
    batch.steps = 2;
    batch.batch = 1;
    batch.inputs.resize(2, 3);
    batch.inputs << 0.5, -0.25, 1, 1, 2, 0;
    batch.lengths = {2};
    batch.targetClasses = {5};
    QCOMPARE(task.renderStep(batch, 0, 0), std::string("(0.50, -0.25) pen down"));
    QCOMPARE(task.renderStep(batch, 0, 1), std::string("(1.00, 2.00) pen up"));
    QCOMPARE(task.renderTarget(batch, 0, 0), std::string("arrow"));
    core::Matrix<double> outputs = core::Matrix<double>::Zero(1, 8);
    outputs(0, 6) = 3;
    QCOMPARE(task.renderOutput(outputs, 0), std::string("spiral"));
    const Evaluation e = task.evaluate(batch, outputs);
    QCOMPARE(e.metric, 0.0);
    outputs(0, 5) = 4;
    QCOMPARE(task.evaluate(batch, outputs).metric, 1.0);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.renderStep(batch, 0, 2));
}

void TestGesturesTask::recordingsIsATextOption() {
    const TaskInfo info = GesturesTask::info();
    const TaskOptionSpec* spec = info.findOption("recordings");
    QVERIFY(spec);
    QCOMPARE(spec->kind, TaskOptionKind::Text);
    QVERIFY(spec->check("/home/me/my pad.txt").empty());
    QCOMPARE(spec->check("a\nb"),
             std::string("--recordings expects text on one line (got \"a\nb\")"));
    QVERIFY2(spec->help().starts_with("--recordings TEXT  ") &&
                 spec->help().ends_with("(text; default none)"),
             spec->help().c_str());
    QCOMPARE(optionText({{"recordings", "x.txt"}}, "recordings"), std::string("x.txt"));
}

QTEST_APPLESS_MAIN(TestGesturesTask)
#include "tst_gestures_task.moc"
