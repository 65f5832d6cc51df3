// app::MainWindow on the offscreen platform: the default session, a live training run that draws
// its loss, a prompt stop, and model files that load, save, or fail without harming the model.
#include "app/views/loss_chart.h"
#include "app/window/main_window.h"
#include "app/window/workspace.h"
#include "core/network_initializer.h"
#include "data/task.h"
#include "training/model_file.h"
#include "training/training_controller.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using training::TrainingController;

namespace {

/** The window with its dialogs replaced by a record of what they would have said. */
class TestWindow : public app::MainWindow {
public:
    QStringList errors;

protected:
    void reportError(const QString& text, const QString& details) override {
        errors << text + QLatin1Char('\n') + details;
    }
    bool confirmDiscard() override { return true; }
};

QAction* action(QWidget& window, const char* name) {
    return window.findChild<QAction*>(QLatin1String(name));
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheDefaultSession();
    void trainingDrawsTheLoss();
    void stopEndsTrainingWithin100ms();
    void pauseHoldsTrainingUntilResumed();
    void badModelFileIsReportedAndTheModelKept_data();
    void badModelFileIsReportedAndTheModelKept();
    void savedModelOpensAgain();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::opensOnTheDefaultSession() {
    TestWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.workspace().task().name(), std::string(app::Workspace::kDefaultTask));
    QCOMPARE(window.workspace().network().spec().inputSize,
             window.workspace().task().recommendedNetwork().inputSize);
    QVERIFY(window.currentFile().isEmpty());
    QVERIFY(!window.isWindowModified());

    // The same seed gives the same weights: a lesson starts from the same place every time.
    core::Network<double> expected(window.workspace().task().recommendedNetwork());
    core::NetworkInitializer::initialize(
        expected, window.workspace().task().recommendedRecipe().initialization,
        app::Workspace::kDefaultSeed);
    // Sessions keep weights in single precision, as the trainer does.
    QVERIFY(window.workspace().network().values() ==
            expected.values().cast<float>().cast<double>());

    QVERIFY(action(window, "actionTrain")->isEnabled());
    QVERIFY(!action(window, "actionStop")->isEnabled());
    QCOMPARE(window.findChild<app::LossChart*>()->trainingPointCount(), 0);
}

void TestMainWindow::trainingDrawsTheLoss() {
    TestWindow window;
    window.show();
    auto* controller = window.findChild<TrainingController*>();
    auto* chart = window.findChild<app::LossChart*>();
    QSignalSpy snapshots(controller, &TrainingController::snapshotReady);
    QSignalSpy finished(controller, &TrainingController::finished);

    action(window, "actionTrain")->trigger();
    QVERIFY(window.isTraining());
    QVERIFY(!action(window, "actionTrain")->isEnabled());
    QVERIFY(!action(window, "actionOpen")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(chart->trainingPointCount() > 0, 10000);

    const auto snapshot = snapshots.constLast().constFirst().value<training::TrainingSnapshot>();
    QVERIFY(snapshot.step > 0);
    QVERIFY(snapshot.progress > 0.0 && snapshot.progress <= 1.0);
    QVERIFY(std::isfinite(snapshot.batchLoss));

    // However fast the batches go, the window is not sent more than 30 snapshots a second.
    QElapsedTimer timer;
    timer.start();
    const qsizetype before = snapshots.size();
    QTest::qWait(500);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (finished.isEmpty())
        QVERIFY2(double(snapshots.size() - before) <= 30.0 * seconds + 1.0,
                 qPrintable(QString::number(snapshots.size() - before)));

    window.stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY(!window.isTraining());
    QVERIFY(window.isWindowModified());
    QVERIFY(action(window, "actionTrain")->isEnabled());
    QVERIFY(window.errors.isEmpty());
}

void TestMainWindow::stopEndsTrainingWithin100ms() {
    TestWindow window;
    window.show();
    const core::Vector<double> initial = window.workspace().network().values();
    auto* controller = window.findChild<TrainingController*>();
    QSignalSpy snapshots(controller, &TrainingController::snapshotReady);
    QSignalSpy finished(controller, &TrainingController::finished);

    action(window, "actionTrain")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 10000);
    QVERIFY2(finished.isEmpty(), "the run ended before it could be stopped");

    QElapsedTimer timer;
    timer.start();
    action(window, "actionStop")->trigger();
    QVERIFY(finished.isEmpty() ? finished.wait(5000) : true);
    const qint64 elapsed = timer.elapsed();
#ifdef LSTM_STUDIO_SANITIZED
    const qint64 budget =
        3000; // instrumented, a slice takes many times longer: stop must still end it
#else
    const qint64 budget = 100;
#endif
    QVERIFY2(elapsed < budget, qPrintable(QStringLiteral("stopped after %1 ms").arg(elapsed)));
    QCOMPARE(finished.constFirst().at(1).value<TrainingController::Outcome>(),
             TrainingController::Outcome::Stopped);
    QVERIFY(!window.isTraining());
    QVERIFY(window.workspace().network().values() != initial);
}

void TestMainWindow::pauseHoldsTrainingUntilResumed() {
    TestWindow window;
    window.show();
    auto* controller = window.findChild<TrainingController*>();
    QSignalSpy snapshots(controller, &TrainingController::snapshotReady);
    QSignalSpy finished(controller, &TrainingController::finished);

    action(window, "actionTrain")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 10000);
    action(window, "actionPause")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::Paused, 1000);
    QVERIFY(action(window, "actionPause")->isChecked());
    QTest::qWait(100); // the batch under way when paused may still report
    snapshots.clear();
    QTest::qWait(300);
    QCOMPARE(snapshots.size(), 0);
    QVERIFY(finished.isEmpty());

    action(window, "actionPause")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingController::State::Running, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 10000);

    // Stopping a paused run ends it too.
    action(window, "actionPause")->trigger();
    action(window, "actionStop")->trigger();
    QVERIFY(finished.wait(5000));
    QCOMPARE(controller->state(), TrainingController::State::Idle);
    QVERIFY(!action(window, "actionPause")->isChecked());
}

