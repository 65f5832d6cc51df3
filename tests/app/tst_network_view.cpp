// app::NetworkView: the editor by keyboard (Tab, arrows, Delete, undo), zoom, clipboard, the
// tidy layout as one undo step, export to PNG and SVG, the palette's requests, and screenshots
// of the whole editor in a light and a dark palette.
#include "app/document/network_templates.h"
#include "app/editor/auto_layout.h"
#include "app/editor/block_inspector.h"
#include "app/editor/block_kind_info.h"
#include "editor_fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using app::BlockKind;
using app::NetworkScene;

class TestNetworkView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keyboardOnly();
    void zoomsByWheelAndKeys();
    void pansByMiddleDragAndSpaceDrag();
    void emptyCanvasShowsAHint();
    void copyAndPaste();
    void tidyLayoutIsOneUndoStep();
    void exportsPngAndSvg();
    void paletteRequestAddsInTheMiddle();
    void screenshots_data();
    void screenshots();
};

void TestNetworkView::keyboardOnly() {
    editor::Editor e;
    const int a = e.document.addBlock(BlockKind::Input, QPointF(0, 0));
    const int b = e.document.addBlock(BlockKind::Lstm, QPointF(200, 0));
    const int c = e.document.addBlock(BlockKind::Dense, QPointF(400, 0));
    QWidget* viewport = e.view.viewport();
    QTest::keyClick(viewport, Qt::Key_Tab);
    QCOMPARE(e.scene.selectedBlockIds(), QList<int>{a});
    QTest::keyClick(viewport, Qt::Key_Tab);
    QCOMPARE(e.scene.selectedBlockIds(), QList<int>{b});
    QTest::keyClick(viewport, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(e.scene.selectedBlockIds(), QList<int>{a});
    QTest::keyClick(viewport, Qt::Key_Tab);
    QTest::keyClick(viewport, Qt::Key_Tab);
    QCOMPARE(e.scene.selectedBlockIds(), QList<int>{c});

    const int steps = e.document.undoStack()->count();
    QTest::keyClick(viewport, Qt::Key_Right);
    QTest::keyClick(viewport, Qt::Key_Right);
    QTest::keyClick(viewport, Qt::Key_Down);
    QCOMPARE(e.document.block(c)->position,
             QPointF(400 + 2 * NetworkScene::kGrid, NetworkScene::kGrid));
    QCOMPARE(e.scene.blockItem(c)->pos(), e.document.block(c)->position);
    QCOMPARE(e.document.undoStack()->count(), steps + 1); // the moves merged

    QTest::keyClick(viewport, Qt::Key_Delete);
    QVERIFY(!e.document.block(c));
    QVERIFY(!e.scene.blockItem(c));
    QTest::keyClick(viewport, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(e.document.block(c));
    QVERIFY(e.scene.blockItem(c));
    QTest::keyClick(viewport, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(e.document.block(c)->position, QPointF(400, 0));

    QTest::keyClick(viewport, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(e.scene.selectedBlockIds(), (QList<int>{a, b, c}));
    QTest::keyClick(viewport, Qt::Key_Delete);
    QVERIFY(e.document.graph().blocks.isEmpty());
    QCOMPARE(e.document.undoStack()->count(), steps + 1); // one step for all three
    QTest::keyClick(viewport, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(e.document.graph().blocks.size(), 3);
}

void TestNetworkView::zoomsByWheelAndKeys() {
    editor::Editor e;
    e.document.addBlock(BlockKind::Lstm, QPointF(0, 0));
    QCOMPARE(e.view.zoom(), 1.0);
    QTest::keyClick(e.view.viewport(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(e.view.zoom(), app::NetworkView::kZoomStep);
    QTest::keyClick(e.view.viewport(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(e.view.zoom(), 1.0);
    QWheelEvent wheel(QPointF(300, 300), e.view.viewport()->mapToGlobal(QPointF(300, 300)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(e.view.viewport(), &wheel);
    QVERIFY(e.view.zoom() > 1.1);
    for (int i = 0; i < 30; ++i)
        e.view.zoomOut();
    QCOMPARE(e.view.zoom(), app::NetworkView::kMinZoom);
    e.view.fitToView();
    QVERIFY(e.view.zoom() > app::NetworkView::kMinZoom && e.view.zoom() <= 1.25);
    const QRect shown = e.view.mapFromScene(e.scene.itemsBoundingRect()).boundingRect();
    QVERIFY(e.view.viewport()->rect().contains(shown));
}

void TestNetworkView::pansByMiddleDragAndSpaceDrag() {
    editor::Editor e;
    e.view.setSceneRect(-2000, -2000, 4000, 4000);
    e.view.centerOn(0, 0);
    QScrollBar* h = e.view.horizontalScrollBar();
    QScrollBar* v = e.view.verticalScrollBar();
    const int x = h->value(), y = v->value();
    QWidget* viewport = e.view.viewport();
    QTest::mousePress(viewport, Qt::MiddleButton, Qt::NoModifier, QPoint(500, 300));
    QTest::mouseMove(viewport, QPoint(450, 280));
    QTest::mouseMove(viewport, QPoint(400, 260));
    QTest::mouseRelease(viewport, Qt::MiddleButton, Qt::NoModifier, QPoint(400, 260));
    QCOMPARE(h->value(), x + 100);
    QCOMPARE(v->value(), y + 40);
    QTest::keyPress(viewport, Qt::Key_Space);
    editor::drag(viewport, QPoint(400, 260), QPoint(500, 300));
    QTest::keyRelease(viewport, Qt::Key_Space);
    QCOMPARE(h->value(), x);
    QCOMPARE(v->value(), y);
    QVERIFY(e.scene.selectedItems().isEmpty()); // panning selects nothing
}

void TestNetworkView::emptyCanvasShowsAHint() {
    editor::Editor e;
    QVERIFY(QTest::qWaitForWindowExposed(&e.view));
    const QImage empty = e.view.viewport()->grab().toImage();
    empty.save(QDir::temp().filePath(QStringLiteral("editor-empty.png")));
    e.document.addBlock(BlockKind::Lstm, QPointF(-1000, -1000)); // out of sight
    const QImage withBlock = e.view.viewport()->grab().toImage();
    const QRect middle(empty.width() / 2 - 100, empty.height() / 2 - 10, 200, 20);
    QVERIFY(empty.copy(middle) != withBlock.copy(middle)); // the hint went away
}

void TestNetworkView::copyAndPaste() {
    editor::Editor e;
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(0, 0));
    const int dense = e.document.addBlock(BlockKind::Dense, QPointF(200, 0));
    e.document.connectPorts({lstm, 0, dense, 0});
    e.document.setBlockProperty(lstm, QStringLiteral("units"), QStringLiteral("48"));
    e.scene.selectBlocks({lstm, dense});
    QTest::keyClick(e.view.viewport(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(e.view.viewport(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(e.document.graph().blocks.size(), 4);
    QCOMPARE(e.document.graph().wires.size(), 2);
    const QList<int> pasted = e.scene.selectedBlockIds();
    QCOMPARE(pasted.size(), 2);
    QVERIFY(!pasted.contains(lstm) && !pasted.contains(dense));
    QCOMPARE(e.document.block(pasted[0])->property(QStringLiteral("units")), QStringLiteral("48"));
    QVERIFY(e.document.block(pasted[0])->position != QPointF(0, 0)); // not on top of it
    QTest::keyClick(e.view.viewport(), Qt::Key_X, Qt::ControlModifier);
    QCOMPARE(e.document.graph().blocks.size(), 2);
    QTest::keyClick(e.view.viewport(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(e.document.graph().blocks.size(), 4);
}

void TestNetworkView::tidyLayoutIsOneUndoStep() {
    editor::Editor e;
    const app::NetworkGraph graph =
        app::NetworkTemplates::find(QStringLiteral("encoder-decoder"))->graph;
    app::NetworkGraph scrambled = graph;
    for (qsizetype i = 0; i < scrambled.blocks.size(); ++i)
        scrambled.blocks[i].position = QPointF(double((i * 7) % 5) * 90, double(i % 3) * 200);
    e.document.resetGraph(scrambled);
    e.view.autoLayout();
    QCOMPARE(e.document.undoStack()->count(), 1);
    for (const app::Wire& wire : e.document.graph().wires) // every wire runs rightwards
        QVERIFY(e.document.block(wire.fromBlock)->position.x() <
                e.document.block(wire.toBlock)->position.x());
    for (const app::Block& block : e.document.graph().blocks)
        QCOMPARE(e.scene.blockItem(block.id)->pos(), block.position);
    e.document.undoStack()->undo();
    QCOMPARE(e.document.graph(), scrambled);
    // A tidy network stays as it is: no empty undo step.
    e.document.resetGraph(graph);
    const QHash<int, QPointF> again = app::AutoLayout::positions(graph);
    for (const app::Block& block : graph.blocks)
        QCOMPARE(again.value(block.id).x(), block.position.x());
}

void TestNetworkView::exportsPngAndSvg() {
    editor::Editor e;
    e.document.resetGraph(app::NetworkTemplates::find(QStringLiteral("stacked-lstm"))->graph);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("network.png"));
    QCOMPARE(e.view.exportImage(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF source = e.scene.itemsBoundingRect();
    QVERIFY(image.width() >= 2 * int(source.width()));
    QVERIFY(image.height() >= 2 * int(source.height()));
    const QString svg = dir.filePath(QStringLiteral("network.svg"));
    QCOMPARE(e.view.exportImage(svg), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("LSTM"));
    QVERIFY(!e.view.exportImage(dir.filePath(QStringLiteral("missing/dir/network.svg"))).isEmpty());
    QVERIFY(!e.view.exportImage(dir.filePath(QStringLiteral("missing/dir/network.png"))).isEmpty());
    QVERIFY(!e.view.exportImage(dir.filePath(QStringLiteral("network.txt"))).isEmpty());
}

void TestNetworkView::paletteRequestAddsInTheMiddle() {
    editor::Editor e;
    app::BlockPalette palette;
    QObject::connect(&palette, &app::BlockPalette::blockRequested, &e.view,
                     &app::NetworkView::addBlockAtCentre);
    palette.show();
    const int row = palette.rowOf(BlockKind::Gru);
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, Qt::NoModifier,
                      palette.visualItemRect(palette.item(row)).center());
    QCOMPARE(e.document.graph().blocks.size(), 0); // one click only selects
    QTest::mouseDClick(palette.viewport(), Qt::LeftButton, Qt::NoModifier,
                       palette.visualItemRect(palette.item(row)).center());
    QCOMPARE(e.document.graph().blocks.size(), 1);
    const app::Block block = e.document.graph().blocks.first(); // a copy: the list will grow
    QCOMPARE(block.kind, BlockKind::Gru);
    const QPointF centre = e.view.mapToScene(e.view.viewport()->rect().center());
    QVERIFY((block.position - centre).manhattanLength() < 200);
    QCOMPARE(e.scene.selectedBlockIds(), QList<int>{block.id});
    // A second one does not land on the first.
    e.view.addBlockAtCentre(BlockKind::Gru);
    QVERIFY(e.document.graph().blocks.last().position != block.position);
}

namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

int firstOf(const app::NetworkDocument& document, BlockKind kind) {
    for (const app::Block& block : document.graph().blocks)
        if (block.kind == kind)
            return block.id;
    return 0;
}

bool hasColour(const QImage& image, const QColor& colour) {
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <
                12)
                return true;
        }
    return false;
}

} // namespace

void TestNetworkView::screenshots_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("templateId");
    QTest::newRow("light") << false << QStringLiteral("encoder-decoder");
    QTest::newRow("dark") << true << QStringLiteral("stacked-lstm");
}

void TestNetworkView::screenshots() {
    QFETCH(bool, dark);
    QFETCH(QString, templateId);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    {
        app::NetworkDocument document;
        document.resetGraph(app::NetworkTemplates::find(templateId)->graph);
        QSplitter window;
        auto* palette = new app::BlockPalette(&window);
        app::NetworkScene scene(&document);
        auto* view = new app::NetworkView(&scene, &window);
        auto* inspector = new app::BlockInspector(&document, &window);
        QObject::connect(&scene, &NetworkScene::blockSelectionChanged, inspector,
                         &app::BlockInspector::setSelection);
        window.addWidget(palette);
        window.addWidget(view);
        window.addWidget(inspector);
        window.setSizes({170, 880, 250});
        window.resize(1300, 520);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int lstm = firstOf(document, BlockKind::Lstm);
        scene.selectBlocks({lstm});
        view->fitToView();
        if (!dark) { // a block on its own shows its problem
            const int loose = document.addBlock(BlockKind::Dropout, QPointF(720, 150));
            QVERIFY(!scene.blockItem(loose)->problems().isEmpty());
        }
        QCOMPARE(inspector->blockId(), lstm);
        QTest::qWait(50); // the inspector's new editors show on the next turn of the event loop
        const QImage shot = window.grab().toImage();
        const QString name = dark ? QStringLiteral("dark") : QStringLiteral("light");
        shot.save(QDir::temp().filePath(QStringLiteral("editor-%1.png").arg(name)));
        QCOMPARE(view->exportImage(
                     QDir::temp().filePath(QStringLiteral("editor-export-%1.png").arg(name))),
                 QString());
        // The blocks show in their families' colours.
        QVERIFY(hasColour(shot, app::BlockKindInfo::accent(BlockKind::Lstm)));
        QVERIFY(hasColour(shot, app::BlockKindInfo::accent(BlockKind::Output)));
        // Locked: the banner shows.
        document.setEditingLocked(true);
        QTest::qWait(20);
        window.grab().save(QDir::temp().filePath(QStringLiteral("editor-%1-locked.png").arg(name)));
        QVERIFY(!inspector->editor(QStringLiteral("units"))->isEnabled());
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestNetworkView)
#include "tst_network_view.moc"
