// The gate heatmap: a band per gate and state of a recorded trace, hover values, click selects.
#include "app/views/gate_heatmap_view.h"
#include "app/views/probe_selection.h"
#include "probe_fixtures.h"

#include <QFile>
#include <QHelpEvent>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

class TestGateHeatmapView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsABandPerGateAndState_data();
    void showsABandPerGateAndState();
    void clickSelectsUnitAndStep();
    void hoverTellsTheExactValue();
    void exportsImagesAndTheTraceAsCsv();
    void screenshots();
    void screenshotsOfLargeAndSmallLayers();

private:
    std::unique_ptr<training::TrainingEngine> m_engine;
    std::shared_ptr<const session::ProbeTrace> m_trace;
};

void TestGateHeatmapView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_engine = probe_fixtures::trainedEngine(core::CellKind::Lstm, 5, 3);
    m_trace = m_engine->snapshot().history->traceAt(3);
    QVERIFY(m_trace);
    QCOMPARE(m_trace->epoch, 3);
}

void TestGateHeatmapView::showsABandPerGateAndState_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<QString>("symbols");
    QTest::newRow("lstm") << int(core::CellKind::Lstm) << QStringLiteral("i f g o c h");
    QTest::newRow("gru") << int(core::CellKind::Gru) << QStringLiteral("r z n h");
    QTest::newRow("rnn") << int(core::CellKind::Rnn) << QStringLiteral("a h");
}

void TestGateHeatmapView::showsABandPerGateAndState() {
    QFETCH(int, cell);
    QFETCH(QString, symbols);
    const auto engine = probe_fixtures::trainedEngine(core::CellKind(cell), 4, 2);
    app::ProbeSelection selection;
    app::GateHeatmapView view(&selection);
    view.resize(800, 600);
    view.setTrace(engine->snapshot().history->traceAt(2));
    QStringList shown;
    for (const app::HeatmapBlock& block : view.blocks()) {
        shown << block.symbol;
        QCOMPARE(block.units(), core::Index(4));
        QCOMPARE(block.rows(), core::Index(12));
        QVERIFY(block.rect.height() > 10);
    }
    QCOMPARE(shown.join(u' '), symbols);
}

void TestGateHeatmapView::clickSelectsUnitAndStep() {
    app::ProbeSelection selection;
    app::GateHeatmapView view(&selection);
    view.resize(800, 600);
    view.setTrace(m_trace);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&selection, &app::ProbeSelection::changed);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellCentre(1, 2, 5));
    QCOMPARE(selection.unit(), 2);
    QCOMPARE(selection.step(), 5);
    QCOMPARE(changed.count(), 1);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellCentre(5, 4, 9)); // h band
    QCOMPARE(selection.unit(), 4);
    QCOMPARE(selection.step(), 9);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(3, 3)); // off the cells
    QCOMPARE(selection.step(), 9);
}

void TestGateHeatmapView::hoverTellsTheExactValue() {
    app::ProbeSelection selection;
    app::GateHeatmapView view(&selection);
    view.resize(800, 600);
    view.setTrace(m_trace);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const float forget = m_trace->layers[0].gates[1](7, 3);
    const QPoint pos = view.cellCentre(1, 3, 7);
    QTest::mouseMove(&view, pos);
    QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
    QApplication::sendEvent(&view, &help);
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QString::number(double(forget), 'g', 6)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("forget gate")));
    QVERIFY(text.contains(QStringLiteral("unit 3")));
    QVERIFY(text.contains(QStringLiteral("step 7")));
    QVERIFY(view.textAt(QPoint(2, 2)).isEmpty());
}

void TestGateHeatmapView::exportsImagesAndTheTraceAsCsv() {
    app::ProbeSelection selection;
    app::GateHeatmapView view(&selection);
    view.resize(700, 500);
    view.setTrace(m_trace);
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("h.png"), QStringLiteral("h.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    QVERIFY(!view.exportImage(dir.filePath(QStringLiteral("h.bmpx"))).isEmpty());
    QVERIFY(!view.exportCsv(QStringLiteral("/nonexistent/dir/h.csv")).isEmpty());
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("h.csv"))), QString());
    QFile file(dir.filePath(QStringLiteral("h.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("layer,gate,unit,step,value"));
    QCOMPARE(lines.size(), 1 + 6 * 5 * 12);
    int checked = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList f = line.split(u',');
        QCOMPARE(f.size(), 5);
        const int unit = f[2].toInt(), step = f[3].toInt();
        const double value = f[4].toDouble();
        const auto& layer = m_trace->layers[0];
        const double expected =
            f[1] == u"c" ? layer.cell(step, unit)
            : f[1] == u"h"
                ? layer.hidden(step, unit)
                : layer.gates[std::size_t(QStringLiteral("ifgo").indexOf(f[1]))](step, unit);
        QCOMPARE(float(value), float(expected));
        ++checked;
    }
    QCOMPARE(checked, 360);
}

void TestGateHeatmapView::screenshots() {
    for (const bool dark : {false, true}) {
        app::ProbeSelection selection;
        selection.setUnitAndStep(2, 6);
        app::GateHeatmapView view(&selection);
        if (dark)
            view.setPalette(probe_fixtures::darkPalette());
        view.resize(900, 640);
        view.setTrace(m_trace);
        view.setInput(
            app::InputSequence::of(m_engine->task(), probe_fixtures::probeInput(*m_engine)));
        const QString path = dark ? QStringLiteral("/tmp/views-heatmap-dark.png")
                                  : QStringLiteral("/tmp/views-heatmap-light.png");
        QVERIFY(view.grab().save(path));
    }
}

void TestGateHeatmapView::screenshotsOfLargeAndSmallLayers() {
    // 24 units × 40 steps, second layer of a bidirectional GRU; and 3 units × 6 steps (numbers).
    const auto large = probe_fixtures::randomNetwork(core::CellKind::Gru, 24, 2, true);
    const auto small = probe_fixtures::randomNetwork(core::CellKind::Lstm, 3);
    const auto largeInput = probe_fixtures::randomSequence(40, 3);
    const auto smallInput = probe_fixtures::randomSequence(6, 3);
    app::ProbeSelection selection;
    selection.setLayer(3);
    app::GateHeatmapView view(&selection);
    view.setPalette(probe_fixtures::darkPalette());
    view.resize(900, 640);
    view.setTrace(probe_fixtures::traceOf(large, largeInput));
    view.setInput(app::InputSequence::of(largeInput));
    QCOMPARE(view.blocks().front().units(), core::Index(24));
    QVERIFY(view.grab().save(QStringLiteral("/tmp/views-heatmap-large-dark.png")));
    selection.setLayer(0);
    view.setPalette(QPalette());
    view.setTrace(probe_fixtures::traceOf(small, smallInput));
    view.setInput(app::InputSequence::of(smallInput));
    QVERIFY(view.grab().save(QStringLiteral("/tmp/views-heatmap-small-light.png")));
}

QTEST_MAIN(TestGateHeatmapView)
#include "tst_gate_heatmap_view.moc"
