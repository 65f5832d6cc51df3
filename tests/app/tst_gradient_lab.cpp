// app::GradientLab: the three networks it races (same width, or about the same number of
// weights), a short race on the adding problem whose gradient-flow charts fill in from the
// runs' probe traces, the guide quoting this run's numbers, and a new lag restarting the race.
#include "app/views/gradient_flow_chart.h"
#include "app/views/gradient_lab.h"
#include "app/views/race_chart.h"
#include "core/network.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <cmath>

namespace {

core::Index weightsOf(const core::NetworkSpec& spec) {
    return core::Network<double>(spec).parameterCount();
}

} // namespace

class TestGradientLab : public QObject {
    Q_OBJECT

private slots:
    void racesTheThreeCellsAtOneWidth();
    void matchesTheNumberOfWeights();
    void knobsReachTheRuns();
    void raceFillsTheChartsAndTheGuide();
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
    lab.findChildren<QComboBox*>().at(1)->setCurrentIndex(1);
    const std::vector<core::NetworkSpec> specs = lab.raceSpecs();
    const double lstm = double(weightsOf(specs[1]));
    QVERIFY(specs[0].layers.front().hidden > specs[1].layers.front().hidden);
    QVERIFY(specs[2].layers.front().hidden > specs[1].layers.front().hidden);
    QVERIFY(std::abs(double(weightsOf(specs[0])) - lstm) / lstm < 0.05);
    QVERIFY(std::abs(double(weightsOf(specs[2])) - lstm) / lstm < 0.05);
}

void TestGradientLab::knobsReachTheRuns() {
    app::GradientLab lab;
    const core::Vector<double> plain = lab.raceJobs()[0].network.values();
    lab.findChildren<QComboBox*>().at(2)->setCurrentIndex(1); // ReLU
    const auto spins = lab.findChildren<QDoubleSpinBox*>();
    spins.at(0)->setValue(2.5); // clip at
    spins.at(1)->setValue(0.5); // recurrent scale
    spins.at(2)->setValue(3.0); // forget-gate bias
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
    // Truncation reaches every run; only the LSTM has a forget gate to hold.
    lab.findChildren<QSpinBox*>().at(2)->setValue(10);
    lab.findChildren<QCheckBox*>().constLast()->setChecked(true);
    const std::vector<training::TrainingJob> held = lab.raceJobs();
    for (const training::TrainingJob& job : held)
        QCOMPARE(job.initialSettings().bpttTruncation, 10);
    QCOMPARE(held[1].initialSettings().frozenGates.forget, std::optional<double>(1.0));
    QVERIFY(!held[0].initialSettings().frozenGates.forget);
    QVERIFY(!held[2].initialSettings().frozenGates.forget);
}

void TestGradientLab::raceFillsTheChartsAndTheGuide() {
    app::GradientLab lab;
    lab.setLag(20);
    lab.findChildren<QSpinBox*>().at(1)->setValue(1); // one epoch
    QSignalSpy finished(&lab.race(), &training::TrainingRace::finished);
    lab.start();
    QVERIFY(lab.isRunning());
    QVERIFY(finished.wait(120000));
    for (int run = 0; run < app::GradientLab::kRuns; ++run) {
        QVERIFY(lab.raceChart()->pointCount(run) > 0);
        QVERIFY2(lab.flowChart(run)->seriesCount() > 0, qPrintable(QString::number(run)));
        QVERIFY(std::isfinite(lab.flowChart(run)->decayOf(0)));
    }
    // The LSTM's cell state carries one extra curve.
    QCOMPARE(lab.flowChart(1)->seriesCount(), lab.flowChart(0)->seriesCount() + 1);
    QVERIFY(lab.guideText().contains(QStringLiteral("RNN: at the first step")));
}

void TestGradientLab::newLagRestartsTheRace() {
    app::GradientLab lab;
    lab.findChildren<QSpinBox*>().at(1)->setValue(50);
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
