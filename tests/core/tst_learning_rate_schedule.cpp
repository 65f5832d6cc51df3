// Learning-rate schedules at known steps (closed forms of torch.optim.lr_scheduler).
#include "core/learning_rate_schedule.h"

#include <QTest>
#include <cmath>
#include <numbers>

Q_DECLARE_METATYPE(core::LearningRateSchedule)

using namespace core;

namespace {

LearningRateSchedule make(ScheduleKind kind, std::int64_t warmup = 0) {
    LearningRateSchedule s;
    s.kind = kind;
    s.stepSize = 3;
    s.gamma = 0.5;
    s.maxSteps = 10;
    s.minimumRate = 0.1;
    s.warmupSteps = warmup;
    return s;
}

} // namespace

class TestLearningRateSchedule : public QObject {
    Q_OBJECT

private slots:
    void rateAt_data();
    void rateAt();
    void isAPureFunctionOfTheStep();
    void names();
};

void TestLearningRateSchedule::rateAt_data() {
    QTest::addColumn<LearningRateSchedule>("schedule");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<double>("rate");
    const LearningRateSchedule constant = make(ScheduleKind::Constant);
    const LearningRateSchedule step = make(ScheduleKind::Step);
    const LearningRateSchedule exponential = make(ScheduleKind::Exponential);
    const LearningRateSchedule cosine = make(ScheduleKind::Cosine);
    const LearningRateSchedule warmCosine = make(ScheduleKind::Cosine, 4);
    const LearningRateSchedule warmStep = make(ScheduleKind::Step, 2);
    // Base rate 2.
    QTest::newRow("constant 0") << constant << qint64(0) << 2.0;
    QTest::newRow("constant 1000") << constant << qint64(1000) << 2.0;
    QTest::newRow("step 2") << step << qint64(2) << 2.0;
    QTest::newRow("step 3") << step << qint64(3) << 1.0;
    QTest::newRow("step 5") << step << qint64(5) << 1.0;
    QTest::newRow("step 6") << step << qint64(6) << 0.5;
    QTest::newRow("step 10") << step << qint64(10) << 0.25;
    QTest::newRow("exponential 0") << exponential << qint64(0) << 2.0;
    QTest::newRow("exponential 3") << exponential << qint64(3) << 0.25;
    QTest::newRow("cosine 0") << cosine << qint64(0) << 2.0;
    QTest::newRow("cosine 5") << cosine << qint64(5) << 1.05;
    QTest::newRow("cosine 10") << cosine << qint64(10) << 0.1;
    QTest::newRow("cosine 20 (periodic, as PyTorch)") << cosine << qint64(20) << 2.0;
    QTest::newRow("cosine 2") << cosine << qint64(2)
                              << 0.1 + 1.9 * (1 + std::cos(std::numbers::pi / 5)) / 2;
    QTest::newRow("warm-up 0") << warmCosine << qint64(0) << 0.5;
    QTest::newRow("warm-up 2") << warmCosine << qint64(2) << 1.5;
    QTest::newRow("warm-up 3") << warmCosine << qint64(3) << 2.0;
    QTest::newRow("warm-up over, cosine 0") << warmCosine << qint64(4) << 2.0;
    QTest::newRow("warm-up over, cosine 5") << warmCosine << qint64(9) << 1.05;
    QTest::newRow("warm-up over, cosine 10") << warmCosine << qint64(14) << 0.1;
    QTest::newRow("warm step 1") << warmStep << qint64(1) << 2.0;
    QTest::newRow("warm step, 3 after") << warmStep << qint64(5) << 1.0;
}

void TestLearningRateSchedule::rateAt() {
    QFETCH(LearningRateSchedule, schedule);
    QFETCH(qint64, step);
    QFETCH(double, rate);
    const double actual = schedule.rateAt(2.0, step);
    QVERIFY2(std::abs(actual - rate) < 1e-14, qPrintable(QString::number(actual, 'g', 17)));
}

void TestLearningRateSchedule::isAPureFunctionOfTheStep() {
    const LearningRateSchedule cosine = make(ScheduleKind::Cosine, 3);
    const double late = cosine.rateAt(0.01, 7);
    for (std::int64_t t = 0; t < 7; ++t)
        cosine.rateAt(0.01, t);
    QCOMPARE(cosine.rateAt(0.01, 7), late);
}

void TestLearningRateSchedule::names() {
    for (ScheduleKind kind : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential,
                              ScheduleKind::Cosine})
        QCOMPARE(scheduleKindFromName(scheduleKindName(kind)), std::optional<ScheduleKind>(kind));
    QCOMPARE(scheduleKindName(ScheduleKind::Exponential), std::string("exponential"));
    QVERIFY(!scheduleKindFromName("cyclic"));
}

QTEST_APPLESS_MAIN(TestLearningRateSchedule)
#include "tst_learning_rate_schedule.moc"
