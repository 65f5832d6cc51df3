#pragma once
/**
 * The speech task's sound controls, beside the probe: play the probe's clip, record a digit from
 * the microphone or open a WAV file, and see which digit the network hears in it. Sound that is
 * not usable (not a WAV, wrong rate, silence, far too long …) gives its message in the panel,
 * never a crash. Play and Record are disabled, with a tooltip saying why, when the build has no
 * Qt Multimedia or the computer no loudspeaker or microphone.
 *
 * The main window gives it the probe's clip (data::Task::audio) and a predictor (the current
 * network's forward pass); the guess is the predictor's likeliest class of the sound's
 * one-sequence batch (data::SpeechDigitsTask::batchOf).
 */
#include "data/audio_clip.h"
#include "data/task.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace app {

class AudioDevice;

class SpeechAudioPanel : public QWidget {
    Q_OBJECT

public:
    explicit SpeechAudioPanel(QWidget* parent = nullptr);

    /** The clip Play plays: the probe's sound. */
    void setClip(const data::AudioClip& clip);
    /** How the network answers a batch; none: sounds are checked but not guessed. */
    void setPredictor(data::Task::Predictor predictor);

    /** The last guess or message, as shown. */
    QString resultText() const;
    QPushButton* playButton() const { return m_play; }
    QPushButton* recordButton() const { return m_record; }

public slots:
    /** Reads the WAV file at `path` and guesses its digit (or says what is wrong with it). */
    void openFile(const QString& path);
    /** Guesses the digit of `sound`, called `name` in messages. */
    void guess(const data::AudioClip& sound, const QString& name);

private:
    void toggleRecording();
    void chooseFile();

    AudioDevice* m_device;
    QPushButton* m_play;
    QPushButton* m_record;
    QPushButton* m_open;
    QLabel* m_result;
    data::AudioClip m_clip;
    data::Task::Predictor m_predictor;
};

} // namespace app
