// The pictures in the README, taken from the real widgets and checked while they are taken: the
// main window (light and dark) and the vanishing-gradient lab at three lags, each after a real
// race. Races at long lags take a while, so the pictures are taken only when
// LSTM_STUDIO_SCREENSHOTS names the folder to write them to (resources/screenshots for the
// README); otherwise the test says so and skips.
#include "app/views/gradient_flow_chart.h"
#include "app/views/gradient_lab.h"
#include "app/views/probe_selection.h"
#include "app/views/race_chart.h"
#include "app/window/appearance.h"
#include "app/window/language_manager.h"
#include "app/window/main_window.h"
#include "app/window/network_views.h"
#include "app/window/workspace.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void gradientLab_data();
    void gradientLab();
    void inputInItsOwnTerms_data();
    void inputInItsOwnTerms();

private:
    /** Saves `widget` as <folder>/<name>.png at twice its size (sharp on high-DPI screens). */
    void save(QWidget& widget, const QString& name);

    QDir m_folder;
};

void TestScreenshots::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = qEnvironmentVariable("LSTM_STUDIO_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set LSTM_STUDIO_SCREENSHOTS to a folder to take the README's pictures");
    m_folder = QDir(folder);
    QVERIFY(m_folder.mkpath(QStringLiteral(".")));
}

void TestScreenshots::save(QWidget& widget, const QString& name) {
    const QPixmap picture = widget.grab();
    QVERIFY(!picture.isNull());
    QVERIFY(picture.save(m_folder.filePath(name + QStringLiteral(".png"))));
}

void TestScreenshots::mainWindow_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::newRow("light") << false << u"en"_s << u"main-window-light"_s;
    QTest::newRow("dark") << true << u"en"_s << u"main-window-dark"_s;
    QTest::newRow("french") << false << u"fr"_s << u"main-window-french"_s;
}

void TestScreenshots::mainWindow() {
    QFETCH(bool, dark);
    QFETCH(QString, language);
    QFETCH(QString, name);
    app::LanguageManager languages;
    languages.apply(language);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? app::Appearance::darkPalette()
                                  : app::Appearance::lightPalette());
    QTemporaryDir autosave;
    app::MainWindow window(nullptr, autosave.path());
    window.setLanguageManager(&languages);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    window.resize(1600, 1000); // the offscreen screen is smaller than a classroom's
    // The side panels at the widths they have on a classroom screen.
    QDockWidget* training = window.findChild<QDockWidget*>(QStringLiteral("trainingDock"));
    QDockWidget* inspector = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    window.resizeDocks({training, inspector}, {330, 420}, Qt::Horizontal);
    QTest::qWait(50);
    session::TrainingSettings settings = window.workspace().settings();
    settings.epochs = 30;
    QString error;
    QVERIFY(window.workspace().setSettings(settings, &error));
    auto* controller = window.workspace().controller();
    QSignalSpy snapshots(controller, &training::TrainingController::snapshotReady);
    QVERIFY(window.workspace().train(&error));
    // A few epochs into a live run, a unit and a step chosen as a teacher would.
    QTRY_VERIFY_WITH_TIMEOUT(
        !snapshots.isEmpty() &&
            snapshots.constLast().constFirst().value<training::TrainingSnapshot>().epoch >= 4,
        60000);
    // The light picture shows the gates, the dark one the loss.
    if (!dark)
        window.findChild<QDockWidget*>(QStringLiteral("gatesDock"))->raise();
    auto* selection = window.findChild<app::ProbeSelection*>();
    QVERIFY(selection);
    selection->setUnitAndStep(3, 20);
    QTest::qWait(600);
    QVERIFY(window.isTraining());
    save(window, name);
    if (name == u"main-window-light"_s) {
        // Every view of the network on its own, still during the run.
        for (const char* dockName :
             {"chartDock", "gatesDock", "chartsDock", "gradientsDock", "fadingDock", "cellDock",
              "arithmeticDock", "outputDock", "timelineDock"}) {
            auto* dock = window.findChild<QDockWidget*>(QLatin1String(dockName));
            QVERIFY(dock);
            dock->raise();
            QTest::qWait(250);
            save(*dock->widget(), QStringLiteral("view-") +
                                      QString::fromLatin1(dockName).remove(QStringLiteral("Dock")));
        }
    }
    controller->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isTraining(), 10000);
    languages.apply(u"en"_s);
}

void TestScreenshots::inputInItsOwnTerms_data() {
    QTest::addColumn<QString>("session");
    QTest::newRow("text") << u"text-english"_s;
    QTest::newRow("gestures") << u"gestures"_s;
    QTest::newRow("sentiment") << u"sentiment"_s;
}

void TestScreenshots::inputInItsOwnTerms() {
    // The gates of a ready session as it trains on: characters, pen strokes, words above them.
    QFETCH(QString, session);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(app::Appearance::lightPalette());
    QTemporaryDir autosave;
    app::MainWindow window(nullptr, autosave.path());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCopy(u":/sessions/%1.lstmsession"_s.arg(session)));
    session::TrainingSettings settings = window.workspace().settings();
    settings.epochs += 50;           // stopped once the picture is taken
    settings.stopWhenSolved = false; // it was, when it was made
    settings.patience = 0;
    QString error;
    QVERIFY2(window.workspace().setSettings(settings, &error), qPrintable(error));
    QSignalSpy snapshots(window.workspace().controller(),
                         &training::TrainingController::snapshotReady);
    QVERIFY2(window.workspace().train(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 60000);
    auto* gates = window.findChild<QDockWidget*>(QStringLiteral("gatesDock"));
    gates->setFloating(true);
    gates->resize(1100, 700);
    gates->raise();
    QTest::qWait(400);
    QVERIFY(window.isTraining());
    save(*gates->widget(), u"view-gates-"_s + session);
    window.stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isTraining(), 20000);
}

void TestScreenshots::gradientLab_data() {
    QTest::addColumn<int>("lag");
    QTest::addColumn<int>("epochs");
    QTest::newRow("lag 20") << 20 << 3;
    QTest::newRow("lag 50") << 50 << 3;
    QTest::newRow("lag 100") << 100 << 3;
}

void TestScreenshots::gradientLab() {
    QFETCH(int, lag);
    QFETCH(int, epochs);
    QApplication::setPalette(app::Appearance::lightPalette());
    app::GradientLab lab;
    lab.resize(1400, 820);
    lab.setLag(lag);
    lab.findChildren<QSpinBox*>().at(1)->setValue(epochs);
    lab.show();
    QSignalSpy finished(&lab.race(), &training::TrainingRace::finished);
    lab.start();
    QVERIFY(finished.wait(600000));
    QTest::qWait(200);
    for (int run = 0; run < app::GradientLab::kRuns; ++run)
        QVERIFY(std::isfinite(lab.flowChart(run)->decayOf(0)));
    qInfo("lag %d: decay RNN %.3g, LSTM %.3g, GRU %.3g", lag, lab.flowChart(0)->decayOf(0),
          lab.flowChart(1)->decayOf(0), lab.flowChart(2)->decayOf(0));
    save(lab, QStringLiteral("gradient-lab-lag-%1").arg(lag));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
