// app::TrainingCharts on a real recorded run: the curves equal the history's epochs and the
// snapshots' learning rates (a step schedule) and gradient norms, a settings change made during
// the run is a marker at its step whose tooltip says what changed, point counts stay bounded, an
// opened history draws the same epochs, and the CSV and PNG exports hold what is shown.
#include "app/views/training_chart_page.h"
#include "app/views/training_charts.h"
#include "chart_fixtures.h"
#include "probe_fixtures.h"

#include <QChart>
#include <QFile>
#include <QGraphicsRectItem>
#include <QHelpEvent>
#include <QImage>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <set>

using Series = app::TrainingChartData::Series;

namespace {

const chart_fixtures::RecordedRun& run() {
    static const chart_fixtures::RecordedRun recorded = chart_fixtures::recordRun();
    return recorded;
}

void feed(app::TrainingCharts& charts) {
    charts.beginRun();
    for (const training::TrainingSnapshot& snapshot : run().snapshots)
        charts.addSnapshot(snapshot);
}

QLineSeries* curve(app::TrainingCharts& charts, app::TrainingCharts::Page page, Series series) {
    return charts.chartPage(page)->curve(series);
}

} // namespace

class TestTrainingCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void epochCurvesEqualTheHistory();
    void perStepCurvesEqualTheSnapshots();
    void settingsChangeIsAMarkerWithItsText();
    void openedHistoryDrawsItsEpochs();
    void resumedRunGoesOnFromTheOpenedHistory();
    void resetDropsWhatCameAfter();
    void pointCountsStayBounded();
    void exportsWhatItShows();
    void screenshots();
};

void TestTrainingCharts::epochCurvesEqualTheHistory() {
    app::TrainingCharts charts;
    feed(charts);
    const auto& epochs = run().snapshots.back().history->epochs();
    QCOMPARE(int(epochs.size()), 5);
    QLineSeries* train = curve(charts, app::TrainingCharts::Loss, Series::TrainLoss);
    QLineSeries* validation = curve(charts, app::TrainingCharts::Loss, Series::ValidationLoss);
    QLineSeries* metric = curve(charts, app::TrainingCharts::Metric, Series::ValidationMetric);
    QCOMPARE(train->count(), 5);
    QCOMPARE(validation->count(), 5);
    QCOMPARE(metric->count(), 5);
    for (int e = 0; e < 5; ++e) {
        QCOMPARE(train->at(e), QPointF(double(epochs[e].step), epochs[e].trainLoss));
        QCOMPARE(validation->at(e), QPointF(double(epochs[e].step), epochs[e].validationLoss));
        QCOMPARE(metric->at(e).y(), epochs[e].validationMetric);
    }
    QVERIFY(train->at(4).y() < train->at(0).y()); // it learned
}

void TestTrainingCharts::perStepCurvesEqualTheSnapshots() {
    app::TrainingCharts charts;
    feed(charts);
    QLineSeries* rate = curve(charts, app::TrainingCharts::LearningRate, Series::LearningRate);
    QLineSeries* norm = curve(charts, app::TrainingCharts::GradientNorm, Series::GradientNorm);
    QLineSeries* speed = curve(charts, app::TrainingCharts::Speed, Series::StepsPerSecond);
    const auto& snapshots = run().snapshots;
    // The run's last snapshot (after the last validation) is at the same step as the one before.
    QCOMPARE(snapshots.back().step, snapshots[snapshots.size() - 2].step);
    QCOMPARE(rate->count(), qsizetype(snapshots.size() - 1));
    std::set<double> rates;
    for (size_t i = 0; i + 1 < snapshots.size(); ++i) {
        QCOMPARE(rate->at(i), QPointF(double(snapshots[i].step), snapshots[i].learningRate));
        QCOMPARE(norm->at(i), QPointF(double(snapshots[i].step), snapshots[i].gradientNorm));
        QCOMPARE(speed->at(i).y(), snapshots[i].stepsPerSecond);
        rates.insert(snapshots[i].learningRate);
    }
    // The clipping threshold in force is drawn beside ‖g‖.
    QLineSeries* clip = curve(charts, app::TrainingCharts::GradientNorm, Series::ClipThreshold);
    QCOMPARE(clip->count(), rate->count());
    QCOMPARE(clip->at(0).y(), snapshots[0].settings.clipNorm);
    // The step schedule halves η every 3 steps: the curve visibly steps down.
    QVERIFY(rates.size() >= 4);
    QCOMPARE(snapshots[0].learningRate, 1e-2);
    QCOMPARE(snapshots[3].learningRate, 5e-3);
    // The log axes hold every value.
    auto* axis =
        charts.chartPage(app::TrainingCharts::LearningRate)->chart()->axes(Qt::Vertical)[0];
    QCOMPARE(axis->type(), QAbstractAxis::AxisTypeLogValue);
}

