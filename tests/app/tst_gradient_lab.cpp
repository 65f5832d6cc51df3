// app::GradientLab: the networks it races (same width, or about the same number of weights; three,
// or four with the peephole LSTM; one to three layers), a short race on the adding problem whose
// gradient-flow charts fill in from the runs' probe traces for the layer chosen, the guide
// explaining the knob touched last and quoting this run's numbers, and a new lag restarting the
// race.
#include "app/views/gradient_flow_chart.h"
#include "app/views/gradient_lab.h"
#include "app/views/gradient_lab_flows.h"
#include "app/views/race_chart.h"
#include "core/network.h"

#include <QAbstractButton>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <algorithm>
#include <cmath>

namespace {

core::Index weightsOf(const core::NetworkSpec& spec) {
    return core::Network<double>(spec).parameterCount();
}

template <typename Widget>
Widget* control(const app::GradientLab& lab, const char* name) {
    auto* widget = lab.findChild<Widget*>(QLatin1String(name));
    if (!widget)
        qFatal("no control %s", name);
    return widget;
}

/** A short race: lag `lag`, one epoch; true when it finished in time. */
bool race(app::GradientLab& lab, int lag) {
    lab.setLag(lag);
    control<QSpinBox>(lab, "epochs")->setValue(1);
    QSignalSpy finished(&lab.race(), &training::TrainingRace::finished);
    lab.start();
    return lab.isRunning() && finished.wait(240000);
}

/** The y values of the first curve of `chart`: ‖∂L/∂h_t‖ of the layer it shows. */
std::vector<double> plotted(app::GradientFlowChart& chart) {
    std::vector<double> values;
    for (const QPointF& point : qobject_cast<QLineSeries*>(chart.chart()->series().at(0))->points())
        values.push_back(point.y());
    return values;
}

std::vector<double> floored(const std::vector<float>& norms) {
    std::vector<double> values;
    for (float norm : norms)
        values.push_back(std::max(double(norm), app::GradientFlowChart::kFloor));
    return values;
}

} // namespace

class TestGradientLab : public QObject {
    Q_OBJECT

private slots:
    void racesTheThreeCellsAtOneWidth();
    void matchesTheNumberOfWeights();
    void knobsReachTheRuns();
    void peepholeLstmIsAFourthRunner();
    void layersStackEveryRunner();
    void lagStaysWithinTheTasksRange();
    void guideExplainsTheKnobTouched_data();
    void guideExplainsTheKnobTouched();
    void raceFillsTheChartsAndTheGuide();
    void fourRunnersRaceFromTheSameStart();
    void showLayerPlotsThatLayersNorms();
    void newLagRestartsTheRace();
};

void TestGradientLab::racesTheThreeCellsAtOneWidth() {
    app::GradientLab lab;
    const std::vector<core::NetworkSpec> specs = lab.raceSpecs();
    QCOMPARE(specs.size(), size_t(3));
    QCOMPARE(specs[0].layers.front().cell, core::CellKind::Rnn);
    QCOMPARE(specs[1].layers.front().cell, core::CellKind::Lstm);
    QCOMPARE(specs[2].layers.front().cell, core::CellKind::Gru);
    for (const core::NetworkSpec& spec : specs)
        QCOMPARE(spec.layers.front().hidden, core::Index(16));
}

void TestGradientLab::matchesTheNumberOfWeights() {
    app::GradientLab lab;
    control<QComboBox>(lab, "match")->setCurrentIndex(1);
    control<QCheckBox>(lab, "peephole")->setChecked(true);
    const std::vector<core::NetworkSpec> specs = lab.raceSpecs();
    QCOMPARE(specs.size(), size_t(4));
    const double lstm = double(weightsOf(specs[1]));
    QVERIFY(specs[0].layers.front().hidden > specs[1].layers.front().hidden);
    QVERIFY(specs[2].layers.front().hidden > specs[1].layers.front().hidden);
    for (size_t run : {0, 2, 3})
        QVERIFY2(std::abs(double(weightsOf(specs[run])) - lstm) / lstm < 0.05,
                 qPrintable(QString::number(run)));
}

