// The speech task in the real main window: a speech-digits session opened from a file shows the
// Sound dock with the probe's clip and a predictor from the session's weights; a WAV file opened
// through the panel gets the network's guess, from the snapshots' weights during a run; another
// task hides the dock again. Screenshots of the window (spectrogram over the gates, the Sound
// dock) in light and dark palettes.
#include "app/views/speech_audio_panel.h"
#include "app/window/appearance.h"
#include "app/window/main_window.h"
#include "app/window/network_views.h"
#include "app/window/speech_binding.h"
#include "app/window/workspace.h"
#include "data/wav_reader.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

namespace {

class TestWindow : public app::MainWindow {
public:
    explicit TestWindow(const QString& folder)
        : app::MainWindow(nullptr, folder) {}
    QStringList errors;

protected:
    void reportError(const QString& text, const QString& details) override {
        errors << text + QLatin1Char(' ') + details;
    }
    bool confirmDiscard() override { return true; }
};

/** A speech session: the CLI's trained one when the environment names it, else a fresh one
 * made by the app and saved to `dir`. */
QString speechSession(const QTemporaryDir& dir) {
    const QString trained = qEnvironmentVariable("LSTM_STUDIO_SPEECH_SESSION");
    if (!trained.isEmpty() && QFileInfo::exists(trained))
        return trained;
    TestWindow maker(dir.filePath(QStringLiteral("autosave-maker")));
    QString error;
    if (!maker.workspace().newSession("speech-digits", {}, &error))
        qWarning("%s", qPrintable(error));
    const QString path = dir.filePath(QStringLiteral("speech.lstmsession"));
    maker.saveSession(path);
    return path;
}

void shoot(QWidget& window, const QString& name) {
    window.grab().save(QDir::temp().filePath(name));
}

} // namespace

class TestSpeechBinding : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSpeechSessionShowsTheSoundDockWithTheProbesClip() {
        QTemporaryDir dir;
        const QString path = speechSession(dir);
        TestWindow window(dir.filePath(QStringLiteral("autosave")));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* binding = window.findChild<app::SpeechBinding*>();
        QVERIFY(binding);
        QVERIFY(!binding->hasSound()); // the default task is the sine
        QVERIFY(!binding->dock()->isVisible());
        QVERIFY(binding->clip().samples.empty());

        QVERIFY2(window.openSession(path), qPrintable(window.errors.join(u'\n')));
        QVERIFY(binding->hasSound());
        QVERIFY(binding->dock()->isVisible());
        const data::Task& task = window.workspace().task();
        const data::AudioClip expected = task.audio(
            data::Split::Validation, window.findChild<app::NetworkViews*>()->probeSequence());
        QVERIFY(!binding->clip().samples.empty());
        QCOMPARE(binding->clip().samples, expected.samples);
        QCOMPARE(binding->clip().sampleRate, expected.sampleRate);

        // A WAV of a validation digit, opened through the panel: the network's guess.
        const QString wav = dir.filePath(QStringLiteral("digit.wav"));
        std::ofstream(wav.toStdString(), std::ios::binary) << data::WavReader::encode(expected);
        binding->panel()->openFile(wav);
        QVERIFY2(binding->panel()->resultText().startsWith(QStringLiteral("The network hears ")),
                 qPrintable(binding->panel()->resultText()));

        // During a run, the guess comes from the weights of the latest snapshot: all zero
        // weights give all zero logits, ten digits equally likely.
        training::TrainingSnapshot snapshot;
        auto probe = std::make_shared<session::ProbeTrace>();
        probe->weights = std::make_shared<const core::Vector<float>>(
            core::Vector<float>::Zero(window.workspace().network().parameterCount()));
        snapshot.probe = probe;
        emit window.workspace().controller()->snapshotReady(snapshot);
        binding->panel()->openFile(wav);
        QCOMPARE(binding->panel()->resultText(), QStringLiteral("The network hears 0 (10%)"));
        // A run's end gives the workspace's weights back.
        binding->showWeights();
        binding->panel()->openFile(wav);
        QVERIFY(binding->panel()->resultText() != QStringLiteral("The network hears 0 (10%)"));

        window.findChild<QDockWidget*>(QStringLiteral("gatesDock"))->raise();
        QApplication::processEvents();
        shoot(window, QStringLiteral("W-speech-light.png"));
        QApplication::setPalette(app::Appearance::darkPalette());
        QApplication::processEvents();
        shoot(window, QStringLiteral("W-speech-dark.png"));
        QApplication::setPalette(app::Appearance::lightPalette());

        // Another task: no sound, no dock.
        QString error;
        QVERIFY(window.workspace().newSession("sine", {}, &error));
        QVERIFY(!binding->dock()->isVisible());
        QVERIFY(!binding->dock()->toggleViewAction()->isEnabled());
        QVERIFY(window.errors.isEmpty());
    }
};

QTEST_MAIN(TestSpeechBinding)
#include "tst_speech_binding.moc"