void TestTrainingCharts::settingsChangeIsAMarkerWithItsText() {
    app::TrainingCharts charts;
    charts.resize(800, 500);
    feed(charts);
    charts.setPage(app::TrainingCharts::LearningRate);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    const auto& markers = charts.data().markers();
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers[0].kind, session::HistoryEntry::Kind::SettingsChanged);
    QCOMPARE(markers[0].step, double(run().changeStep));
    QVERIFY(markers[0].text.contains(QStringLiteral("learning rate")));

    app::TrainingChartPage* page = charts.chartPage(app::TrainingCharts::LearningRate);
    QCOMPARE(page->markerItems().size(), 1);
    QGraphicsRectItem* item = page->markerItems()[0];
    QVERIFY(item->isVisible());
    QVERIFY(item->toolTip().contains(markers[0].text));
    QVERIFY(item->toolTip().contains(QStringLiteral("step %1").arg(run().changeStep)));
    // The line stands where the step axis puts step 9: at a point of the curve with that step.
    QLineSeries* rate = page->curve(Series::LearningRate);
    const QPointF onCurve = page->chart()->mapToPosition(
        QPointF(double(run().changeStep), rate->at(int(run().changeStep) - 1).y()), rate);
    QVERIFY(std::abs(item->rect().center().x() - page->chart()->mapToScene(onCurve).x()) < 1.0);
    // Hovering the line shows its tooltip.
    const QPoint at = page->mapFromScene(item->rect().center());
    QHelpEvent help(QEvent::ToolTip, at, page->viewport()->mapToGlobal(at));
    QApplication::sendEvent(page->viewport(), &help);
    QTRY_VERIFY(QToolTip::text().contains(markers[0].text));
    // A change of language says it again: the marker stays, its tooltip too.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(page, &languageChange);
    QCOMPARE(charts.chartPage(app::TrainingCharts::LearningRate)->markerItems().size(), 1);
    QVERIFY(page->markerItems()[0]->toolTip().contains(markers[0].text));
    // Every page marks it.
    for (int p = 0; p < app::TrainingCharts::PageCount; ++p)
        QCOMPARE(charts.chartPage(app::TrainingCharts::Page(p))->markerItems().size(), 1);
}

void TestTrainingCharts::openedHistoryDrawsItsEpochs() {
    app::TrainingCharts charts;
    session::TrainingHistory history = *run().snapshots.back().history;
    history.addEntry({session::HistoryEntry::Kind::EarlyStopped, 18, 5, "kept epoch 4"});
    charts.showHistory(history);
    const auto& epochs = history.epochs();
    QLineSeries* train = curve(charts, app::TrainingCharts::Loss, Series::TrainLoss);
    QLineSeries* rate = curve(charts, app::TrainingCharts::LearningRate, Series::LearningRate);
    QCOMPARE(train->count(), qsizetype(epochs.size()));
    QCOMPARE(rate->count(), qsizetype(epochs.size()));
    for (size_t e = 0; e < epochs.size(); ++e) {
        QCOMPARE(train->at(e).y(), epochs[e].trainLoss);
        QCOMPARE(rate->at(e), QPointF(double(epochs[e].step), epochs[e].learningRate));
    }
    QCOMPARE(charts.data().markers().size(), 2);
    QCOMPARE(charts.data().markers()[1].step, 18.0);
    QVERIFY(charts.chartPage(app::TrainingCharts::Loss)
                ->markerItems()[1]
                ->toolTip()
                .contains(QStringLiteral("kept epoch 4")));
    charts.clear();
    QCOMPARE(train->count(), 0);
    QVERIFY(charts.chartPage(app::TrainingCharts::Loss)->markerItems().isEmpty());
}

void TestTrainingCharts::resumedRunGoesOnFromTheOpenedHistory() {
    // A session saved at step 10 is opened, then its run goes on: nothing is drawn twice.
    const auto& snapshots = run().snapshots;
    app::TrainingCharts charts;
    charts.showHistory(*snapshots[9].history);
    QCOMPARE(charts.data().points(Series::TrainLoss).size(), 2);
    QCOMPARE(charts.data().markers().size(), 1);
    for (size_t i = 10; i < snapshots.size(); ++i)
        charts.addSnapshot(snapshots[i]);
    const auto& epochs = snapshots.back().history->epochs();
    QLineSeries* train = curve(charts, app::TrainingCharts::Loss, Series::TrainLoss);
    QCOMPARE(train->count(), qsizetype(epochs.size()));
    for (size_t e = 0; e < epochs.size(); ++e)
        QCOMPARE(train->at(e), QPointF(double(epochs[e].step), epochs[e].trainLoss));
    QCOMPARE(charts.data().markers().size(), 1);
    QCOMPARE(charts.chartPage(app::TrainingCharts::Loss)->markerItems().size(), 1);
    // The learning rate: per epoch from the history (steps 4, 8), then per snapshot from step 11.
    QLineSeries* rate = curve(charts, app::TrainingCharts::LearningRate, Series::LearningRate);
    QCOMPARE(rate->at(1), QPointF(8.0, epochs[1].learningRate));
    QCOMPARE(rate->at(2), QPointF(11.0, snapshots[10].learningRate));
}

