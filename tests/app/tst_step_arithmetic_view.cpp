// The step arithmetic view: the selected unit's equations with the network's numbers, terms
// that list their largest products when clicked, and the whole chain heatmap → cell → arithmetic.
#include "app/views/cell_diagram_view.h"
#include "app/views/gate_heatmap_view.h"
#include "app/views/probe_selection.h"
#include "app/views/step_arithmetic_view.h"
#include "app/views/timeline_scrubber.h"
#include "probe_fixtures.h"

#include <QFile>
#include <QGridLayout>
#include <QTemporaryDir>
#include <QtTest>

class TestStepArithmeticView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSelectedUnitsEquations();
    void clickingATermListsItsLargestProducts();
    void clickOnHeatmapDrivesCellAndArithmetic();
    void gruAndRnnEquations();
    void explainsWhatItCannotShow();
    void exportsTermsAsCsv();
    void screenshots();
    void screenshotOfAllViewsTogether();

private:
    std::unique_ptr<training::TrainingEngine> m_engine;
    std::shared_ptr<const session::ProbeTrace> m_trace;
    core::Network<double> network() const { return m_engine->network().converted<double>(); }
};

void TestStepArithmeticView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_engine = probe_fixtures::trainedEngine(core::CellKind::Lstm, 5, 2);
    m_trace = m_engine->snapshot().history->traceAt(2); // the last epoch: the final weights
    QVERIFY(m_trace);
}

void TestStepArithmeticView::showsTheSelectedUnitsEquations() {
    app::ProbeSelection selection;
    app::StepArithmeticView view(&selection);
    view.setNetwork(network());
    view.setInput(probe_fixtures::probeInput(*m_engine));
    view.setTrace(m_trace);
    selection.setUnitAndStep(1, 6);
    QVERIFY2(view.unavailable().isEmpty(), qPrintable(view.unavailable()));
    QCOMPARE(view.equations().size(), std::size_t(6));
    const app::GateEquation& f = view.equations()[1];
    QCOMPARE(f.name, QStringLiteral("f"));
    QVERIFY(std::abs(f.value - double(m_trace->layers[0].gates[1](6, 1))) < 1e-5);
    QCOMPARE(f.traced, double(m_trace->layers[0].gates[1](6, 1)));
    const app::GateEquation& c = view.equations()[4];
    QCOMPARE(c.name, QStringLiteral("c"));
    QVERIFY(std::abs(c.value - double(m_trace->layers[0].cell(6, 1))) < 1e-5);
    selection.setStep(7);
    QCOMPARE(view.equations()[5].traced, double(m_trace->layers[0].hidden(7, 1)));
}

void TestStepArithmeticView::clickingATermListsItsLargestProducts() {
    app::ProbeSelection selection;
    app::StepArithmeticView view(&selection);
    view.resize(800, 640);
    view.setNetwork(network());
    view.setInput(probe_fixtures::probeInput(*m_engine));
    view.setTrace(m_trace);
    selection.setUnitAndStep(2, 3);
    view.grab();                                    // lays the terms out
    const QPoint recurrent = view.termCentre(1, 1); // U_f·h_{t−1}
    QVERIFY(recurrent.x() > 0);
    QTest::mouseClick(&view, Qt::LeftButton, {}, recurrent);
    QCOMPARE(view.selectedTerm(), (std::pair{1, 1}));
    const auto products = view.shownContributions();
    QCOMPARE(products.size(), std::size_t(5)); // five hidden units
    double sum = 0;
    for (const auto& p : products) {
        QCOMPARE(p.source, QStringLiteral("h_{t−1}"));
        QCOMPARE(p.value, double(m_trace->layers[0].hidden(2, p.index)));
        sum += p.product;
    }
    QVERIFY(std::abs(sum - view.equations()[1].terms[1].value) < 1e-12);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.termCentre(1, 1)); // again: closes
    QCOMPARE(view.selectedTerm(), (std::pair{-1, -1}));
    QVERIFY(view.shownContributions().empty());
}

void TestStepArithmeticView::clickOnHeatmapDrivesCellAndArithmetic() {
    app::ProbeSelection selection;
    app::GateHeatmapView heatmap(&selection);
    app::CellDiagramView cell(&selection);
    app::StepArithmeticView arithmetic(&selection);
    heatmap.resize(800, 600);
    heatmap.setTrace(m_trace);
    cell.setTrace(m_trace);
    arithmetic.setNetwork(network());
    arithmetic.setInput(probe_fixtures::probeInput(*m_engine));
    arithmetic.setTrace(m_trace);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QTest::mouseClick(&heatmap, Qt::LeftButton, {}, heatmap.cellCentre(3, 4, 8)); // o band
    QCOMPARE(selection.unit(), 4);
    QCOMPARE(selection.step(), 8);
    const double output = double(m_trace->layers[0].gates[3](8, 4));
    QCOMPARE(cell.values().gate(QStringLiteral("o")), output);
    QCOMPARE(arithmetic.equations()[3].name, QStringLiteral("o"));
    QCOMPARE(arithmetic.equations()[3].traced, output);
    QVERIFY(std::abs(arithmetic.equations()[3].value - output) < 1e-5);
}

