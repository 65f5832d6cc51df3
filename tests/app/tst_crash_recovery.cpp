// Nothing lost to a kill -9: the real application, training a session opened from a file, is
// killed while it trains; at the next start the session file still loads as it was, the last
// autosave loads with the run's progress, and the window offers it back and restores it.
#include "app/window/main_window.h"
#include "app/window/workspace.h"
#include "training/autosave_store.h"
#include "training/session_file.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/** A window whose recovery question is answered "restore" by the test. */
class RestoringWindow : public app::MainWindow {
public:
    explicit RestoringWindow(const QString& folder)
        : app::MainWindow(nullptr, folder) {}
    int asked = 0;

protected:
    std::pair<app::AutosaveGuard::Choice, training::AutosaveStore::Entry>
    askRecovery(const QList<training::AutosaveStore::Entry>& entries) override {
        ++asked;
        return {app::AutosaveGuard::Choice::Restore, entries.constFirst()};
    }
    void reportError(const QString& text, const QString& details) override {
        QFAIL(qPrintable(text + QLatin1Char(' ') + details));
    }
};

/** The optimizer step of the session at `path`, −1 when it does not load. */
qint64 stepOf(const QString& path) {
    session::Session saved;
    QString error;
    return training::SessionFile::load(path, saved, &error) ? saved.position.step : -1;
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

private slots:
    void killedWhileTrainingLosesNothing();
};

void TestCrashRecovery::killedWhileTrainingLosesNothing() {
    const QString program = QStringLiteral(LSTM_STUDIO_APP);
    if (program.isEmpty() || !QFileInfo::exists(program))
        QSKIP("the application is not built");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString autosave = home.filePath(QStringLiteral("autosave"));
    const QString file = home.filePath(QStringLiteral("lesson.lstmsession"));
    { // The user's file: the default session, to train for long, saved.
        QStandardPaths::setTestModeEnabled(true);
        app::MainWindow window(nullptr, home.filePath(QStringLiteral("unused")));
        session::TrainingSettings settings = window.workspace().settings();
        settings.epochs = 100000; // still training when killed
        QString error;
        QVERIFY2(window.workspace().setSettings(settings, &error), qPrintable(error));
        QVERIFY(window.saveSession(file));
    }
    const QByteArray savedBytes = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!savedBytes.isEmpty());

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(environment);
    app.start(program, {file, QStringLiteral("--train"), QStringLiteral("--autosave-seconds"),
                        QStringLiteral("0.5")});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    // Its autosave folder: <XDG_DATA_HOME>/<organization>/<application>/autosave.
    const QDir folder(home.filePath(QStringLiteral("LSTM Studio/lstm-studio/autosave")));
    qint64 autosavedStep = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QFileInfo& entry : folder.entryInfoList({QStringLiteral("*.lstmsession")}))
                autosavedStep = std::max(autosavedStep, stepOf(entry.filePath()));
            return autosavedStep > 0; // a run under way, autosaved
        }(),
        60000);
    app.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    // The file the user saved is untouched and loads.
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), savedBytes);
    QCOMPARE(stepOf(file), qint64(0));
    // The next start offers the autosave back, and restoring it brings the run's progress.
    RestoringWindow window(folder.path());
    window.offerRecovery();
    QCOMPARE(window.asked, 1);
    QVERIFY(window.workspace().run());
    QVERIFY2(window.workspace().run()->position.step >= autosavedStep,
             qPrintable(QString::number(window.workspace().run()->position.step)));
    QCOMPARE(window.workspace().file(), file); // restored as opened from the user's file
    QVERIFY(window.workspace().isModified());  // and not yet saved there
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
