// app::GradientFlowChart: one curve per layer for ‖∂L/∂h_t‖ and one for ‖∂L/∂c_t‖ where the cell
// has a state, placed at the kept steps, vanished norms held at the axis floor, the decay ratio,
// and the CSV of what it shows.
#include "app/views/gradient_flow_chart.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

std::shared_ptr<session::ProbeTrace> twoLayerTrace() {
    auto trace = std::make_shared<session::ProbeTrace>();
    trace->steps = 8;
    trace->stride = 2; // steps 1, 3, 5, 7 kept
    session::ProbeLayerTrace rnn;
    rnn.name = "layer 1";
    rnn.hiddenGradientNorm = {1e-12f, 1e-8f, 1e-4f, 1.0f};
    session::ProbeLayerTrace lstm;
    lstm.name = "layer 2";
    lstm.hiddenGradientNorm = {0.5f, 0.6f, 0.8f, 1.0f};
    lstm.cellGradientNorm = {0.0f, 0.7f, 0.9f, 1.0f};
    trace->layers = {rnn, lstm};
    return trace;
}

QLineSeries* series(app::GradientFlowChart& chart, int index) {
    return qobject_cast<QLineSeries*>(chart.chart()->series().at(index));
}

} // namespace

class TestGradientFlowChart : public QObject {
    Q_OBJECT

private slots:
    void drawsEveryNormAtItsStep();
    void vanishedNormsSitOnTheFloor();
    void decayIsFirstOverLast();
    void exportsWhatItShows();
    void drawsOnlyTheChosenLayer();
};

void TestGradientFlowChart::drawsEveryNormAtItsStep() {
    app::GradientFlowChart chart;
    QCOMPARE(chart.seriesCount(), 0);
    chart.setTrace(twoLayerTrace());
    QCOMPARE(chart.seriesCount(), 3); // h of layer 1; h and c of layer 2
    QCOMPARE(series(chart, 0)->count(), 4);
    QCOMPARE(series(chart, 0)->at(1).x(), 3.0);
    QCOMPARE(series(chart, 0)->at(3), QPointF(7.0, 1.0));
    QVERIFY(series(chart, 2)->name().contains(QStringLiteral("c_t")));
    QCOMPARE(series(chart, 2)->pen().style(), Qt::DashLine);
}

void TestGradientFlowChart::vanishedNormsSitOnTheFloor() {
    app::GradientFlowChart chart;
    chart.setTrace(twoLayerTrace());
    QCOMPARE(series(chart, 2)->at(0).y(), app::GradientFlowChart::kFloor);
    QCOMPARE(series(chart, 0)->at(0).y(), double(1e-12f));
}

void TestGradientFlowChart::decayIsFirstOverLast() {
    app::GradientFlowChart chart;
    QVERIFY(std::isnan(chart.decayOf(0)));
    chart.setTrace(twoLayerTrace());
    QCOMPARE(chart.decayOf(0), double(1e-12f));
    QCOMPARE(chart.decayOf(1), 0.5);
    QVERIFY(std::isnan(chart.decayOf(2)));
}

void TestGradientFlowChart::exportsWhatItShows() {
    QTemporaryDir dir;
    app::GradientFlowChart chart;
    chart.setTrace(twoLayerTrace());
    const QString path = dir.filePath(QStringLiteral("flow.csv"));
    const QString error = chart.exportCsv(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 4 + 4 + 4);
    QCOMPARE(lines[0], QByteArray("step,layer,series,norm"));
    QCOMPARE(lines[1], QByteArray("1,\"layer 1\",dL/dh,9.99999996e-13"));
    QCOMPARE(lines[12], QByteArray("7,\"layer 2\",dL/dc,1"));
    const QString failure = chart.exportCsv(dir.filePath(QStringLiteral("missing/flow.csv")));
    QVERIFY(failure.contains(QStringLiteral("missing/flow.csv")));
    QVERIFY(chart.exportImage(dir.filePath(QStringLiteral("flow.png"))).isEmpty());
    QVERIFY(QImage(dir.filePath(QStringLiteral("flow.png"))).width() >= 2 * chart.width());
}

void TestGradientFlowChart::drawsOnlyTheChosenLayer() {
    QTemporaryDir dir;
    app::GradientFlowChart chart;
    QCOMPARE(chart.layer(), app::GradientFlowChart::kAllLayers);
    chart.setTrace(twoLayerTrace());
    chart.setLayer(1);
    QCOMPARE(chart.seriesCount(), 2); // h and c of layer 2
    QCOMPARE(series(chart, 0)->at(0).y(), double(0.5f));
    QVERIFY(series(chart, 0)->name().contains(QStringLiteral("layer 2")));
    QCOMPARE(series(chart, 1)->at(1).y(), double(0.7f));
    const QString path = dir.filePath(QStringLiteral("layer2.csv"));
    QVERIFY(chart.exportCsv(path).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 4 + 4);
    QVERIFY(lines[1].startsWith("1,\"layer 2\",dL/dh,"));
    chart.setLayer(0);
    QCOMPARE(chart.seriesCount(), 1);
    QCOMPARE(series(chart, 0)->at(0).y(), double(1e-12f));
    chart.setLayer(2); // no such layer: nothing drawn
    QCOMPARE(chart.seriesCount(), 0);
    chart.setLayer(app::GradientFlowChart::kAllLayers);
    QCOMPARE(chart.seriesCount(), 3);
}

QTEST_MAIN(TestGradientFlowChart)
#include "tst_gradient_flow_chart.moc"