void TestStepArithmeticView::gruAndRnnEquations() {
    for (const auto kind : {core::CellKind::Gru, core::CellKind::Rnn}) {
        const auto network = probe_fixtures::randomNetwork(kind, 4);
        const auto input = probe_fixtures::randomSequence(6, 3);
        app::ProbeSelection selection;
        app::StepArithmeticView view(&selection);
        view.setNetwork(network);
        view.setInput(input);
        view.setTrace(probe_fixtures::traceOf(network, input));
        selection.setUnitAndStep(3, 5);
        QCOMPARE(view.equations().size(), std::size_t(kind == core::CellKind::Gru ? 4 : 1));
        for (const auto& e : view.equations())
            QVERIFY(std::abs(e.value - e.traced) < 1e-5);
        QVERIFY(!view.grab().isNull());
    }
}

void TestStepArithmeticView::explainsWhatItCannotShow() {
    app::ProbeSelection selection;
    app::StepArithmeticView view(&selection);
    QVERIFY(!view.unavailable().isEmpty());
    view.setTrace(m_trace); // no network yet
    QVERIFY(!view.unavailable().isEmpty());
    view.setNetwork(network());
    view.setInput(probe_fixtures::probeInput(*m_engine));
    QVERIFY(view.unavailable().isEmpty());
    selection.setUnit(99);
    QVERIFY(view.equations().empty());
    QVERIFY(view.unavailable().contains(QStringLiteral("99")));
}

void TestStepArithmeticView::exportsTermsAsCsv() {
    app::ProbeSelection selection;
    app::StepArithmeticView view(&selection);
    view.resize(800, 600);
    view.setNetwork(network());
    view.setInput(probe_fixtures::probeInput(*m_engine));
    view.setTrace(m_trace);
    selection.setUnitAndStep(0, 2);
    QTemporaryDir dir;
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("a.csv"))), QString());
    QFile file(dir.filePath(QStringLiteral("a.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("layer,unit,step,equation,term,value"));
    const QString traced =
        lines.filter(QStringLiteral("1,0,2,f,traced,")).value(0).section(u',', 5);
    QCOMPARE(traced.toFloat(), m_trace->layers[0].gates[1](2, 0));
    QVERIFY(lines.filter(QStringLiteral("1,0,2,i,W_i·x_t,")).size() == 1);
    for (const QString& name : {QStringLiteral("a.png"), QStringLiteral("a.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
}

void TestStepArithmeticView::screenshots() {
    for (const bool dark : {false, true}) {
        app::ProbeSelection selection;
        app::StepArithmeticView view(&selection);
        if (dark)
            view.setPalette(probe_fixtures::darkPalette());
        view.resize(860, 640);
        view.setNetwork(network());
        view.setInput(probe_fixtures::probeInput(*m_engine));
        view.setTrace(m_trace);
        selection.setUnitAndStep(2, 5);
        view.grab();
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.termCentre(1, 1));
        QVERIFY(view.grab().save(dark ? QStringLiteral("/tmp/views-arithmetic-dark.png")
                                      : QStringLiteral("/tmp/views-arithmetic-light.png")));
    }
}

void TestStepArithmeticView::screenshotOfAllViewsTogether() {
    for (const bool dark : {false, true}) {
        QWidget window;
        if (dark)
            window.setPalette(probe_fixtures::darkPalette());
        window.setAutoFillBackground(true);
        app::ProbeSelection selection;
        auto* heatmap = new app::GateHeatmapView(&selection);
        auto* cell = new app::CellDiagramView(&selection);
        auto* arithmetic = new app::StepArithmeticView(&selection);
        auto* timeline = new app::TimelineScrubber(&selection);
        auto* grid = new QGridLayout(&window);
        grid->addWidget(heatmap, 0, 0, 2, 1);
        grid->addWidget(cell, 0, 1);
        grid->addWidget(arithmetic, 1, 1);
        grid->addWidget(timeline, 2, 0, 1, 2);
        window.resize(1600, 1000);
        heatmap->setTrace(m_trace);
        heatmap->setInput(
            app::InputSequence::of(m_engine->task(), probe_fixtures::probeInput(*m_engine)));
        cell->setSpec(m_engine->network().spec());
        cell->setTrace(m_trace);
        arithmetic->setNetwork(network());
        arithmetic->setInput(probe_fixtures::probeInput(*m_engine));
        arithmetic->setTrace(m_trace);
        timeline->setHistory(m_engine->snapshot().history);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCentre(1, 3, 7));
        QCOMPARE(selection.unit(), 3);
        QTRY_VERIFY(!cell->isAnimating());
        QVERIFY(window.grab().save(dark ? QStringLiteral("/tmp/views-all-dark.png")
                                        : QStringLiteral("/tmp/views-all-light.png")));
    }
}

QTEST_MAIN(TestStepArithmeticView)
#include "tst_step_arithmetic_view.moc"
