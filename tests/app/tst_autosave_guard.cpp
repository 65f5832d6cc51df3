// app::AutosaveGuard: an edit is autosaved within the interval; a window that ends without
// closing cleanly leaves it to the next start, which restores it (graph and weights, modified)
// or discards it; a run is autosaved from the trainer with its progress; a clean close leaves
// nothing behind. The main window offers the recovery at start-up.
#include "app/document/block_kind.h"
#include "app/window/autosave_guard.h"
#include "app/window/main_window.h"
#include "app/window/workspace.h"
#include "training/autosaver.h"
#include "training/session_file.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr auto kInterval = std::chrono::milliseconds(50);

int firstRecurrentBlock(const app::NetworkDocument& document) {
    for (int id : document.blockIds())
        if (app::isRecurrent(document.block(id)->kind))
            return id;
    return 0;
}

/** A window whose recovery question is answered by the test. */
class RecoveringWindow : public app::MainWindow {
public:
    RecoveringWindow(const QString& folder, app::AutosaveGuard::Choice answer)
        : app::MainWindow(nullptr, folder)
        , m_answer(answer) {}
    int asked = 0;

protected:
    std::pair<app::AutosaveGuard::Choice, training::AutosaveStore::Entry>
    askRecovery(const QList<training::AutosaveStore::Entry>& entries) override {
        ++asked;
        return {m_answer, entries.constFirst()};
    }
    void reportError(const QString& text, const QString& details) override {
        QFAIL(qPrintable(text + QLatin1Char(' ') + details));
    }

private:
    app::AutosaveGuard::Choice m_answer;
};

/** Edits the workspace (7 units in its recurrent block) and waits for the autosave. */
bool editAndAutosave(app::Workspace& workspace, app::AutosaveGuard& guard) {
    guard.autosaver().setInterval(kInterval);
    QSignalSpy saved(&guard.autosaver(), &training::Autosaver::saved);
    const int block = firstRecurrentBlock(*workspace.document());
    if (!workspace.document()->setBlockProperty(block, QStringLiteral("units"),
                                                QStringLiteral("7")))
        return false;
    return saved.wait(5000);
}

} // namespace

class TestAutosaveGuard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void crashLeavesTheEditToRestore();
    void discardedAutosaveIsGone();
    void cleanCloseLeavesNothing();
    void runIsAutosavedWithItsProgress();
    void windowOffersRecoveryAtStart();
};

void TestAutosaveGuard::crashLeavesTheEditToRestore() {
    QTemporaryDir folder;
    {
        app::Workspace crashed;
        auto* guard = new app::AutosaveGuard(&crashed, folder.path());
        QVERIFY(editAndAutosave(crashed, *guard));
        QCOMPARE(guard->recoverable().size(), 0); // its own autosave: the window still runs
    }                                             // ends without closeCleanly(): as a crash would
    app::Workspace next;
    auto* guard = new app::AutosaveGuard(&next, folder.path());
    const auto entries = guard->recoverable();
    QCOMPARE(entries.size(), 1);
    QString error;
    QVERIFY2(guard->restore(entries.constFirst(), &error), qPrintable(error));
    const int block = firstRecurrentBlock(*next.document());
    QCOMPARE(next.document()->block(block)->property(QStringLiteral("units")), QStringLiteral("7"));
    QVERIFY(next.isModified());
    // Once restored and autosaved again under this window, the old entry goes.
    QTRY_VERIFY(!QFileInfo::exists(entries.constFirst().sessionPath));
}

void TestAutosaveGuard::discardedAutosaveIsGone() {
    QTemporaryDir folder;
    {
        app::Workspace crashed;
        auto* guard = new app::AutosaveGuard(&crashed, folder.path());
        QVERIFY(editAndAutosave(crashed, *guard));
    }
    app::Workspace next;
    auto* guard = new app::AutosaveGuard(&next, folder.path());
    const auto entries = guard->recoverable();
    QCOMPARE(entries.size(), 1);
    QString error;
    QVERIFY(guard->discard(entries.constFirst(), &error));
    QVERIFY(!QFileInfo::exists(entries.constFirst().sessionPath));
    QCOMPARE(guard->recoverable().size(), 0);
}

void TestAutosaveGuard::cleanCloseLeavesNothing() {
    QTemporaryDir folder;
    {
        app::Workspace closed;
        auto* guard = new app::AutosaveGuard(&closed, folder.path());
        QVERIFY(editAndAutosave(closed, *guard));
        guard->closeCleanly();
    }
    app::Workspace next;
    auto* guard = new app::AutosaveGuard(&next, folder.path());
    QCOMPARE(guard->recoverable().size(), 0);
}

void TestAutosaveGuard::runIsAutosavedWithItsProgress() {
    QTemporaryDir folder;
    app::Workspace workspace;
    auto* guard = new app::AutosaveGuard(&workspace, folder.path());
    guard->autosaver().setInterval(kInterval);
    session::TrainingSettings settings = workspace.settings();
    settings.epochs = 500;
    QString error;
    QVERIFY(workspace.setSettings(settings, &error));
    QSignalSpy saved(&guard->autosaver(), &training::Autosaver::saved);
    QVERIFY(workspace.train(&error));
    // The first autosave may come before the first batch ends (in an instrumented build, say):
    // the latest one must come to hold the run's progress.
    session::Session session;
    const auto latestSavedStep = [&] {
        if (saved.isEmpty())
            return std::int64_t(-1);
        const QString path = saved.constLast().constFirst().toString();
        if (!training::SessionFile::load(path, session, &error))
            qFatal("the autosave %s does not load: %s", qPrintable(path), qPrintable(error));
        return session.position.step;
    };
    QTRY_VERIFY_WITH_TIMEOUT(latestSavedStep() > 0, 30000);
    QVERIFY(!session.diagram.blocks.empty());
    workspace.controller()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isTraining(), 10000);
}

void TestAutosaveGuard::windowOffersRecoveryAtStart() {
    QTemporaryDir folder;
    {
        app::Workspace crashed;
        auto* guard = new app::AutosaveGuard(&crashed, folder.path());
        QVERIFY(editAndAutosave(crashed, *guard));
    }
    RecoveringWindow window(folder.path(), app::AutosaveGuard::Choice::Restore);
    window.offerRecovery();
    QCOMPARE(window.asked, 1);
    const app::NetworkDocument& document = *window.workspace().document();
    QCOMPARE(document.block(firstRecurrentBlock(document))->property(QStringLiteral("units")),
             QStringLiteral("7"));
    QVERIFY(window.isWindowModified());

    RecoveringWindow later(folder.path(), app::AutosaveGuard::Choice::Later);
    later.offerRecovery(); // nothing left over but the first window's own, live autosave
    QCOMPARE(later.asked, 0);
}

QTEST_MAIN(TestAutosaveGuard)
#include "tst_autosave_guard.moc"
