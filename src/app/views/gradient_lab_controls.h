#pragma once
/**
 * The vanishing-gradient lab's controls, in two rows: the race (task, lag slider, matching, size,
 * layers, epochs, clipping, the peephole runner, the Race/Stop button) and the knobs that change
 * the lesson (the RNN's activation, the recurrent weight scale, the forget-gate bias, truncated
 * BPTT, the forget gate held at 1). It reads them into GradientLabSettings and says which one the
 * student touched, so the guide can explain it.
 */
#include "app/views/gradient_lab_knob.h"
#include "app/views/gradient_lab_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace app {

class GradientLabControls : public QWidget {
    Q_OBJECT

public:
    explicit GradientLabControls(QWidget* parent = nullptr);

    /** What the controls say now. */
    GradientLabSettings settings() const;
    /** The lag, in steps (the slider moves in fives). */
    int lag() const;
    void setLag(int lag);
    /** The button offers Stop while the race runs, Race otherwise. */
    void setRunning(bool running);

signals:
    /** The student changed `knob`. */
    void touched(app::GradientLabKnob knob);
    /** The lag slider was let go of: race again at the new lag. */
    void raceRequested();
    /** The Race/Stop button was clicked. */
    void runClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildRaceRow();
    QWidget* buildKnobRow();
    void connectTouches();
    void retranslate();
    void retranslateKnobs();

    bool m_running = false;
    QComboBox* m_task;
    QSlider* m_lag;
    QLabel* m_lagValue;
    QComboBox* m_match;
    QSpinBox* m_hidden;
    QSpinBox* m_epochs;
    QSpinBox* m_layers;
    QCheckBox* m_clip;
    QDoubleSpinBox* m_clipNorm;
    QCheckBox* m_peephole;
    QPushButton* m_run;
    QComboBox* m_activation;
    QDoubleSpinBox* m_recurrentScale;
    QDoubleSpinBox* m_forgetBias;
    QSpinBox* m_truncation;
    QCheckBox* m_holdForget;
    QLabel* m_taskLabel;
    QLabel* m_lagLabel;
    QLabel* m_matchLabel;
    QLabel* m_hiddenLabel;
    QLabel* m_layersLabel;
    QLabel* m_epochsLabel;
    QLabel* m_activationLabel;
    QLabel* m_scaleLabel;
    QLabel* m_forgetLabel;
    QLabel* m_truncationLabel;
};

} // namespace app
