// app::GradientFadeHeatmap on a real recorded run: one row per trace the history kept, each cell
// log10 of that trace's ‖∂L/∂h_t‖ (or ‖∂L/∂c_t‖) at the kept step, the layer chooser for a
// deeper network, hovering a cell tells its epoch, step and exact norm, and the CSV holds what is
// shown.
#include "app/views/gradient_fade_heatmap.h"
#include "chart_fixtures.h"
#include "probe_fixtures.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

const session::TrainingHistory& history() {
    static const chart_fixtures::RecordedRun run =
        chart_fixtures::recordRun(core::CellKind::Lstm, 6, 9, 2);
    return *run.snapshots.back().history;
}

} // namespace

class TestGradientFadeHeatmap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void oneRowPerKeptTrace();
    void cellsAreLogNorms();
    void layerAndCellChoosers();
    void hoverTellsTheExactNorm();
    void thinnedHistoryKeepsStrideRows();
    void exportsWhatItShows();
    void screenshots();
};

void TestGradientFadeHeatmap::oneRowPerKeptTrace() {
    app::GradientFadeHeatmap map;
    QCOMPARE(map.rowCount(), 0);
    map.setHistory(history());
    QCOMPARE(map.rowCount(), int(history().traces().size()));
    QCOMPARE(map.rowCount(), 6);
    int row = 0;
    for (const auto& [epoch, trace] : history().traces()) {
        QCOMPARE(map.rowEpoch(row++), trace->epoch);
        QCOMPARE(trace->epoch, epoch);
    }
    QCOMPARE(map.columnCount(), 12); // the window's steps
    QCOMPARE(map.layerCount(), 2);
}

void TestGradientFadeHeatmap::cellsAreLogNorms() {
    app::GradientFadeHeatmap map;
    map.setHistory(history());
    int row = 0;
    for (const auto& [epoch, trace] : history().traces()) {
        const std::vector<float>& norms = trace->layers[0].hiddenGradientNorm;
        QCOMPARE(int(norms.size()), map.columnCount());
        for (int c = 0; c < map.columnCount(); ++c) {
            QVERIFY(norms[size_t(c)] > 0.0f);
            QCOMPARE(map.valueAt(row, c), std::log10(double(norms[size_t(c)])));
            QCOMPARE(map.columnStep(c), c + 1);
        }
        ++row;
    }
    const auto [bottom, top] = map.decades();
    QVERIFY(bottom < top);
    for (int r = 0; r < map.rowCount(); ++r)
        for (int c = 0; c < map.columnCount(); ++c)
            QVERIFY(map.valueAt(r, c) >= bottom - 1e-6 && map.valueAt(r, c) <= top + 1e-6);
}

void TestGradientFadeHeatmap::layerAndCellChoosers() {
    app::GradientFadeHeatmap map;
    map.resize(600, 400);
    map.setHistory(history());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const QList<QComboBox*> choosers = map.findChildren<QComboBox*>();
    QCOMPARE(choosers.size(), 2);
    QComboBox* layers = choosers[0];
    QComboBox* norms = choosers[1];
    QVERIFY(layers->isVisible());
    QCOMPARE(layers->count(), 2);
    QVERIFY(!layers->toolTip().isEmpty() && !norms->toolTip().isEmpty());
    // Choose the second layer and the cell state with the keyboard, as a user would.
    layers->setFocus();
    QTest::keyClick(layers, Qt::Key_Down);
    QCOMPARE(map.layer(), 1);
    QVERIFY(map.hasCellNorm());
    norms->setFocus();
    QTest::keyClick(norms, Qt::Key_Down);
    QCOMPARE(map.norm(), app::GradientFadeHeatmap::Norm::Cell);
    const auto last = history().traces().rbegin()->second;
    const std::vector<float>& cell = last->layers[1].cellGradientNorm;
    QCOMPARE(map.valueAt(map.rowCount() - 1, 3), std::log10(double(cell[3])));
    QCOMPARE(map.normAt(map.rowCount() - 1, 3), double(cell[3]));
}

void TestGradientFadeHeatmap::hoverTellsTheExactNorm() {
    app::GradientFadeHeatmap map;
    map.resize(600, 400);
    map.setHistory(history());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    const int row = 2, column = 7;
    QTest::mouseMove(&map, map.cellCentre(row, column));
    QCOMPARE(map.cellAt(map.cellCentre(row, column)), QPoint(column, row));
    const auto trace = std::next(history().traces().begin(), row)->second;
    const double norm = double(trace->layers[0].hiddenGradientNorm[size_t(column)]);
    QTRY_VERIFY(!map.hoverText().isEmpty());
    QVERIFY2(map.hoverText().contains(QString::number(norm, 'g', 6)), qPrintable(map.hoverText()));
    QVERIFY(map.hoverText().contains(QStringLiteral("Epoch %1").arg(trace->epoch)));
    QVERIFY(map.hoverText().contains(QStringLiteral("time step %1").arg(column + 1)));
    QTest::mouseMove(&map, QPoint(2, map.height() - 2));
    QTRY_VERIFY(map.hoverText().isEmpty());
}

