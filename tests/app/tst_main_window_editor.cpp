// The main window as a teacher uses it: empty the canvas, build input → GRU → dense → output by
// dragging blocks from the palette and wiring them with the mouse, train it (the canvas locks
// while it runs), undo back to the task's network; a template from the Network menu; the
// diagram, the weights for PyTorch and the history exported through the File menu.
#include "app/document/block_kind.h"
#include "app/editor/block_item.h"
#include "app/editor/block_palette.h"
#include "app/editor/network_scene.h"
#include "app/editor/network_view.h"
#include "app/window/main_window.h"
#include "app/window/workspace.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using app::BlockKind;

namespace {

class TestWindow : public app::MainWindow {
public:
    explicit TestWindow(const QString& folder)
        : app::MainWindow(nullptr, folder) {}
    QStringList errors;
    QString nextPath;

protected:
    void reportError(const QString& text, const QString& details) override {
        errors << text + QLatin1Char(' ') + details;
    }
    bool confirmDiscard() override { return true; }
    QString askDirectory(const QString&) override { return nextPath; }
    QString askSavePath(const QString&, const QString&, const QString&) override {
        return nextPath;
    }
};

QAction* action(QWidget& window, const char* name) {
    return window.findChild<QAction*>(QLatin1String(name));
}

/** Drops a palette entry on the viewport at `pos`, as a drag from the palette does. */
int drop(app::NetworkView& view, BlockKind kind, QPoint pos) {
    const std::unique_ptr<QMimeData> mime(app::BlockPalette::mimeDataFor(kind));
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &dropped);
    const QList<int> ids = view.document()->blockIds();
    return ids.isEmpty() ? 0 : ids.constLast();
}

/** Drags with the mouse from one block's output port to another's input port. */
void wire(app::NetworkView& view, app::NetworkScene& scene, int from, int to) {
    const QPoint start = view.mapFromScene(scene.blockItem(from)->portScenePos(true, 0));
    const QPoint end = view.mapFromScene(scene.blockItem(to)->portScenePos(false, 0));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view.viewport(), start + (end - start) * step / 4);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, end);
}

} // namespace

class TestMainWindowEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void buildByDragsThenTrain();
    void templateFromTheMenuIsOneUndoStep();
    void exportsThroughTheFileMenu();
    void everyControlHasATooltip();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowEditor::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindowEditor::buildByDragsThenTrain() {
    TestWindow window(m_dir.filePath(QStringLiteral("autosave")));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<app::NetworkView*>();
    auto* scene = window.findChild<app::NetworkScene*>();
    app::NetworkDocument* document = window.workspace().document();
    const auto original = document->graph().blocks;

    view->setFocus();
    view->action(app::NetworkView::Action::SelectAll)->trigger();
    view->action(app::NetworkView::Action::Delete)->trigger();
    QCOMPARE(document->graph().blocks.size(), 0);
    QVERIFY(!action(window, "actionTrain")->isEnabled()); // nothing to train

    view->resetTransform();
    const QPoint middle = view->viewport()->rect().center();
    const int input = drop(*view, BlockKind::Input, middle + QPoint(-330, 0));
    const int gru = drop(*view, BlockKind::Gru, middle + QPoint(-110, 0));
    const int dense = drop(*view, BlockKind::Dense, middle + QPoint(110, 0));
    const int output = drop(*view, BlockKind::Output, middle + QPoint(330, 0));
    QCOMPARE(document->graph().blocks.size(), 4);
    wire(*view, *scene, input, gru);
    wire(*view, *scene, gru, dense);
    QVERIFY(!action(window, "actionTrain")->isEnabled()); // the output is not wired yet
    wire(*view, *scene, dense, output);
    QCOMPARE(document->graph().wires.size(), 3);
    QVERIFY2(document->isTrainable(), qPrintable(document->problems().value(0).message));
    QVERIFY(action(window, "actionTrain")->isEnabled());

    session::TrainingSettings settings = window.workspace().settings();
    settings.epochs = 1;
    QString error;
    QVERIFY(window.workspace().setSettings(settings, &error));
    QSignalSpy finished(window.workspace().controller(), &training::TrainingController::finished);
    action(window, "actionTrain")->trigger();
    QVERIFY(document->isEditingLocked()); // the canvas locks while the run goes on
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(!window.isTraining());
    QVERIFY(window.errors.isEmpty());
    QCOMPARE(window.workspace().run()->spec.layers.front().cell, core::CellKind::Gru);
    QCOMPARE(window.workspace().run()->position.completedEpochs, 1);
    QVERIFY(!document->isEditingLocked());

    // Every edit undoes, back to the task's own network.
    while (document->undoStack()->canUndo())
        action(window, "actionUndo")->trigger();
    QCOMPARE(document->graph().blocks, original);
}