void TestGradientLab::knobsReachTheRuns() {
    app::GradientLab lab;
    const core::Vector<double> plain = lab.raceJobs()[0].network.values();
    control<QComboBox>(lab, "activation")->setCurrentIndex(1); // ReLU
    control<QDoubleSpinBox>(lab, "clipThreshold")->setValue(2.5);
    control<QDoubleSpinBox>(lab, "recurrentScale")->setValue(0.5);
    control<QDoubleSpinBox>(lab, "forgetBias")->setValue(3.0);
    const std::vector<training::TrainingJob> jobs = lab.raceJobs();
    QCOMPARE(jobs[0].network.spec().layers.front().activation, core::Activation::Relu);
    QCOMPARE(jobs[1].network.spec().layers.front().activation, core::Activation::Tanh);
    for (const training::TrainingJob& job : jobs) {
        QCOMPARE(job.recipe.clipNorm, 2.5);
        QCOMPARE(job.recipe.initialization.recurrentScale, 0.5);
    }
    // Same seed, half the recurrent scale: the RNN's weights differ only where W_hh is, and
    // there by exactly one half. W_hh is the H×H block after W_ih (H×I) in the flat vector.
    const core::Index hidden = jobs[0].network.spec().layers.front().hidden;
    const core::Index input = jobs[0].network.spec().inputSize;
    const core::Vector<double> scaled = jobs[0].network.values();
    for (core::Index i = 0; i < hidden * hidden; ++i)
        QCOMPARE(scaled[hidden * input + i], 0.5 * plain[hidden * input + i]);
    QCOMPARE(scaled.head(hidden * input), plain.head(hidden * input));
    // The LSTM's forget-gate biases (b_if + b_hf) add up to the knob's 3.
    QCOMPARE(*jobs[1].recipe.initialization.forgetBias, 3.0);
    // Truncation reaches every run; only the LSTMs have a forget gate to hold.
    control<QSpinBox>(lab, "truncation")->setValue(10);
    control<QCheckBox>(lab, "holdForget")->setChecked(true);
    control<QCheckBox>(lab, "clip")->setChecked(false);
    control<QCheckBox>(lab, "peephole")->setChecked(true);
    const std::vector<training::TrainingJob> held = lab.raceJobs();
    for (const training::TrainingJob& job : held) {
        QCOMPARE(job.initialSettings().bpttTruncation, 10);
        QCOMPARE(job.recipe.clipNorm, 0.0);
    }
    QCOMPARE(held[1].initialSettings().frozenGates.forget, std::optional<double>(1.0));
    QCOMPARE(held[3].initialSettings().frozenGates.forget, std::optional<double>(1.0));
    QVERIFY(!held[0].initialSettings().frozenGates.forget);
    QVERIFY(!held[2].initialSettings().frozenGates.forget);
}

void TestGradientLab::peepholeLstmIsAFourthRunner() {
    app::GradientLab lab;
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    auto* peephole = control<QCheckBox>(lab, "peephole");
    QVERIFY(!peephole->toolTip().isEmpty());
    QCOMPARE(lab.raceSpecs().size(), size_t(3));
    QVERIFY(!lab.flowChart(2)->isHidden());
    QVERIFY(lab.flowChart(3)->isHidden()); // three runners, three charts
    QTest::mouseClick(peephole, Qt::LeftButton, {}, peephole->rect().center());
    QVERIFY(peephole->isChecked());
    const std::vector<core::NetworkSpec> specs = lab.raceSpecs();
    QCOMPARE(specs.size(), size_t(4));
    QCOMPARE(specs[3].layers.front().cell, core::CellKind::PeepholeLstm);
    QCOMPARE(specs[3].layers.front().hidden, specs[1].layers.front().hidden);
    QVERIFY(weightsOf(specs[3]) > weightsOf(specs[1])); // the peepholes' 3·H weights
}

void TestGradientLab::layersStackEveryRunner() {
    app::GradientLab lab;
    control<QCheckBox>(lab, "peephole")->setChecked(true);
    for (int layers : {1, 2, 3}) {
        control<QSpinBox>(lab, "layers")->setValue(layers);
        for (const core::NetworkSpec& spec : lab.raceSpecs()) {
            QCOMPARE(int(spec.layers.size()), layers);
            QCOMPARE(spec.layers.back().cell, spec.layers.front().cell);
            QCOMPARE(spec.layers.back().hidden, core::Index(16));
        }
    }
    QCOMPARE(control<QSpinBox>(lab, "layers")->maximum(), 3);
}

