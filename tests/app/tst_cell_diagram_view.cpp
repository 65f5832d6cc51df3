// The cell diagram: the selected unit's values at the selected step, playback, variants, export.
#include "app/views/cell_diagram_view.h"
#include "app/views/cell_playback.h"
#include "app/views/probe_selection.h"
#include "probe_fixtures.h"

#include <QFile>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using Variant = app::CellDiagramPainter::Variant;

class TestCellDiagramView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSelectedUnitAtTheSelectedStep();
    void tellsTheCellVariant_data();
    void tellsTheCellVariant();
    void playAdvancesStepsAndLoops();
    void stepButtonsAndSpeed();
    void animatesBetweenSteps();
    void unitBoxSelectsTheUnit();
    void reverseDirectionStartsFromTheNextStep();
    void exportsTheUnitsStepsAsCsv();
    void screenshots();

private:
    std::unique_ptr<training::TrainingEngine> m_engine;
    std::shared_ptr<const session::ProbeTrace> m_trace;
};

void TestCellDiagramView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_engine = probe_fixtures::trainedEngine(core::CellKind::Lstm, 5, 2);
    m_trace = m_engine->snapshot().history->traceAt(2);
    QVERIFY(m_trace);
}

void TestCellDiagramView::showsTheSelectedUnitAtTheSelectedStep() {
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(m_trace);
    selection.setUnitAndStep(3, 4);
    const auto& layer = m_trace->layers[0];
    QVERIFY(view.values().valid);
    QCOMPARE(view.values().gate(QStringLiteral("f")), double(layer.gates[1](4, 3)));
    QCOMPARE(view.values().gate(QStringLiteral("g")), double(layer.gates[2](4, 3)));
    QCOMPARE(view.values().cell, double(layer.cell(4, 3)));
    QCOMPARE(view.values().cellBefore, double(layer.cell(3, 3)));
    QCOMPARE(view.values().hidden, double(layer.hidden(4, 3)));
    QCOMPARE(view.values().hiddenBefore, double(layer.hidden(3, 3)));
    selection.setStep(0); // the state before the first step is zero
    QCOMPARE(view.values().cellBefore, 0.0);
    QCOMPARE(view.values().hidden, double(layer.hidden(0, 3)));
    QCOMPARE(view.variant(), Variant::Lstm);
}

void TestCellDiagramView::tellsTheCellVariant_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<bool>("relu");
    QTest::addColumn<int>("variant");
    QTest::newRow("lstm") << int(core::CellKind::Lstm) << false << int(Variant::Lstm);
    QTest::newRow("peephole") << int(core::CellKind::PeepholeLstm) << false
                              << int(Variant::PeepholeLstm);
    QTest::newRow("gru") << int(core::CellKind::Gru) << false << int(Variant::Gru);
    QTest::newRow("rnn") << int(core::CellKind::Rnn) << false << int(Variant::Rnn);
    QTest::newRow("rnn relu") << int(core::CellKind::Rnn) << true << int(Variant::RnnRelu);
}

void TestCellDiagramView::tellsTheCellVariant() {
    QFETCH(int, cell);
    QFETCH(bool, relu);
    QFETCH(int, variant);
    const auto network =
        probe_fixtures::randomNetwork(core::CellKind(cell), 3, 1, false, 3,
                                      relu ? core::Activation::Relu : core::Activation::Tanh);
    const auto trace = probe_fixtures::traceOf(network, probe_fixtures::randomSequence(6, 3));
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(trace);
    view.setSpec(network.spec());
    QCOMPARE(int(view.variant()), variant);
    selection.setUnitAndStep(2, 5);
    QCOMPARE(view.values().hidden, double(trace->layers[0].hidden(5, 2)));
    QCOMPARE(view.values().hiddenBefore, double(trace->layers[0].hidden(4, 2)));
}