void TestTrainingCharts::resetDropsWhatCameAfter() {
    app::TrainingCharts charts;
    feed(charts);
    training::TrainingSnapshot restarted = run().snapshots[2];
    auto history = std::make_shared<session::TrainingHistory>();
    history->addEntry({session::HistoryEntry::Kind::Reset, 0, 1, "restarted"});
    restarted.history = history;
    charts.addSnapshot(restarted);
    QCOMPARE(curve(charts, app::TrainingCharts::LearningRate, Series::LearningRate)->count(), 3);
    QCOMPARE(curve(charts, app::TrainingCharts::Loss, Series::TrainLoss)->count(), 0);
    QCOMPARE(charts.data().markers().size(), 1);
    QCOMPARE(charts.data().markers()[0].kind, session::HistoryEntry::Kind::Reset);
}

void TestTrainingCharts::pointCountsStayBounded() {
    app::TrainingCharts charts;
    training::TrainingSnapshot snapshot = run().snapshots.back();
    const std::int64_t total = 3 * app::TrainingChartData::kMaxPoints + 7;
    snapshot.steps = total;
    for (std::int64_t step = 1; step <= total; ++step) {
        snapshot.step = step;
        snapshot.learningRate = 1e-2 * std::pow(0.5, double(step / 500));
        charts.addSnapshot(snapshot);
    }
    QLineSeries* rate = curve(charts, app::TrainingCharts::LearningRate, Series::LearningRate);
    QVERIFY(rate->count() <= app::TrainingChartData::kMaxPoints);
    QVERIFY(rate->count() > app::TrainingChartData::kMaxPoints / 2);
    QCOMPARE(rate->count(), charts.data().points(Series::LearningRate).size());
    QCOMPARE(rate->at(0).x(), 1.0);
    QCOMPARE(rate->at(rate->count() - 1).x(), double(total));
    QVERIFY(curve(charts, app::TrainingCharts::GradientNorm, Series::GradientNorm)->count() <=
            app::TrainingChartData::kMaxPoints);
}

void TestTrainingCharts::exportsWhatItShows() {
    QTemporaryDir dir;
    app::TrainingCharts charts;
    charts.resize(640, 400);
    feed(charts);
    const QString path = dir.filePath(QStringLiteral("charts.csv"));
    const QString error = charts.exportCsv(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("series,step,value,text"));
    int rates = 0;
    bool event = false;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> cells = line.split(',');
        if (cells[0] == "learning_rate") {
            const auto& snapshot = run().snapshots[size_t(rates++)];
            QCOMPARE(cells[1].toLongLong(), snapshot.step);
            QVERIFY(std::abs(cells[2].toDouble() / snapshot.learningRate - 1.0) < 1e-8);
        }
        event = event || (cells[0] == "event" && cells[1].toLongLong() == run().changeStep &&
                          line.contains("learning rate"));
    }
    QCOMPARE(rates, int(run().snapshots.size()) - 1);
    QVERIFY(event);
    QVERIFY(!charts.exportCsv(dir.filePath(QStringLiteral("missing/charts.csv"))).isEmpty());
    QVERIFY(charts.exportImage(dir.filePath(QStringLiteral("charts.png"))).isEmpty());
    QCOMPARE(QImage(dir.filePath(QStringLiteral("charts.png"))).width(), 2 * charts.width());
}

void TestTrainingCharts::screenshots() {
    // A longer run so the curves have shape; look at them with LSTM_STUDIO_SHOTS=/tmp.
    const chart_fixtures::RecordedRun longer =
        chart_fixtures::recordRun(core::CellKind::Lstm, 16, 30, 1, 16);
    for (const bool dark : {false, true}) {
        app::TrainingCharts charts;
        if (dark)
            charts.setPalette(probe_fixtures::darkPalette());
        charts.resize(900, 520);
        charts.beginRun();
        for (const auto& snapshot : longer.snapshots)
            charts.addSnapshot(snapshot);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        for (auto page : {app::TrainingCharts::Loss, app::TrainingCharts::LearningRate,
                          app::TrainingCharts::GradientNorm}) {
            charts.setPage(page);
            QCoreApplication::processEvents();
            chart_fixtures::shoot(charts, QStringLiteral("charts-%1-%2.png").arg(scheme).arg(page));
        }
        QCOMPARE(charts.page(), app::TrainingCharts::GradientNorm);
    }
}

QTEST_MAIN(TestTrainingCharts)
#include "tst_training_charts.moc"
