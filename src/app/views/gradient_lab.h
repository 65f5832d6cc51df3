#pragma once
/**
 * The vanishing-gradient lab: a plain RNN, an LSTM, a GRU and optionally a peephole LSTM race on
 * the same long-lag task, with the same data, seed and recipe, and either the same hidden size or
 * about the same number of weights. Their losses share one chart; below, each one's ‖∂L/∂h_t‖
 * (and ‖∂L/∂c_t‖) per time step on the probe sequence, for the layer chosen, on the same
 * logarithmic scale, shows how far back the error still reaches; beside them the guide explains
 * the knob touched last and quotes this run's numbers. One slider sets the lag: letting go of it
 * starts the race again at the new length.
 *
 * The runs train on worker threads (training::TrainingRace); the lab only draws snapshots. Its
 * parts: GradientLabControls (the knobs), GradientLabSetup (the networks and jobs),
 * RaceChart, GradientLabFlows (the flow charts) and GradientLabGuide.
 */
#include "app/views/gradient_lab_knob.h"
#include "app/views/gradient_lab_settings.h"
#include "core/network_spec.h"
#include "training/training_race.h"

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <array>
#include <vector>

namespace app {

class GradientFlowChart;
class GradientLabControls;
class GradientLabFlows;
class GradientLabGuide;
class RaceChart;

class GradientLab : public QWidget {
    Q_OBJECT

public:
    /** Runners without the peephole LSTM. */
    static constexpr int kRuns = 3;
    /** Runners with it. */
    static constexpr int kMaxRuns = 4;
    /** Okabe–Ito colours, colour-blind safe: RNN, LSTM, GRU, peephole LSTM. */
    static const std::array<QColor, kMaxRuns>& runColours();

    explicit GradientLab(QWidget* parent = nullptr);
    ~GradientLab() override;

    /** The networks the race would train now, in the order RNN, LSTM, GRU (, peephole LSTM). */
    std::vector<core::NetworkSpec> raceSpecs() const;
    /** The runs the race would start now: the specs, initialised with the knobs' scale and
     * forget-gate bias, the task's recipe with the lab's epochs and clipping. */
    std::vector<training::TrainingJob> raceJobs() const;
    bool isRunning() const { return m_race->isRunning(); }
    int lag() const;
    void setLag(int lag);
    training::TrainingRace& race() const { return *m_race; }
    GradientLabControls* controls() const { return m_controls; }
    GradientLabFlows* flows() const { return m_flows; }
    GradientFlowChart* flowChart(int run) const;
    RaceChart* raceChart() const { return m_chart; }
    GradientLabGuide* guide() const { return m_guide; }
    /** The explanation beside the charts, as shown. */
    QString guideText() const;

public slots:
    /** Starts the race with the controls' settings (stopping a race still going first). */
    void start();
    void stop();

protected:
    void changeEvent(QEvent* event) override;

private:
    /** The runners' names in the current language ("RNN"; with their width: "RNN, 16 units"). */
    QStringList runnerNames(bool withWidth) const;
    /** Names the runners of `specs` in the charts and the guide, forgetting the last race. */
    void prepareRuns(const std::vector<core::NetworkSpec>& specs,
                     const GradientLabSettings& settings);
    void onSnapshot(int run, const training::TrainingSnapshot& snapshot);
    void onFinished();
    void onShownLayerChosen();
    void updateResults();

    GradientLabControls* m_controls;
    training::TrainingRace* m_race;
    RaceChart* m_chart;
    GradientLabFlows* m_flows;
    GradientLabGuide* m_guide;
    std::vector<core::RecurrentLayerSpec> m_runners; ///< the first layer of each runner
    std::array<double, kMaxRuns> m_metric{};
    bool m_restart = false;
};

} // namespace app
