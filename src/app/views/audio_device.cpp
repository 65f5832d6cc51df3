#include "app/views/audio_device.h"

#include <QBuffer>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstring>

#ifdef LSTM_STUDIO_HAS_MULTIMEDIA
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QAudioSource>
#include <QMediaDevices>
#endif

namespace app {

AudioDevice::AudioDevice(QObject* parent)
    : QObject(parent)
    , m_limit(new QTimer(this)) {
    m_limit->setSingleShot(true);
    connect(m_limit, &QTimer::timeout, this, &AudioDevice::stopRecording);
}

AudioDevice::~AudioDevice() = default;

bool AudioDevice::canPlay() {
    return whyNotPlay().isEmpty();
}

bool AudioDevice::canRecord() {
    return whyNotRecord().isEmpty();
}

QString AudioDevice::whyNotPlay() {
#ifdef LSTM_STUDIO_HAS_MULTIMEDIA
    return QMediaDevices::audioOutputs().isEmpty() ? tr("This computer has no sound output.")
                                                   : QString();
#else
    return tr("This build of LSTM Studio has no sound (it was built without Qt Multimedia).");
#endif
}

QString AudioDevice::whyNotRecord() {
#ifdef LSTM_STUDIO_HAS_MULTIMEDIA
    return QMediaDevices::audioInputs().isEmpty() ? tr("This computer has no microphone.")
                                                  : QString();
#else
    return tr("This build of LSTM Studio cannot record (it was built without Qt Multimedia).");
#endif
}

bool AudioDevice::isRecording() const {
    return m_source != nullptr;
}

#ifdef LSTM_STUDIO_HAS_MULTIMEDIA

void AudioDevice::play(const data::AudioClip& clip) {
    if (!canPlay())
        return emit failed(whyNotPlay());
    delete m_sink; // stops what played before
    m_sink = nullptr;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format = device.preferredFormat();
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        return emit failed(tr("The sound output does not take 16-bit samples."));
    const data::AudioClip sound = clip.resampled(format.sampleRate());
    QByteArray bytes;
    bytes.reserve(qsizetype(sound.samples.size()) * 2 * format.channelCount());
    for (double s : sound.samples) {
        const auto value = qint16(std::lround(std::clamp(s, -1.0, 1.0) * 32767));
        for (int c = 0; c < format.channelCount(); ++c)
            bytes.append(reinterpret_cast<const char*>(&value), 2);
    }
    delete m_playing;
    m_playing = new QBuffer(this);
    m_playing->setData(bytes);
    m_playing->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(device, format, this);
    m_sink->start(m_playing);
}

void AudioDevice::startRecording(double maxSeconds) {
    if (!canRecord())
        return emit failed(whyNotRecord());
    if (m_source)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    QAudioFormat format = device.preferredFormat();
    m_float = format.sampleFormat() == QAudioFormat::Float;
    if (!m_float)
        format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        return emit failed(tr("The microphone gives no 16-bit or float samples."));
    m_channels = std::max(1, format.channelCount());
    m_rate = format.sampleRate();
    m_bytes.clear();
    m_source = new QAudioSource(device, format, this);
    m_input = m_source->start();
    if (!m_input) {
        delete m_source;
        m_source = nullptr;
        return emit failed(tr("The microphone could not be opened."));
    }
    connect(m_input, &QIODevice::readyRead, this, &AudioDevice::collect);
    m_limit->start(int(maxSeconds * 1000));
}

void AudioDevice::collect() {
    if (m_input)
        m_bytes += m_input->readAll();
}

void AudioDevice::stopRecording() {
    if (!m_source)
        return;
    m_limit->stop();
    collect();
    m_source->stop();
    m_source->deleteLater();
    m_source = nullptr;
    m_input = nullptr;
    const int width = m_float ? 4 : 2;
    data::AudioClip clip{m_rate, {}};
    for (qsizetype at = 0; at + width * m_channels <= m_bytes.size(); at += width * m_channels) {
        if (m_float) {
            float value = 0;
            std::memcpy(&value, m_bytes.constData() + at, 4);
            clip.samples.push_back(value);
        } else {
            qint16 value = 0;
            std::memcpy(&value, m_bytes.constData() + at, 2);
            clip.samples.push_back(value / 32768.0);
        }
    }
    emit recorded(clip);
}

#else

void AudioDevice::play(const data::AudioClip&) {
    emit failed(whyNotPlay());
}

void AudioDevice::startRecording(double) {
    emit failed(whyNotRecord());
}

void AudioDevice::stopRecording() {}

void AudioDevice::collect() {}

#endif

} // namespace app
