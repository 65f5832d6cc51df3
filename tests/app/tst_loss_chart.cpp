// app::LossChart: a point per snapshot, each validation drawn once, later runs to the right, and
// a curve that never grows past kMaxPoints.
#include "app/views/loss_chart.h"

#include <QLineSeries>
#include <QTest>

using training::EpochValidation;
using training::TrainingSnapshot;

namespace {

TrainingSnapshot snapshotAt(std::int64_t step, double loss) {
    TrainingSnapshot snapshot;
    snapshot.epoch = 1;
    snapshot.epochs = 1;
    snapshot.step = step;
    snapshot.steps = 100000;
    snapshot.recentLoss = loss;
    return snapshot;
}

QLineSeries* series(app::LossChart& chart, int index) {
    return qobject_cast<QLineSeries*>(chart.chart()->series().at(index));
}

} // namespace

class TestLossChart : public QObject {
    Q_OBJECT

private slots:
    void drawsEachValidationOnce();
    void skipsLossesALogAxisCannotShow_data();
    void skipsLossesALogAxisCannotShow();
    void laterRunsContinueToTheRight();
    void keepsAtMostMaxPoints();
    void historyThenResumedRun();
};

void TestLossChart::drawsEachValidationOnce() {
    app::LossChart chart;
    TrainingSnapshot snapshot = snapshotAt(10, 0.5);
    chart.addSnapshot(snapshot);
    snapshot.step = 20;
    snapshot.validations.append(EpochValidation{1, 20, 0.4, 0.1, false});
    chart.addSnapshot(snapshot);
    chart.addSnapshot(snapshot); // the same history again: nothing new to draw
    snapshot.step = 40;
    snapshot.validations.append(EpochValidation{2, 40, 0.3, 0.1, false});
    chart.addSnapshot(snapshot);

    QCOMPARE(chart.trainingPointCount(), 4);
    QCOMPARE(chart.validationPointCount(), 2);
    QCOMPARE(series(chart, 1)->at(1), QPointF(40, 0.3));
}

void TestLossChart::skipsLossesALogAxisCannotShow_data() {
    QTest::addColumn<double>("loss");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative") << -1.0;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
}

void TestLossChart::skipsLossesALogAxisCannotShow() {
    QFETCH(double, loss);
    app::LossChart chart;
    chart.addSnapshot(snapshotAt(1, loss));
    QCOMPARE(chart.trainingPointCount(), 0);
}

void TestLossChart::laterRunsContinueToTheRight() {
    app::LossChart chart;
    chart.addSnapshot(snapshotAt(50, 0.5));
    chart.beginRun();
    chart.addSnapshot(snapshotAt(10, 0.4));
    QCOMPARE(series(chart, 0)->at(1), QPointF(60, 0.4));

    chart.clear();
    chart.addSnapshot(snapshotAt(10, 0.4));
    QCOMPARE(series(chart, 0)->at(0), QPointF(10, 0.4));
}

void TestLossChart::keepsAtMostMaxPoints() {
    app::LossChart chart;
    const int count = 3 * app::LossChart::kMaxPoints;
    for (int step = 1; step <= count; ++step)
        chart.addSnapshot(snapshotAt(step, 1.0 / step));

    QVERIFY(chart.trainingPointCount() <= app::LossChart::kMaxPoints);
    QVERIFY(chart.trainingPointCount() > app::LossChart::kMaxPoints / 2);
    QCOMPARE(series(chart, 0)->count(), int(chart.trainingPointCount()));
    // The ends stay where they were; the curve still falls from the first loss to the last.
    QCOMPARE(series(chart, 0)->at(0), QPointF(1, 1.0));
    QCOMPARE(series(chart, 0)->at(series(chart, 0)->count() - 1), QPointF(count, 1.0 / count));
}

void TestLossChart::historyThenResumedRun() {
    session::TrainingHistory history;
    for (int epoch = 1; epoch <= 3; ++epoch) {
        session::EpochRecord record;
        record.epoch = epoch;
        record.step = 10 * epoch;
        record.trainLoss = 1.0 / epoch;
        record.validationLoss = 0.5 / epoch;
        history.addEpoch(record);
    }
    app::LossChart chart;
    chart.addSnapshot(snapshotAt(5, 0.9));
    chart.showHistory(history);
    QCOMPARE(chart.trainingPointCount(), 3);
    QCOMPARE(chart.validationPointCount(), 3);
    QCOMPARE(series(chart, 0)->at(2), QPointF(30, 1.0 / 3));
    QCOMPARE(series(chart, 1)->at(0), QPointF(10, 0.5));

    // The resumed run's snapshot lists the three epochs again, then its own fourth.
    TrainingSnapshot snapshot = snapshotAt(40, 0.2);
    for (const session::EpochRecord& record : history.epochs())
        snapshot.validations.append({record.epoch, record.step, record.validationLoss, 0.0, false});
    snapshot.validations.append({4, 40, 0.1, 0.0, false});
    chart.addSnapshot(snapshot);
    QCOMPARE(chart.validationPointCount(), 4);
    QCOMPARE(series(chart, 1)->at(3), QPointF(40, 0.1));
    QCOMPARE(series(chart, 0)->at(3), QPointF(40, 0.2));
}

QTEST_MAIN(TestLossChart)
#include "tst_loss_chart.moc"
