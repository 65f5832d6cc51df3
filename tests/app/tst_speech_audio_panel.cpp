// The speech task's sound controls: a WAV file's digit guessed through the predictor, bad files
// and silence answered with their message (never a crash), and Play/Record disabled with a reason
// when there is no sound device or no Qt Multimedia.
#include "app/views/audio_device.h"
#include "app/views/speech_audio_panel.h"
#include "data/wav_reader.h"
#include "probe_fixtures.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <numbers>

namespace {

/** 0.4 s of a 440 Hz tone between silences, at `rate`. */
data::AudioClip toneClip(double rate) {
    data::AudioClip clip{rate, std::vector<double>(std::size_t(rate), 0.0)};
    for (std::size_t n = std::size_t(0.3 * rate); n < std::size_t(0.7 * rate); ++n)
        clip.samples[n] = 0.4 * std::sin(2 * std::numbers::pi * 440 * double(n) / rate);
    return clip;
}

QString write(const QTemporaryDir& dir, const QString& name, const std::string& bytes) {
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
    return path;
}

} // namespace

class TestSpeechAudioPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void guessesTheDigitOfAWavFile();
    void badFilesGiveTheirMessage_data();
    void badFilesGiveTheirMessage();
    void withoutAPredictorTheSoundIsOnlyChecked();
    void devicesThatAreMissingDisableTheirButton();
};

void TestSpeechAudioPanel::guessesTheDigitOfAWavFile() {
    QTemporaryDir dir;
    app::SpeechAudioPanel panel;
    core::Index rows = -1, columns = -1;
    panel.setPredictor([&](const core::SequenceBatch<double>& batch) {
        rows = batch.batch;
        columns = batch.inputs.cols();
        core::Matrix<double> logits = core::Matrix<double>::Zero(1, 10);
        logits(0, 7) = std::log(9.0 * 3.0); // p(7) = 27 / (27 + 9) = 75%
        return logits;
    });
    panel.openFile(
        write(dir, QStringLiteral("seven.wav"), data::WavReader::encode(toneClip(16000))));
    QCOMPARE(panel.resultText(), QStringLiteral("The network hears 7 (75%)"));
    QCOMPARE(rows, core::Index(1));
    QCOMPARE(columns, core::Index(20)); // 20 mel bands a step
    panel.resize(720, panel.sizeHint().height());
    panel.grab().save(QStringLiteral("/tmp/speech-audio-panel-light.png"));
    panel.setPalette(probe_fixtures::darkPalette());
    panel.setAutoFillBackground(true);
    panel.grab().save(QStringLiteral("/tmp/speech-audio-panel-dark.png"));
}

void TestSpeechAudioPanel::badFilesGiveTheirMessage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const auto bytes = [](const std::string& s) {
        return QByteArray(s.data(), qsizetype(s.size()));
    };
    const std::string silence =
        data::WavReader::encode(data::AudioClip{8000, std::vector<double>(8000, 0.0)});
    const std::string wrongRate = data::WavReader::encode(toneClip(4000));
    const std::string tenMinutes =
        data::WavReader::encode(data::AudioClip{8000, std::vector<double>(8000 * 600, 0.1)});
    QTest::newRow("not a WAV") << bytes("just text") << "not a WAV file";
    QTest::newRow("silence") << bytes(silence) << "no speech found";
    QTest::newRow("wrong rate") << bytes(wrongRate) << "4000 Hz is not supported";
    QTest::newRow("10 minutes") << bytes(tenMinutes) << "lasts 600.0 seconds";
    QTest::newRow("cut short") << bytes(silence.substr(0, 100)) << "cut short";
}

void TestSpeechAudioPanel::badFilesGiveTheirMessage() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    app::SpeechAudioPanel panel;
    bool asked = false;
    panel.setPredictor([&](const core::SequenceBatch<double>&) {
        asked = true;
        return core::Matrix<double>::Zero(1, 10).eval();
    });
    const QString path = write(dir, QStringLiteral("bad.wav"), bytes.toStdString());
    panel.openFile(path);
    QVERIFY2(panel.resultText().startsWith(path + QStringLiteral(": ")),
             qPrintable(panel.resultText()));
    QVERIFY2(panel.resultText().contains(message), qPrintable(panel.resultText()));
    QVERIFY(!asked);
}

void TestSpeechAudioPanel::withoutAPredictorTheSoundIsOnlyChecked() {
    app::SpeechAudioPanel panel;
    panel.guess(toneClip(8000), QStringLiteral("The recording"));
    QVERIFY2(panel.resultText().contains(QStringLiteral("no network")),
             qPrintable(panel.resultText()));
    panel.openFile(QStringLiteral("/nonexistent/five.wav"));
    QCOMPARE(panel.resultText(), QStringLiteral("/nonexistent/five.wav: cannot open the file"));
}

void TestSpeechAudioPanel::devicesThatAreMissingDisableTheirButton() {
    app::SpeechAudioPanel panel;
    QCOMPARE(panel.recordButton()->isEnabled(), app::AudioDevice::canRecord());
    if (!app::AudioDevice::canRecord())
        QCOMPARE(panel.recordButton()->toolTip(), app::AudioDevice::whyNotRecord());
    QVERIFY(!panel.playButton()->isEnabled()); // no clip yet
    panel.setClip(toneClip(8000));
    QCOMPARE(panel.playButton()->isEnabled(), app::AudioDevice::canPlay());
    if (!app::AudioDevice::canPlay())
        QCOMPARE(panel.playButton()->toolTip(), app::AudioDevice::whyNotPlay());
    QVERIFY(!app::AudioDevice::whyNotRecord().isEmpty() || app::AudioDevice::canRecord());
    // Asking a missing device for sound says why, through failed(), instead of crashing.
    if (!app::AudioDevice::canRecord()) {
        app::AudioDevice device;
        QSignalSpy failed(&device, &app::AudioDevice::failed);
        device.startRecording(1.0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), app::AudioDevice::whyNotRecord());
    }
}

QTEST_MAIN(TestSpeechAudioPanel)
#include "tst_speech_audio_panel.moc"
