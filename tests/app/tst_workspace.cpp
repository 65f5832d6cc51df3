// app::Workspace: the default session, a run that ends with its history, save and open giving the
// same weights and history back, a run resumed where it stood, an edit that makes training start
// afresh, and bad files that change nothing.
#include "app/document/block_kind.h"
#include "app/window/workspace.h"
#include "training/session_file.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using training::TrainingController;

namespace {

/** Trains `epochs` epochs from where the workspace stands, waiting for the run's session. */
bool trainEpochs(app::Workspace& workspace, int epochs) {
    session::TrainingSettings settings = workspace.settings();
    settings.epochs = epochs;
    QString error;
    if (!workspace.setSettings(settings, &error) || !workspace.train(&error)) {
        qWarning() << error;
        return false;
    }
    QSignalSpy ended(workspace.controller(), &TrainingController::sessionReady);
    return ended.wait(60000) && QTest::qWaitFor([&] { return !workspace.isTraining(); }, 10000);
}

int firstRecurrentBlock(const app::NetworkDocument& document) {
    for (int id : document.blockIds())
        if (app::isRecurrent(document.block(id)->kind))
            return id;
    return 0;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheDefaultTask();
    void runEndsWithWeightsAndHistory();
    void savedSessionOpensIdentical();
    void trainingAgainResumesTheRun();
    void editedGraphTrainsAfresh();
    void undoneEditKeepsTheTrainedWeights();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void editingLocksWhileTraining();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWorkspace::opensOnTheDefaultTask() {
    app::Workspace workspace;
    QCOMPARE(workspace.task().name(), std::string(app::Workspace::kDefaultTask));
    QVERIFY(workspace.document()->isTrainable());
    QVERIFY(!workspace.isGraphChanged());
    QVERIFY(!workspace.isModified());
    QVERIFY(workspace.run() == nullptr);
    QCOMPARE(workspace.network().parameterCount(),
             core::Network<double>(workspace.task().recommendedNetwork()).parameterCount());
}

void TestWorkspace::runEndsWithWeightsAndHistory() {
    app::Workspace workspace;
    const core::Vector<double> before = workspace.network().values();
    QSignalSpy modified(&workspace, &app::Workspace::modifiedChanged);
    QVERIFY(trainEpochs(workspace, 2));
    QVERIFY(workspace.run() != nullptr);
    QCOMPARE(workspace.run()->position.completedEpochs, 2);
    QCOMPARE(int(workspace.run()->history.epochs().size()), 2);
    // The views are handed the run's own history, not a copy of it (its traces take up to
    // 32 MiB, and the window's thread copied them at every autosave of a run).
    QCOMPARE(workspace.history().get(), &workspace.run()->history);
    QVERIFY(workspace.network().values() != before);
    QVERIFY(workspace.isModified());
    QVERIFY(!modified.isEmpty());
}

void TestWorkspace::savedSessionOpensIdentical() {
    app::Workspace workspace;
    QVERIFY(trainEpochs(workspace, 2));
    const QString path = m_dir.filePath(QStringLiteral("trained.lstmsession"));
    QString error;
    QVERIFY2(workspace.save(path, &error), qPrintable(error));
    QVERIFY(!workspace.isModified());
    QCOMPARE(workspace.file(), path);

    app::Workspace opened;
    QVERIFY2(opened.open(path, &error), qPrintable(error));
    QCOMPARE(opened.file(), path);
    QVERIFY(!opened.isModified());
    QVERIFY(opened.network().values() == workspace.network().values());
    QCOMPARE(opened.run()->history.epochs().size(), workspace.run()->history.epochs().size());
    QCOMPARE(opened.run()->position.step, workspace.run()->position.step);
    QCOMPARE(opened.document()->graph().blocks.size(), workspace.document()->graph().blocks.size());
    for (qsizetype i = 0; i < opened.document()->graph().blocks.size(); ++i)
        QCOMPARE(opened.document()->graph().blocks[i], workspace.document()->graph().blocks[i]);
}

void TestWorkspace::trainingAgainResumesTheRun() {
    app::Workspace workspace;
    QVERIFY(trainEpochs(workspace, 1));
    const std::int64_t stepsOfOneEpoch = workspace.run()->position.step;
    QVERIFY(stepsOfOneEpoch > 0);
    QVERIFY(trainEpochs(workspace, 1));
    QCOMPARE(workspace.run()->position.completedEpochs, 2);
    QCOMPARE(workspace.run()->position.step, 2 * stepsOfOneEpoch);
    QCOMPARE(int(workspace.run()->history.epochs().size()), 2);
}

void TestWorkspace::editedGraphTrainsAfresh() {
    app::Workspace workspace;
    QVERIFY(trainEpochs(workspace, 1));
    const int block = firstRecurrentBlock(*workspace.document());
    QVERIFY(block != 0);
    const int units = workspace.document()->block(block)->property(QStringLiteral("units")).toInt();
    QVERIFY(workspace.document()->setBlockProperty(block, QStringLiteral("units"),
                                                   QString::number(units + 3)));
    QVERIFY(workspace.isGraphChanged());
    QSignalSpy messages(&workspace, &app::Workspace::message);
    QVERIFY(trainEpochs(workspace, 1));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(workspace.run()->position.completedEpochs, 1);
    QCOMPARE(workspace.run()->spec.layers.front().hidden, core::Index(units + 3));
}

void TestWorkspace::undoneEditKeepsTheTrainedWeights() {
    app::Workspace workspace;
    QVERIFY(trainEpochs(workspace, 1));
    const core::Vector<double> trained = workspace.network().values();
    const int block = firstRecurrentBlock(*workspace.document());
    QVERIFY(workspace.document()->setBlockProperty(block, QStringLiteral("units"),
                                                   QStringLiteral("7")));
    QVERIFY(workspace.isGraphChanged());
    workspace.document()->undoStack()->undo();
    QVERIFY(!workspace.isGraphChanged());
    QVERIFY(workspace.network().values() == trained);
    QCOMPARE(workspace.run()->position.completedEpochs, 1);
}

void TestWorkspace::badFilesChangeNothing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.lstmsession");
    QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("bad.lstmsession");
    QTest::newRow("truncated session")
        << QByteArray("LSTMSESS\x01\x00\x00\x00", 12) << QStringLiteral("bad.lstmsession");
}

void TestWorkspace::badFilesChangeNothing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad.lstmsession"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    app::Workspace workspace;
    QVERIFY(trainEpochs(workspace, 1));
    const core::Vector<double> weights = workspace.network().values();
    const auto blocks = workspace.document()->graph().blocks;
    QSignalSpy replaced(&workspace, &app::Workspace::sessionReplaced);
    QString error;
    QVERIFY(!workspace.open(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(replaced.isEmpty());
    QVERIFY(workspace.network().values() == weights);
    QCOMPARE(workspace.document()->graph().blocks, blocks);
    QVERIFY(workspace.file().isEmpty());
    QCOMPARE(workspace.run()->position.completedEpochs, 1);
}

void TestWorkspace::editingLocksWhileTraining() {
    app::Workspace workspace;
    session::TrainingSettings settings = workspace.settings();
    settings.epochs = 200;
    QString error;
    QVERIFY(workspace.setSettings(settings, &error));
    QVERIFY(workspace.train(&error));
    QTRY_VERIFY(workspace.document()->isEditingLocked());
    const int block = firstRecurrentBlock(*workspace.document());
    QVERIFY(!workspace.document()->setBlockProperty(block, QStringLiteral("units"),
                                                    QStringLiteral("5")));
    QVERIFY(!workspace.train(&error));
    workspace.controller()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isTraining(), 10000);
    QVERIFY(!workspace.document()->isEditingLocked());
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