void TestGradientFadeHeatmap::thinnedHistoryKeepsStrideRows() {
    // A long sequence's traces keep every stride-th step: the columns name those steps.
    auto trace = std::make_shared<session::ProbeTrace>();
    trace->epoch = 4;
    trace->steps = 9;
    trace->stride = 3;
    session::ProbeLayerTrace layer;
    layer.name = "layer 1";
    layer.hiddenGradientNorm = {1e-6f, 0.0f, 1.0f};
    trace->layers = {layer};
    app::GradientFadeHeatmap map;
    map.setTraces({{4, trace}});
    QCOMPARE(map.rowCount(), 1);
    QCOMPARE(map.columnCount(), 3);
    QCOMPARE(map.columnStep(2), 7);
    QVERIFY(std::isnan(map.valueAt(0, 1))); // a vanished norm has no logarithm: grey
    QCOMPARE(map.valueAt(0, 0), std::log10(double(1e-6f)));
    QCOMPARE(map.decades(), std::pair(-6, 0));
    QVERIFY(!map.hasCellNorm());
    map.setNorm(app::GradientFadeHeatmap::Norm::Cell);
    QCOMPARE(map.norm(), app::GradientFadeHeatmap::Norm::Hidden);
}

void TestGradientFadeHeatmap::exportsWhatItShows() {
    QTemporaryDir dir;
    app::GradientFadeHeatmap map;
    map.resize(600, 400);
    map.setHistory(history());
    const QString path = dir.filePath(QStringLiteral("fade.csv"));
    const QString error = map.exportCsv(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("epoch,training step,time step,norm,log10 norm"));
    QCOMPARE(lines.size(), 1 + map.rowCount() * map.columnCount());
    const auto first = history().traces().begin()->second;
    const QList<QByteArray> cells = lines[1 + 4].split(',');
    QCOMPARE(cells[0].toInt(), first->epoch);
    QCOMPARE(cells[1].toLongLong(), first->step);
    QCOMPARE(cells[2].toInt(), 5);
    QCOMPARE(cells[3].toFloat(), first->layers[0].hiddenGradientNorm[4]);
    QVERIFY(std::abs(cells[4].toDouble() - map.valueAt(0, 4)) < 1e-7);
    QVERIFY(!map.exportCsv(dir.filePath(QStringLiteral("missing/fade.csv"))).isEmpty());
    QVERIFY(map.exportImage(dir.filePath(QStringLiteral("fade.png"))).isEmpty());
    QCOMPARE(QImage(dir.filePath(QStringLiteral("fade.png"))).width(), 2 * map.width());
}

/** A plain RNN (or `cell`) learning the adding problem at lag 30, where gradients fade. */
std::shared_ptr<const session::TrainingHistory> addingHistory(core::CellKind cell) {
    core::NetworkSpec spec;
    spec.inputSize = 2;
    spec.layers.push_back({cell, 8, false, core::Activation::Tanh, 0.0});
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerSequence;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), 7);
    training::TrainingJob job(std::move(network));
    job.taskName = "adding";
    job.taskOptions = {{"lag", "30"}, {"train-size", "64"}, {"eval-size", "10"}};
    job.recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    job.recipe.optimizer.learningRate = 1e-2;
    job.recipe.batchSize = 16;
    job.recipe.epochs = 20;
    training::TrainingEngine engine(job);
    while (!engine.isDone())
        engine.advance();
    return engine.snapshot().history;
}

void TestGradientFadeHeatmap::screenshots() {
    // Look at them with LSTM_STUDIO_SHOTS=/tmp.
    for (const core::CellKind cell : {core::CellKind::Rnn, core::CellKind::Lstm}) {
        const auto recorded = addingHistory(cell);
        for (const bool dark : {false, true}) {
            app::GradientFadeHeatmap map;
            if (dark)
                map.setPalette(probe_fixtures::darkPalette());
            map.resize(800, 480);
            map.setHistory(*recorded);
            map.show();
            QVERIFY(QTest::qWaitForWindowExposed(&map));
            QCOMPARE(map.rowCount(), 20);
            QCOMPARE(map.columnCount(), int(recorded->traces().rbegin()->second->steps));
            chart_fixtures::shoot(map, QStringLiteral("fade-%1-%2.png")
                                           .arg(cell == core::CellKind::Rnn ? u"rnn" : u"lstm")
                                           .arg(dark ? u"dark" : u"light"));
        }
    }
}

QTEST_MAIN(TestGradientFadeHeatmap)
#include "tst_gradient_fade_heatmap.moc"
