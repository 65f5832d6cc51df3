// The sine forecasting task: targets are the inputs one step on, and the repeat-last baseline
// it measures agrees with Σ A²(1 − cos ω) (+ 2σ²).
#include "data/sine_task.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace data;
using core::Index;

Q_DECLARE_METATYPE(SineTask::Kind)

class TestSineTask : public QObject {
    Q_OBJECT

private slots:
    void targetsAreTheNextInputs_data() { kinds(); }
    void targetsAreTheNextInputs();
    void baselineMatchesTheClosedForm_data() { kinds(); }
    void baselineMatchesTheClosedForm();

private:
    void kinds();
};

void TestSineTask::kinds() {
    QTest::addColumn<SineTask::Kind>("kind");
    QTest::newRow("sine") << SineTask::Kind::Sine;
    QTest::newRow("multi") << SineTask::Kind::Multi;
    QTest::newRow("noisy") << SineTask::Kind::Noisy;
}

void TestSineTask::targetsAreTheNextInputs() {
    QFETCH(SineTask::Kind, kind);
    const SineTask task(kind, 40, {100, 20, 20}, 1);
    for (Index i = 0; i < task.sequenceCount(Split::Train); ++i) {
        const SequenceExample e = task.example(Split::Train, i);
        QCOMPARE(e.length(), Index(40));
        QVERIFY(e.inputs.bottomRows(39) == e.targets.topRows(39));
        QVERIFY(e.inputs.cwiseAbs().maxCoeff() <= (kind == SineTask::Kind::Noisy ? 2.0 : 1.0));
    }
}

void TestSineTask::baselineMatchesTheClosedForm() {
    QFETCH(SineTask::Kind, kind);
    const SineTask task(kind, 50, {100, 2000, 100}, 2);
    const double closed = SineTask::repeatLastMse(kind);
    const double measured = task.baseline().metric;
    // 2000 windows of random phase: within a few percent (the noise adds sampling error).
    QVERIFY2(std::abs(measured - closed) < 0.03 * closed,
             qPrintable(QString::number(measured) + " vs " + QString::number(closed)));
    QVERIFY(std::abs(task.baseline().loss - closed) < 0.03 * closed);
    const double floor = SineTask::noiseFloor(kind);
    QVERIFY(task.solvedThreshold() > floor);
    QVERIFY(task.solvedThreshold() < floor + 0.2 * (closed - floor));
    if (kind == SineTask::Kind::Sine)
        QCOMPARE(closed, 1 - std::cos(2 * std::numbers::pi / 20));
}

QTEST_APPLESS_MAIN(TestSineTask)
#include "tst_sine_task.moc"
