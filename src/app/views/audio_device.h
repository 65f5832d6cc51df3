#pragma once
/**
 * The computer's loudspeaker and microphone for the speech task: plays a clip and records one,
 * through Qt Multimedia (QAudioSink, QAudioSource) when the program is built with it
 * (LSTM_STUDIO_HAS_MULTIMEDIA); without it, or without a device, canPlay()/canRecord() are false
 * and whyNot…() says why in words for a tooltip. Sound is 16-bit at the device's preferred rate;
 * recordings come back as mono data::AudioClip at that rate (the speech task resamples).
 */
#include "data/audio_clip.h"

#include <QObject>
#include <QString>

class QAudioSink;
class QAudioSource;
class QBuffer;
class QIODevice;
class QTimer;

namespace app {

class AudioDevice : public QObject {
    Q_OBJECT

public:
    explicit AudioDevice(QObject* parent = nullptr);
    ~AudioDevice() override;

    /** Whether a sound can be played: built with Qt Multimedia and an output device exists. */
    static bool canPlay();
    /** Whether a sound can be recorded: built with Qt Multimedia and a microphone exists. */
    static bool canRecord();
    /** Why canPlay() is false, for a tooltip; empty when it is true. */
    static QString whyNotPlay();
    /** Why canRecord() is false, for a tooltip; empty when it is true. */
    static QString whyNotRecord();

    /** Plays `clip` on the default output, stopping what played before. */
    void play(const data::AudioClip& clip);
    /** Records from the default microphone until stopRecording() or `maxSeconds`. */
    void startRecording(double maxSeconds);
    /** Ends a recording: recorded() follows. */
    void stopRecording();
    bool isRecording() const;

signals:
    /** A recording ended: the sound, mono. */
    void recorded(const data::AudioClip& clip);
    /** Something went wrong with a device, in words. */
    void failed(const QString& message);

private:
    void collect();

    QAudioSink* m_sink = nullptr;
    QBuffer* m_playing = nullptr;
    QAudioSource* m_source = nullptr;
    QIODevice* m_input = nullptr;
    QTimer* m_limit = nullptr;
    QByteArray m_bytes;
    int m_channels = 1;
    double m_rate = 0;
    bool m_float = false;
};

} // namespace app
