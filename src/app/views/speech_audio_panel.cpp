#include "app/views/speech_audio_panel.h"

#include "app/views/audio_device.h"
#include "data/speech_digits_task.h"
#include "data/wav_reader.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace app {

SpeechAudioPanel::SpeechAudioPanel(QWidget* parent)
    : QWidget(parent)
    , m_device(new AudioDevice(this))
    , m_play(new QPushButton(tr("Play"), this))
    , m_record(new QPushButton(tr("Record a digit"), this))
    , m_open(new QPushButton(tr("Open a WAV file…"), this))
    , m_result(new QLabel(this)) {
    // The buttons in a row at the top, the guess under them in large type; a tall dock's spare
    // height goes below.
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_play, m_record, m_open})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);
    QFont large = m_result->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_result->setFont(large);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setToolTip(tr("The digit the network hears, or what is wrong with the sound"));
    m_open->setToolTip(tr("Read a spoken digit from a WAV file (mono PCM, 8–48 kHz, under 10 s) "
                          "and see which digit the network hears"));

    m_play->setEnabled(false);
    m_play->setToolTip(AudioDevice::canPlay() ? tr("Play the probe's clip")
                                              : AudioDevice::whyNotPlay());
    m_record->setEnabled(AudioDevice::canRecord());
    m_record->setToolTip(AudioDevice::canRecord()
                             ? tr("Say one digit into the microphone (at most 2 seconds; click "
                                  "again to stop) and see which the network hears")
                             : AudioDevice::whyNotRecord());

    connect(m_play, &QPushButton::clicked, this, [this] { m_device->play(m_clip); });
    connect(m_record, &QPushButton::clicked, this, &SpeechAudioPanel::toggleRecording);
    connect(m_open, &QPushButton::clicked, this, &SpeechAudioPanel::chooseFile);
    connect(m_device, &AudioDevice::failed, m_result, &QLabel::setText);
    connect(m_device, &AudioDevice::recorded, this, [this](const data::AudioClip& sound) {
        m_record->setText(tr("Record a digit"));
        guess(sound, tr("The recording"));
    });
}

void SpeechAudioPanel::setClip(const data::AudioClip& clip) {
    m_clip = clip;
    m_play->setEnabled(AudioDevice::canPlay() && !clip.samples.empty());
}

void SpeechAudioPanel::setPredictor(data::Task::Predictor predictor) {
    m_predictor = std::move(predictor);
}

QString SpeechAudioPanel::resultText() const {
    return m_result->text();
}

void SpeechAudioPanel::toggleRecording() {
    if (m_device->isRecording()) {
        m_device->stopRecording();
        return;
    }
    m_record->setText(tr("Stop"));
    m_result->setText(tr("Listening… say one digit."));
    m_device->startRecording(2.5);
}

void SpeechAudioPanel::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a spoken digit"), QString(),
                                                      tr("WAV sound (*.wav);;Any file (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SpeechAudioPanel::openFile(const QString& path) {
    try {
        guess(data::WavReader::read(path.toStdString()), path);
    } catch (const std::exception& error) {
        m_result->setText(QString::fromStdString(error.what()));
    }
}

void SpeechAudioPanel::guess(const data::AudioClip& sound, const QString& name) {
    try {
        const core::SequenceBatch<double> batch =
            data::SpeechDigitsTask::batchOf(sound, name.toStdString());
        if (!m_predictor) {
            m_result->setText(tr("%1: %2 s of speech; no network to guess it yet")
                                  .arg(name)
                                  .arg(double(batch.steps) / 100.0, 0, 'f', 2));
            return;
        }
        const core::Matrix<double> outputs = m_predictor(batch);
        core::Index digit = 0;
        const double best = outputs.row(0).maxCoeff(&digit);
        const double total = (outputs.row(0).array() - best).exp().sum();
        m_result->setText(
            tr("The network hears %1 (%2%)").arg(digit).arg(std::lround(100.0 / total)));
    } catch (const std::exception& error) {
        m_result->setText(QString::fromStdString(error.what()));
    }
}

} // namespace app