void TestMainWindowEditor::templateFromTheMenuIsOneUndoStep() {
    TestWindow window(m_dir.filePath(QStringLiteral("autosave")));
    app::NetworkDocument* document = window.workspace().document();
    const auto original = document->graph().blocks;
    auto* templates = window.findChild<QMenu*>(QStringLiteral("menuTemplates"));
    QVERIFY(templates);
    emit templates->aboutToShow();
    QAction* stacked = nullptr;
    for (QAction* entry : templates->actions())
        if (entry->text().contains(QStringLiteral("Stacked")))
            stacked = entry;
    QVERIFY(stacked);
    stacked->trigger();
    QVERIFY(document->graph().blocks != original);
    QVERIFY(window.isWindowModified());
    action(window, "actionUndo")->trigger();
    QCOMPARE(document->graph().blocks, original);
}

void TestMainWindowEditor::exportsThroughTheFileMenu() {
    TestWindow window(m_dir.filePath(QStringLiteral("autosave")));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action(window, "actionExportHistory")->trigger();
    QCOMPARE(window.errors.size(), 1); // nothing trained yet: said, not written
    window.errors.clear();

    session::TrainingSettings settings = window.workspace().settings();
    settings.epochs = 2;
    QString error;
    QVERIFY(window.workspace().setSettings(settings, &error));
    QSignalSpy finished(window.workspace().controller(), &training::TrainingController::finished);
    action(window, "actionTrain")->trigger();
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(window.workspace().run() != nullptr);

    QTemporaryDir out;
    window.nextPath = out.path();
    action(window, "actionExportHistory")->trigger();
    QFile epochs(out.filePath(QStringLiteral("epochs.csv")));
    QVERIFY(epochs.open(QIODevice::ReadOnly));
    QCOMPARE(epochs.readAll().trimmed().split('\n').size(), 1 + 2); // header and two epochs
    action(window, "actionExportPyTorch")->trigger();
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("model.py"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("weights.json"))));
    window.nextPath = out.filePath(QStringLiteral("network.png"));
    action(window, "actionExportDiagram")->trigger();
    QVERIFY(QImage(window.nextPath).width() > 100);
    window.nextPath = out.filePath(QStringLiteral("network.svg"));
    action(window, "actionExportDiagram")->trigger();
    QFile svg(window.nextPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("LSTM"));
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(QLatin1Char('\n'))));
}

void TestMainWindowEditor::everyControlHasATooltip() {
    TestWindow window(m_dir.filePath(QStringLiteral("autosave")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<app::NetworkView*>();
    auto* scene = window.findChild<app::NetworkScene*>();
    // A block selected: the inspector shows its editors too.
    scene->selectBlocks({window.workspace().document()->blockIds().value(1)});
    action(window, "actionGradientLab")->trigger(); // the lab's window, a child of this one
    for (QMenu* menu : window.findChildren<QMenu*>())
        emit menu->aboutToShow();
    QStringList bare;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty() || action->menu())
            continue;
        // Qt makes a tooltip of the text when there is none: that one says nothing more.
        const QString plain = QString(action->text()).remove(QLatin1Char('&'));
        if (action->toolTip().isEmpty() || action->toolTip() == plain)
            bare << QStringLiteral("action ") + plain;
    }
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QAbstractSlider*>(widget);
        if (!control || qobject_cast<QAbstractSlider*>(widget->parentWidget()) ||
            widget->inherits("QScrollBar") || !widget->isVisible() ||
            widget->inherits("QDockWidgetTitleButton")) // Qt's own float and close buttons
            continue;
        // A button of an action shows the action's tooltip.
        if (auto* tool = qobject_cast<QToolButton*>(widget); tool && tool->defaultAction())
            continue;
        if (widget->toolTip().isEmpty())
            bare << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                        widget->objectName() + QLatin1Char(' ') +
                        (qobject_cast<QAbstractButton*>(widget)
                             ? qobject_cast<QAbstractButton*>(widget)->text()
                             : QString());
    }
    Q_UNUSED(view);
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TestMainWindowEditor)
#include "tst_main_window_editor.moc"