void TestCellDiagramView::playAdvancesStepsAndLoops() {
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(m_trace);
    view.playback()->setSpeed(4.0);
    QCOMPARE(view.playback()->stepMilliseconds(), 63);
    selection.setStep(int(m_trace->steps) - 2);
    QSignalSpy steps(&selection, &app::ProbeSelection::stepChanged);
    view.playback()->playAction()->trigger();
    QVERIFY(view.playback()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(steps.count() >= 3, 2000);
    QCOMPARE(steps.at(0).at(0).toInt(), int(m_trace->steps) - 1);
    QCOMPARE(steps.at(1).at(0).toInt(), 0); // loops to the start
    view.playback()->playAction()->trigger();
    QVERIFY(!view.playback()->isPlaying());
    const int stopped = selection.step();
    QTest::qWait(200);
    QCOMPARE(selection.step(), stopped);
    QCOMPARE(view.values().gate(QStringLiteral("o")),
             double(m_trace->layers[0].gates[3](stopped, selection.unit())));
}

void TestCellDiagramView::stepButtonsAndSpeed() {
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(m_trace);
    selection.setStep(5);
    view.playback()->stepForwardAction()->trigger();
    QCOMPARE(selection.step(), 6);
    view.playback()->stepBackAction()->trigger();
    view.playback()->stepBackAction()->trigger();
    QCOMPARE(selection.step(), 4);
    selection.setStep(0);
    view.playback()->stepBackAction()->trigger();
    QCOMPARE(selection.step(), int(m_trace->steps) - 1);
    view.playback()->setSpeed(0.5);
    QCOMPARE(view.playback()->stepMilliseconds(), 500);
    view.playback()->setSpeed(100);
    QCOMPARE(view.playback()->speed(), 4.0);
}

void TestCellDiagramView::animatesBetweenSteps() {
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(m_trace);
    view.playback()->setSpeed(0.25); // one second a step
    selection.setUnitAndStep(1, 2);
    QTRY_VERIFY(!view.isAnimating());
    const double before = view.values().cell;
    selection.setStep(3);
    QVERIFY(view.isAnimating());
    const double target = view.values().cell;
    QCOMPARE(target, double(m_trace->layers[0].cell(3, 1)));
    QTest::qWait(300);
    const double midway = view.displayedValues().cell;
    QVERIFY2(std::abs(midway - before) > 1e-9 && std::abs(midway - target) > 1e-9,
             qPrintable(QStringLiteral("%1 %2 %3").arg(before).arg(midway).arg(target)));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 2000);
    QCOMPARE(view.displayedValues().cell, target);
}

void TestCellDiagramView::unitBoxSelectsTheUnit() {
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(m_trace);
    auto* unit = view.findChild<QSpinBox*>();
    QVERIFY(unit);
    QCOMPARE(unit->maximum(), 4);
    unit->setValue(2);
    QCOMPARE(selection.unit(), 2);
    selection.setUnit(4);
    QCOMPARE(unit->value(), 4);
}

void TestCellDiagramView::reverseDirectionStartsFromTheNextStep() {
    const auto network = probe_fixtures::randomNetwork(core::CellKind::Lstm, 3, 1, true);
    const auto trace = probe_fixtures::traceOf(network, probe_fixtures::randomSequence(6, 3));
    app::ProbeSelection selection;
    app::CellDiagramView view(&selection);
    view.setTrace(trace);
    selection.setLayer(1); // layer 1 (reverse)
    selection.setUnitAndStep(2, 3);
    QVERIFY(view.values().reverse);
    QCOMPARE(view.values().cellBefore, double(trace->layers[1].cell(4, 2)));
    QCOMPARE(view.values().hiddenBefore, double(trace->layers[1].hidden(4, 2)));
    selection.setStep(5); // the reverse direction's first step: from the zero state
    QCOMPARE(view.values().hiddenBefore, 0.0);
    QVERIFY(view.grab().save(QStringLiteral("/tmp/views-cell-reverse-light.png")));
}

void TestCellDiagramView::exportsTheUnitsStepsAsCsv() {
    app::ProbeSelection selection;
    selection.setUnit(2);
    app::CellDiagramView view(&selection);
    view.resize(700, 440);
    view.setTrace(m_trace);
    QTemporaryDir dir;
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("c.csv"))), QString());
    QFile file(dir.filePath(QStringLiteral("c.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("step,i,f,g,o,c,h"));
    QCOMPARE(lines.size(), 1 + int(m_trace->steps));
    const QStringList row = lines[8].split(u','); // step 7
    QCOMPARE(row[0], QStringLiteral("7"));
    QCOMPARE(row[2].toFloat(), m_trace->layers[0].gates[1](7, 2));
    QCOMPARE(row[5].toFloat(), m_trace->layers[0].cell(7, 2));
    QCOMPARE(row[6].toFloat(), m_trace->layers[0].hidden(7, 2));
    for (const QString& name : {QStringLiteral("c.png"), QStringLiteral("c.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
}

void TestCellDiagramView::screenshots() {
    const std::pair<core::CellKind, const char*> kinds[] = {
        {core::CellKind::Lstm, "lstm"},
        {core::CellKind::PeepholeLstm, "peephole"},
        {core::CellKind::Gru, "gru"},
        {core::CellKind::Rnn, "rnn"}};
    for (const auto& [kind, name] : kinds)
        for (const bool dark : {false, true}) {
            const auto network = probe_fixtures::randomNetwork(kind, 3);
            app::ProbeSelection selection;
            selection.setUnitAndStep(1, 3);
            app::CellDiagramView view(&selection);
            if (dark)
                view.setPalette(probe_fixtures::darkPalette());
            view.resize(820, 500);
            view.setSpec(network.spec());
            view.setTrace(probe_fixtures::traceOf(network, probe_fixtures::randomSequence(6, 3)));
            const QString path = QStringLiteral("/tmp/views-cell-%1-%2.png")
                                     .arg(QLatin1String(name), dark ? u"dark" : u"light");
            QVERIFY(view.grab().save(path));
        }
}

QTEST_MAIN(TestCellDiagramView)
#include "tst_cell_diagram_view.moc"
