#pragma once
/**
 * Puts the speech task's sound controls (SpeechAudioPanel) in the main window: a "Sound" dock
 * that is there only while the task's input is a spectrogram (speech digits), whose Play button
 * plays the probe's clip and whose guesses come from the workspace's current weights. It follows
 * the workspace: a new session or task gives the clip and the dock's visibility again, every
 * change of the weights (a run ended, a reset, a transfer) a new predictor, and so does every
 * snapshot of a run that carries the probe's weights, so a digit said during training is heard
 * by the weights of that moment.
 */
#include "data/audio_clip.h"
#include "training/training_snapshot.h"

#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace app {

class NetworkViews;
class SpeechAudioPanel;
class Workspace;

class SpeechBinding : public QObject {
    Q_OBJECT

public:
    /** The dock goes into `window`, its show/hide action into `panels`. */
    SpeechBinding(Workspace* workspace, NetworkViews* views, QMainWindow* window, QMenu* panels);

    SpeechAudioPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    /** The probe's clip, as given to the panel (empty when the task has no sound). */
    const data::AudioClip& clip() const { return m_clip; }
    /** Whether the task has sound to play (its input is a spectrogram). */
    bool hasSound() const;

public slots:
    /** The dock shown or hidden for the task, the probe's clip and the predictor again. */
    void showSession();
    /** The current weights as the panel's predictor. */
    void showWeights();
    /** During a run, the weights of the snapshot's probe trace: the guess follows the training. */
    void showSnapshot(const training::TrainingSnapshot& snapshot);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    Workspace* m_workspace;
    NetworkViews* m_views;
    SpeechAudioPanel* m_panel;
    QDockWidget* m_dock;
    data::AudioClip m_clip;
};

} // namespace app
