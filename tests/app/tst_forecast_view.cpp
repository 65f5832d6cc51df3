// The forecast view: its forecasts are the network's outputs on the window, in the series' units.
#include "app/views/forecast_view.h"
#include "data/series_forecast_task.h"
#include "data/sine_task.h"
#include "output_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestForecastView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sineForecastIsTheNetworksNextStepOutput();
    void seriesForecastIsInTheSeriesUnits();
    void withoutANetworkShowsNothing();
    void exportsImagesAndCsv();
    void screenshots();
};

void TestForecastView::sineForecastIsTheNetworksNextStepOutput() {
    const auto task = output_fixtures::makeTask(
        "sine", {{"window", "30"}, {"train-size", "20"}, {"eval-size", "10"}});
    auto network =
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*task, 8));
    app::ForecastView view;
    view.setTask(task.get());
    view.setNetwork(network);
    view.setWindow(2);
    QCOMPARE(view.window(), 2);

    const core::SequenceBatch<double> batch = task->batch(data::Split::Validation, 1, 2, 0);
    core::NetworkExecutor<double> executor(*network);
    const core::Matrix<double> outputs = executor.forward(batch);
    QCOMPARE(view.forecast().size(), qsizetype(30));
    QCOMPARE(view.actual().size(), qsizetype(31));
    for (core::Index t = 0; t < 30; ++t) {
        QCOMPARE(view.forecast()[t].x(), double(t + 1));
        QCOMPARE(view.forecast()[t].y(), outputs(t, 0));
        QCOMPARE(view.actual()[t].y(), batch.inputs(t, 0));
        QCOMPARE(view.actual()[t + 1].y(), batch.targets(t, 0)); // x_{t+1}, what step t predicts
    }
    QCOMPARE(view.horizon().first, double(data::SineTask::kWarmUp));
    QCOMPARE(view.horizon().second, 30.0);
}

void TestForecastView::seriesForecastIsInTheSeriesUnits() {
    const auto task = output_fixtures::makeTask("co2", {});
    const auto& series = dynamic_cast<const data::SeriesForecastTask&>(*task);
    auto network =
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*task, 8));
    app::ForecastView view;
    view.setTask(task.get());
    view.setNetwork(network);
    view.setWindow(5);

    const core::SequenceBatch<double> batch = task->batch(data::Split::Validation, 1, 5, 0);
    core::NetworkExecutor<double> executor(*network);
    const core::Matrix<double> outputs = executor.forward(batch);
    const core::Index start = series.windowStart(data::Split::Validation, 5);
    const core::Index last = start + series.window() - 1;
    const std::vector<double>& x = series.series().values;
    const core::Index H = series.horizon();
    QCOMPARE(view.actual().size(), qsizetype(series.window() + H));
    QCOMPARE(view.actual().first(), QPointF(double(1 - series.window()), x[size_t(start)]));
    QCOMPARE(view.actual().last(), QPointF(double(H), x[size_t(last + H)]));
    QCOMPARE(view.forecast().size(), qsizetype(H + 1));
    QCOMPARE(view.forecast().first(), QPointF(0.0, x[size_t(last)]));
    for (core::Index k = 1; k <= H; ++k)
        QCOMPARE(view.forecast()[k].y(),
                 x[size_t(last)] + series.changeScale() * outputs(0, k - 1));
    QCOMPARE(view.horizon(), std::make_pair(0.0, double(H)));

    view.setWindow(100000); // clamped to the last window
    QCOMPARE(view.window(), int(task->sequenceCount(data::Split::Validation)) - 1);
}

void TestForecastView::withoutANetworkShowsNothing() {
    const auto task =
        output_fixtures::makeTask("sine", {{"train-size", "20"}, {"eval-size", "10"}});
    app::ForecastView view;
    view.setTask(task.get());
    QVERIFY(view.forecast().isEmpty());
    const auto adding = output_fixtures::makeTask("adding", {});
    view.setNetwork(std::make_shared<const core::Network<double>>(
        output_fixtures::smallNetwork(*adding, 4))); // another task's network
    QVERIFY(view.forecast().isEmpty());
}

void TestForecastView::exportsImagesAndCsv() {
    const auto task = output_fixtures::makeTask(
        "sine", {{"window", "20"}, {"train-size", "20"}, {"eval-size", "10"}});
    app::ForecastView view;
    view.resize(600, 400);
    view.setTask(task.get());
    view.setNetwork(
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*task, 4)));
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("f.png"), QStringLiteral("f.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("f.csv"))), QString());
    QFile csv(dir.filePath(QStringLiteral("f.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(u'\n');
    QCOMPARE(lines.first().trimmed(), QStringLiteral("step,actual,forecast"));
    QCOMPARE(lines.size(), 1 + 21);             // steps 0 … 20
    QVERIFY(lines[1].trimmed().endsWith(u',')); // step 0 has no forecast
    QVERIFY(!view.exportCsv(QStringLiteral("/nonexistent/dir/f.csv")).isEmpty());
}

void TestForecastView::screenshots() {
    const auto sine = output_fixtures::trained(
        "sine", {{"window", "40"}, {"train-size", "64"}, {"eval-size", "10"}}, 6);
    app::ForecastView view;
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTask(&sine->task());
    view.setNetwork(output_fixtures::networkOf(*sine));
    output_fixtures::screenshots(view, QStringLiteral("forecast-sine"));
    const auto co2 = output_fixtures::trained("co2", {}, 3, 16);
    view.setTask(&co2->task());
    view.setNetwork(output_fixtures::networkOf(*co2));
    view.setWindow(40);
    output_fixtures::screenshots(view, QStringLiteral("forecast-co2"));
    QVERIFY(!view.forecast().isEmpty());
}

QTEST_MAIN(TestForecastView)
#include "tst_forecast_view.moc"