void TestGradientLab::lagStaysWithinTheTasksRange() {
    app::GradientLab lab;
    auto* slider = control<QSlider>(lab, "lag");
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(lab.lag(), 10); // the shortest lag the tasks accept
    QCOMPARE(lab.raceJobs().size(), size_t(3));
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(lab.lag(), 200);
    lab.setLag(3);
    QCOMPARE(lab.lag(), 10);
}

void TestGradientLab::guideExplainsTheKnobTouched_data() {
    QTest::addColumn<QString>("knob");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("task") << "task"
                          << "marked early on";
    QTest::newRow("lag") << "lag"
                         << "one more multiplication";
    QTest::newRow("match") << "match"
                           << "not to its size";
    QTest::newRow("hidden") << "hidden"
                            << "how many numbers a network keeps";
    QTest::newRow("layers") << "layers"
                            << "down through the stack";
    QTest::newRow("epochs") << "epochs"
                            << "one pass over all the training sequences";
    QTest::newRow("clipping") << "clip"
                              << "it cannot make a vanished gradient bigger";
    QTest::newRow("threshold") << "clipThreshold"
                               << "smaller, safer, slower steps";
    QTest::newRow("activation") << "activation"
                                << "tanh squashes every value";
    QTest::newRow("recurrent scale") << "recurrentScale"
                                     << "going back 50 steps";
    QTest::newRow("forget bias") << "forgetBias"
                                 << "f ≈ 0.95";
    QTest::newRow("truncation") << "truncation"
                                << "beyond the cut";
    QTest::newRow("forget gate held") << "holdForget"
                                      << "constant error carousel";
    QTest::newRow("peephole") << "peephole"
                              << "look at the cell state itself";
}

void TestGradientLab::guideExplainsTheKnobTouched() {
    QFETCH(QString, knob);
    QFETCH(QString, phrase);
    app::GradientLab lab;
    lab.resize(1280, 800);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QVERIFY(!lab.guideText().contains(phrase));
    auto* widget = lab.findChild<QWidget*>(knob);
    QVERIFY(widget);
    QVERIFY(!widget->toolTip().isEmpty());
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    else if (qobject_cast<QSlider*>(widget))
        QTest::keyClick(widget, Qt::Key_Right);
    else if (qobject_cast<QComboBox*>(widget))
        QTest::keyClick(widget, Qt::Key_Down);
    else
        QTest::keyClick(widget, Qt::Key_Up);
    QVERIFY2(lab.guideText().contains(phrase), qPrintable(lab.guideText()));
    QVERIFY(lab.guideText().contains(QStringLiteral("Look for now:")));
}

void TestGradientLab::raceFillsTheChartsAndTheGuide() {
    app::GradientLab lab;
    QVERIFY(race(lab, 20));
    for (int run = 0; run < app::GradientLab::kRuns; ++run) {
        QVERIFY(lab.raceChart()->pointCount(run) > 0);
        QVERIFY2(lab.flowChart(run)->seriesCount() > 0, qPrintable(QString::number(run)));
        QVERIFY(std::isfinite(lab.flowChart(run)->decayOf(0)));
    }
    QCOMPARE(lab.raceChart()->chart()->series().size(), 3);
    // The LSTM's cell state carries one extra curve.
    QCOMPARE(lab.flowChart(1)->seriesCount(), lab.flowChart(0)->seriesCount() + 1);
    QVERIFY(lab.guideText().contains(QStringLiteral("RNN: at the first step")));
    // Touching a knob explains it, and the numbers of the race stay.
    QTest::keyClick(control<QDoubleSpinBox>(lab, "recurrentScale"), Qt::Key_Down);
    QVERIFY(lab.guideText().contains(QStringLiteral("going back 50 steps")));
    QVERIFY(lab.guideText().contains(QStringLiteral("RNN: at the first step")));
    QVERIFY(lab.guideText().contains(QStringLiteral("LSTM: at the first step")));
}