void TestMainWindow::badModelFileIsReportedAndTheModelKept_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");

    // A well-formed model that reads 3 features: not the sine task's.
    core::NetworkSpec spec;
    spec.inputSize = 3;
    spec.layers = {core::RecurrentLayerSpec{}};
    const QByteArray otherTask =
        QJsonDocument(training::ModelFile::toJson(core::Network<double>(spec))).toJson();

    QTest::newRow("not JSON") << QStringLiteral("broken.json") << QByteArray("{\"format\": ");
    QTest::newRow("empty") << QStringLiteral("empty.json") << QByteArray();
    QTest::newRow("not a model") << QStringLiteral("other.json")
                                 << QByteArray(R"({"format": "something-else", "version": 1})");
    QTest::newRow("another task's model") << QStringLiteral("wide.json") << otherTask;
    QTest::newRow("missing") << QStringLiteral("missing.json") << QByteArray();
}

void TestMainWindow::badModelFileIsReportedAndTheModelKept() {
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    const QString path = m_dir.filePath(name);
    if (QByteArray(QTest::currentDataTag()) != "missing")
        writeFile(path, contents);

    TestWindow window;
    window.show();
    const core::Vector<double> before = window.workspace().network().values();
    const QString title = window.windowTitle();

    QVERIFY(!window.openSession(path));
    QCOMPARE(window.errors.size(), 1);
    QVERIFY2(window.errors.constFirst().contains(name), qPrintable(window.errors.constFirst()));
    QVERIFY(window.workspace().network().values() == before);
    QVERIFY(window.currentFile().isEmpty());
    QCOMPARE(window.windowTitle(), title);
}

void TestMainWindow::savedModelOpensAgain() {
    const QString path = m_dir.filePath(QStringLiteral("sine.lstmsession"));
    TestWindow window;
    window.show();
    const core::Vector<double> weights = window.workspace().network().values();

    QVERIFY(window.saveSession(path));
    QCOMPARE(window.currentFile(), path);
    QVERIFY(window.windowTitle().contains(QStringLiteral("sine.lstmsession")));

    TestWindow other;
    QVERIFY2(other.openSession(path), qPrintable(other.errors.join(QLatin1Char('\n'))));
    QCOMPARE(other.currentFile(), path);
    QVERIFY(other.workspace().network().values() == weights);
    QVERIFY(!other.isWindowModified());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
