#pragma once
/**
 * The vanishing-gradient lab: a plain RNN, an LSTM and a GRU race on the same long-lag task, with
 * the same data, seed and recipe, and either the same hidden size or about the same number of
 * weights. Their losses share one chart; below, each one's ‖∂L/∂h_t‖ per time step on the probe
 * sequence, on the same logarithmic scale, shows how far back the error still reaches; beside
 * them a few sentences say what to look for, with the numbers of this run. One slider sets the
 * lag: letting go of it starts the race again at the new length.
 *
 * The runs train on worker threads (training::TrainingRace); the lab only draws snapshots.
 */
#include "core/network_initializer.h"
#include "core/network_spec.h"
#include "training/training_race.h"

#include <QWidget>
#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTextBrowser;

namespace app {

class GradientFlowChart;
class RaceChart;

class GradientLab : public QWidget {
    Q_OBJECT

public:
    static constexpr int kRuns = 3;

    explicit GradientLab(QWidget* parent = nullptr);
    ~GradientLab() override;

    /** The three networks the race would train now, in the order RNN, LSTM, GRU. */
    std::vector<core::NetworkSpec> raceSpecs() const;
    /** The three runs the race would start now: the specs, initialised with the knobs' scale
     * and forget-gate bias, the task's recipe with the lab's epochs and clipping. */
    std::vector<training::TrainingJob> raceJobs() const;
    bool isRunning() const { return m_race->isRunning(); }
    int lag() const;
    void setLag(int lag);
    training::TrainingRace& race() const { return *m_race; }
    GradientFlowChart* flowChart(int run) const { return m_flows[size_t(run)]; }
    RaceChart* raceChart() const { return m_chart; }
    /** The explanation beside the charts, as shown. */
    QString guideText() const;

public slots:
    /** Starts the race with the controls' settings (stopping a race still going first). */
    void start();
    void stop();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildControls();
    QWidget* buildKnobs();
    core::InitOptions initialization(const core::InitOptions& recipe) const;
    void retranslate();
    void onSnapshot(int run, const training::TrainingSnapshot& snapshot);
    void onFinished();
    void updateGuide();
    /** One norm scale for the three gradient charts, so they compare at a glance. */
    void shareNormAxis();

    training::TrainingRace* m_race;
    QComboBox* m_task;
    QSlider* m_lag;
    QLabel* m_lagValue;
    QComboBox* m_match;
    QSpinBox* m_hidden;
    QSpinBox* m_epochs;
    QCheckBox* m_clip;
    QDoubleSpinBox* m_clipNorm;
    QComboBox* m_activation;
    QDoubleSpinBox* m_recurrentScale;
    QDoubleSpinBox* m_forgetBias;
    QSpinBox* m_truncation;
    QCheckBox* m_freezeForget;
    QLabel* m_truncationLabel;
    QLabel* m_activationLabel;
    QLabel* m_scaleLabel;
    QLabel* m_forgetLabel;
    QPushButton* m_run;
    QLabel* m_taskLabel;
    QLabel* m_lagLabel;
    QLabel* m_matchLabel;
    QLabel* m_hiddenLabel;
    QLabel* m_epochsLabel;
    RaceChart* m_chart;
    std::array<GradientFlowChart*, kRuns> m_flows{};
    std::array<QLabel*, kRuns> m_flowTitles{};
    std::array<double, kRuns> m_decay{};
    std::array<double, kRuns> m_metric{};
    QTextBrowser* m_guide;
    bool m_restart = false;
    std::string m_metricName;
};

} // namespace app