void TestGradientLab::fourRunnersRaceFromTheSameStart() {
    app::GradientLab lab;
    control<QCheckBox>(lab, "peephole")->setChecked(true);
    const std::vector<training::TrainingJob> jobs = lab.raceJobs();
    QCOMPARE(jobs.size(), size_t(4));
    for (const training::TrainingJob& job : jobs) {
        QCOMPARE(job.taskName, jobs.front().taskName);
        QVERIFY(job.taskOptions == jobs.front().taskOptions);
        QCOMPARE(job.taskSeed, jobs.front().taskSeed);
        QCOMPARE(job.seed, jobs.front().seed);
        QCOMPARE(job.recipe.epochs, jobs.front().recipe.epochs);
    }
    QCOMPARE(jobs[3].network.spec().layers.front().cell, core::CellKind::PeepholeLstm);
    QVERIFY(race(lab, 10));
    QCOMPARE(lab.race().runCount(), 4);
    QCOMPARE(lab.raceChart()->chart()->series().size(), 4);
    QVERIFY(lab.raceChart()->pointCount(3) > 0);
    auto* peephole = qobject_cast<QLineSeries*>(lab.raceChart()->chart()->series().at(3));
    QCOMPARE(peephole->pen().color(), QColor(0xcc, 0x79, 0xa7));
    QVERIFY(peephole->name().contains(QStringLiteral("Peephole LSTM")));
    // Its flow chart: ‖∂L/∂h_t‖ and, dashed, ‖∂L/∂c_t‖ in its colour.
    app::GradientFlowChart* flow = lab.flowChart(3);
    QVERIFY(!flow->isHidden());
    QCOMPARE(flow->seriesCount(), 2);
    QCOMPARE(qobject_cast<QLineSeries*>(flow->chart()->series().at(0))->pen().color(),
             QColor(0xcc, 0x79, 0xa7));
    QVERIFY(std::isfinite(lab.flowChart(3)->decayOf(0)));
    QVERIFY(lab.guideText().contains(QStringLiteral("Peephole LSTM: at the first step")));
    // Another language renames the runners and keeps what the race drew.
    const int points = lab.raceChart()->pointCount(3);
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&lab, &languageChange);
    QCOMPARE(lab.raceChart()->pointCount(3), points);
    QCOMPARE(peephole->name(), QStringLiteral("Peephole LSTM, 16 units"));
    QCOMPARE(lab.flowChart(3)->seriesCount(), 2);
    QVERIFY(lab.guideText().contains(QStringLiteral("Peephole LSTM: at the first step")));
}

void TestGradientLab::showLayerPlotsThatLayersNorms() {
    app::GradientLab lab;
    control<QSpinBox>(lab, "layers")->setValue(2);
    QVERIFY(race(lab, 10));
    auto* chooser = control<QComboBox>(lab, "showLayer");
    QCOMPARE(chooser->count(), 2);
    QVERIFY(chooser->isEnabled());
    QVERIFY(!chooser->toolTip().isEmpty());
    for (int run = 0; run < app::GradientLab::kRuns; ++run) {
        app::GradientFlowChart& flow = *lab.flowChart(run);
        const auto trace = flow.trace();
        QVERIFY(trace);
        QCOMPARE(int(trace->layers.size()), 2);
        const std::vector<double> first = floored(trace->layers[0].hiddenGradientNorm);
        const std::vector<double> second = floored(trace->layers[1].hiddenGradientNorm);
        QVERIFY(first != second);
        QCOMPARE(plotted(flow), first);
    }
    QTest::keyClick(chooser, Qt::Key_Down); // layer 2
    QCOMPARE(lab.flows()->shownLayer(), 1);
    for (int run = 0; run < app::GradientLab::kRuns; ++run) {
        app::GradientFlowChart& flow = *lab.flowChart(run);
        QCOMPARE(plotted(flow), floored(flow.trace()->layers[1].hiddenGradientNorm));
        QCOMPARE(flow.seriesCount(), run == 1 ? 2 : 1); // only that layer's curves
        QCOMPARE(lab.flows()->decayOf(run), flow.decayOf(1));
    }
    QVERIFY(lab.guideText().contains(QStringLiteral("gradient reaching the chosen layer")));
    QVERIFY(lab.guideText().contains(QStringLiteral("The last race, layer 2 of 2")));
    QVERIFY(lab.guideText().contains(QStringLiteral("GRU: at the first step")));
}

void TestGradientLab::newLagRestartsTheRace() {
    app::GradientLab lab;
    control<QSpinBox>(lab, "epochs")->setValue(50);
    lab.start();
    QVERIFY(lab.isRunning());
    QSignalSpy finished(&lab.race(), &training::TrainingRace::finished);
    lab.setLag(15);
    lab.start(); // what letting go of the slider does
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(lab.isRunning()); // started again at the new lag
    QCOMPARE(lab.lag(), 15);
    lab.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!lab.isRunning(), 30000);
}

QTEST_MAIN(TestGradientLab)
#include "tst_gradient_lab.moc"
