// File › Examples (app::ExamplesMenu) in an app::MainWindow: one entry a ready session, each
// opening its trained session as an untitled, unmodified copy whose Save asks where.
#include "app/window/examples_menu.h"
#include "app/window/main_window.h"
#include "app/window/workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

class TestWindow : public app::MainWindow {
public:
    using MainWindow::MainWindow;
    QStringList errors;
    QStringList savePrompts;

protected:
    void reportError(const QString& text, const QString& details) override {
        errors << text + QLatin1Char('\n') + details;
    }
    bool confirmDiscard() override { return true; }
    QString askSavePath(const QString& title, const QString&, const QString&) override {
        savePrompts << title;
        return QString();
    }
};

} // namespace

class TestExamplesMenu : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyExampleOpensUntitled();
    void lstmOpensAfterGruWithTheArithmeticShown();

private:
    QTemporaryDir m_dir;
};

void TestExamplesMenu::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_examples_menu"));
    QVERIFY(m_dir.isValid());
}

void TestExamplesMenu::everyExampleOpensUntitled() {
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuExamples"));
    QVERIFY(menu);
    const QStringList sessions = app::ExamplesMenu::readySessions();
    QVERIFY(sessions.size() >= 6);
    QCOMPARE(menu->actions().size(), sessions.size());
    for (QAction* action : menu->actions()) {
        const QString path = action->data().toString();
        QVERIFY(sessions.contains(path));
        const QString name = QFileInfo(path).completeBaseName();
        QCOMPARE(action->text(), name);
        QVERIFY(!action->toolTip().isEmpty());
        window.savePrompts.clear();
        action->trigger();
        QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(QLatin1Char('\n'))));
        // Named after its task ("text-french": text; "adding-gru": adding).
        const QString task = QString::fromStdString(window.workspace().task().name());
        QVERIFY2(name == task || name.startsWith(task + QLatin1Char('-')), qPrintable(name));
        QVERIFY(window.workspace().run()); // trained: a history to show
        // The graph laid out for it fits its task (the loss too), so Train goes on with it.
        QVERIFY2(window.workspace().document()->problems().isEmpty(), qPrintable(name));
        QVERIFY(window.currentFile().isEmpty());
        QVERIFY(!window.isWindowModified());
        QStringList status; // says how far it was trained, not "Not trained yet"
        for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
            status << label->text();
        QVERIFY2(status.join(u' ').contains(QStringLiteral("Trained: epoch")),
                 qPrintable(status.join(u'|')));
        window.findChild<QAction*>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(window.savePrompts.size(), 1); // Save asks where: never back into ":/"
    }
}

void TestExamplesMenu::lstmOpensAfterGruWithTheArithmeticShown() {
    // The GRU's trace (three gates) once outlived its session and the LSTM's arithmetic read a
    // fourth gate from it.
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openCopy(QStringLiteral(":/sessions/adding-gru.lstmsession")));
    QCOMPARE(window.workspace().network().spec().layers[0].cell, core::CellKind::Gru);
    QVERIFY(window.openCopy(QStringLiteral(":/sessions/adding.lstmsession")));
    QCOMPARE(window.workspace().network().spec().layers[0].cell, core::CellKind::Lstm);
    QVERIFY(window.errors.isEmpty());
}

QTEST_MAIN(TestExamplesMenu)
#include "tst_examples_menu.moc"
