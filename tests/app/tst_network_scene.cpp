// app::NetworkScene driven through a NetworkView by simulated drops and mouse drags: building a
// trainable network from the palette, moving blocks as one undo step, refused wires, problems
// on items, deleting a wire, and the editing lock.
#include "app/editor/port_item.h"
#include "app/editor/wire_item.h"
#include "editor_fixtures.h"

#include <QDir>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using app::BlockKind;
using app::Wire;

class TestNetworkScene : public QObject {
    Q_OBJECT

private slots:
    void buildsATrainableNetworkByDragAndDrop();
    void itemsFollowTheDocument();
    void dragIsOneUndoStep();
    void dragOfSeveralBlocksMovesThemTogether();
    void refusesBadWires_data();
    void refusesBadWires();
    void wireDrawnBackwardsFromAnInput();
    void rubberWireLightsItsTarget();
    void problemsShowOnTheItem();
    void selectedWireIsDeletedByKey();
    void lockedSceneChangesNothing();
};

namespace {

/** Input → LSTM → Dense → Output, dropped at the given viewport points, not wired. */
struct Dropped {
    int input = 0, lstm = 0, dense = 0, output = 0;
};

Dropped dropChain(editor::Editor& e) {
    Dropped d;
    const auto dropAt = [&e](BlockKind kind, QPoint pos) {
        const bool accepted = editor::drop(e.view, kind, pos);
        return accepted ? e.scene.selectedBlockIds().value(0) : 0;
    };
    d.input = dropAt(BlockKind::Input, QPoint(150, 250));
    d.lstm = dropAt(BlockKind::Lstm, QPoint(350, 250));
    d.dense = dropAt(BlockKind::Dense, QPoint(550, 250));
    d.output = dropAt(BlockKind::Output, QPoint(750, 250));
    return d;
}

void wire(editor::Editor& e, int from, int fromPort, int to, int toPort) {
    editor::drag(e.view.viewport(), e.portPoint(from, true, fromPort),
                 e.portPoint(to, false, toPort));
}

} // namespace

void TestNetworkScene::buildsATrainableNetworkByDragAndDrop() {
    editor::Editor e;
    const Dropped d = dropChain(e);
    QVERIFY(d.input && d.lstm && d.dense && d.output);
    QCOMPARE(e.document.graph().blocks.size(), 4);
    QCOMPARE(e.document.block(d.lstm)->kind, BlockKind::Lstm);
    // Dropped where the mouse was: the block is centred on the drop point (to the grid).
    const QPointF centre = e.document.block(d.lstm)->position +
                           QPointF(app::BlockItem::kWidth / 2, app::BlockItem::kHeight / 2);
    QVERIFY((centre - e.view.mapToScene(QPoint(350, 250))).manhattanLength() <= 40);
    QVERIFY(!e.document.isTrainable());

    wire(e, d.input, 0, d.lstm, 0);
    wire(e, d.lstm, 0, d.dense, 0);
    wire(e, d.dense, 0, d.output, 0);
    const QList<Wire> expected{
        {d.input, 0, d.lstm, 0}, {d.lstm, 0, d.dense, 0}, {d.dense, 0, d.output, 0}};
    QCOMPARE(e.document.graph().wires, expected);
    QVERIFY2(e.document.isTrainable(), qPrintable(e.document.problems().value(0).message));
    QVERIFY(e.document.compiled().has_value());
    QCOMPARE(e.document.compiled()->spec.layers.size(), size_t(1));
    QCOMPARE(e.document.compiled()->spec.layers[0].hidden, core::Index(32));
    // Each wire shows what travels on it.
    QCOMPARE(e.scene.wireItem(expected[1])->shapeText(), QStringLiteral("seq × 32"));
    QCOMPARE(e.document.undoStack()->count(), 7);
}

void TestNetworkScene::itemsFollowTheDocument() {
    editor::Editor e;
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(0, 0));
    const int dense = e.document.addBlock(BlockKind::Dense, QPointF(200, 0));
    QVERIFY(e.document.connectPorts({lstm, 0, dense, 0}));
    QVERIFY(e.scene.blockItem(lstm) && e.scene.wireItem({lstm, 0, dense, 0}));
    QVERIFY(e.document.setBlockProperty(lstm, QStringLiteral("units"), QStringLiteral("64")));
    QCOMPARE(e.scene.blockItem(lstm)->summaryText(), QStringLiteral("64 units"));
    QVERIFY(e.document.removeBlocks({lstm}));
    QVERIFY(!e.scene.blockItem(lstm));
    QVERIFY(!e.scene.wireItem({lstm, 0, dense, 0}));
    e.document.undoStack()->undo();
    QVERIFY(e.scene.blockItem(lstm));
    QVERIFY(e.scene.wireItem({lstm, 0, dense, 0}));
    // The wire's ends sit on the ports.
    const QPainterPath path = e.scene.wireItem({lstm, 0, dense, 0})->shape();
    QVERIFY(path.contains(e.scene.blockItem(lstm)->portScenePos(true, 0)));
    QVERIFY(path.contains(e.scene.blockItem(dense)->portScenePos(false, 0)));
}

void TestNetworkScene::dragIsOneUndoStep() {
    editor::Editor e;
    const int id = e.document.addBlock(BlockKind::Gru, QPointF(100, 100));
    const int before = e.document.undoStack()->count();
    const QPoint from = e.blockPoint(id);
    editor::drag(e.view.viewport(), from, from + QPoint(120, 60));
    QCOMPARE(e.document.undoStack()->count(), before + 1);
    QCOMPARE(e.document.block(id)->position, QPointF(220, 160));
    QCOMPARE(e.scene.blockItem(id)->pos(), QPointF(220, 160));
    e.document.undoStack()->undo();
    QCOMPARE(e.document.block(id)->position, QPointF(100, 100));
    QCOMPARE(e.scene.blockItem(id)->pos(), QPointF(100, 100));
    e.document.undoStack()->redo();
    QCOMPARE(e.scene.blockItem(id)->pos(), QPointF(220, 160));
    // A second drag of the same block is a step of its own.
    editor::drag(e.view.viewport(), e.blockPoint(id), e.blockPoint(id) + QPoint(-20, 0));
    QCOMPARE(e.document.undoStack()->count(), before + 2);
}

void TestNetworkScene::dragOfSeveralBlocksMovesThemTogether() {
    editor::Editor e;
    const int a = e.document.addBlock(BlockKind::Input, QPointF(0, 0));
    const int b = e.document.addBlock(BlockKind::Lstm, QPointF(200, 0));
    e.scene.selectBlocks({a, b});
    const QPoint from = e.blockPoint(b);
    QTest::mousePress(e.view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(e.view.viewport(), from + QPoint(20, 40));
    QCOMPARE(e.scene.blockItem(a)->pos(), QPointF(20, 40)); // live, before the release
    QCOMPARE(e.document.block(a)->position, QPointF(0, 0));
    QTest::mouseMove(e.view.viewport(), from + QPoint(40, 80));
    QTest::mouseRelease(e.view.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(40, 80));
    QCOMPARE(e.document.block(a)->position, QPointF(40, 80));
    QCOMPARE(e.document.block(b)->position, QPointF(240, 80));
    e.document.undoStack()->undo();
    QCOMPARE(e.document.block(a)->position, QPointF(0, 0));
    QCOMPARE(e.document.block(b)->position, QPointF(200, 0));
}

void TestNetworkScene::refusesBadWires_data() {
    QTest::addColumn<bool>("toOutput");
    QTest::addColumn<QString>("message");
    QTest::newRow("output to output") << true << QStringLiteral("output port");
    QTest::newRow("second wire into an input") << false << QStringLiteral("takes one wire");
}

void TestNetworkScene::refusesBadWires() {
    QFETCH(bool, toOutput);
    QFETCH(QString, message);
    editor::Editor e;
    const int input = e.document.addBlock(BlockKind::Input, QPointF(0, 0));
    const int other = e.document.addBlock(BlockKind::Input, QPointF(0, 160));
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(200, 0));
    QVERIFY(e.document.connectPorts({input, 0, lstm, 0}));
    const QList<Wire> before = e.document.graph().wires;
    QSignalSpy status(&e.view, &app::NetworkView::statusMessage);
    editor::drag(e.view.viewport(), e.portPoint(other, true, 0),
                 toOutput ? e.portPoint(lstm, true, 0) : e.portPoint(lstm, false, 0));
    QCOMPARE(e.document.graph().wires, before);
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.at(0).at(0).toString().contains(message),
             qPrintable(status.at(0).at(0).toString()));
    QVERIFY(!e.scene.isDrawingWire());
}

void TestNetworkScene::wireDrawnBackwardsFromAnInput() {
    editor::Editor e;
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(0, 0));
    const int dense = e.document.addBlock(BlockKind::Dense, QPointF(200, 0));
    // From the dense layer's input back to the LSTM's final state.
    editor::drag(e.view.viewport(), e.portPoint(dense, false, 0), e.portPoint(lstm, true, 1));
    QCOMPARE(e.document.graph().wires, QList<Wire>({Wire{lstm, 1, dense, 0}}));
}

void TestNetworkScene::rubberWireLightsItsTarget() {
    editor::Editor e;
    const int input = e.document.addBlock(BlockKind::Input, QPointF(0, 0));
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(260, 40));
    e.document.setBlockProperty(input, QStringLiteral("size"), QStringLiteral("3"));
    QWidget* viewport = e.view.viewport();
    const QPoint from = e.portPoint(input, true, 0);
    const QPoint to = e.portPoint(lstm, false, 0);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QVERIFY(e.scene.isDrawingWire());
    QVERIFY(!e.scene.blockItem(lstm)->port(false, 0)->isHighlighted());
    QTest::mouseMove(viewport, to + QPoint(2, 1)); // near enough
    QVERIFY(e.scene.blockItem(lstm)->port(false, 0)->isHighlighted());
    QVERIFY(e.scene.blockItem(lstm)->arePortNamesShown()); // which port is which
    e.view.grab().save(QDir::temp().filePath(QStringLiteral("editor-wiring.png")));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to + QPoint(2, 1));
    QVERIFY(!e.scene.isDrawingWire());
    QVERIFY(!e.scene.blockItem(lstm)->port(false, 0)->isHighlighted());
    QVERIFY(!e.scene.blockItem(lstm)->arePortNamesShown());
    QCOMPARE(e.document.graph().wires, QList<Wire>({Wire{input, 0, lstm, 0}}));
    // Dropped on a block's body, a wire takes the block's first free input.
    const int dense = e.document.addBlock(BlockKind::Dense, QPointF(520, 40));
    editor::drag(viewport, e.portPoint(lstm, true, 1), e.blockPoint(dense));
    QVERIFY(e.document.graph().wires.contains(Wire{lstm, 1, dense, 0}));
}

void TestNetworkScene::problemsShowOnTheItem() {
    editor::Editor e;
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(0, 0));
    const app::BlockItem* item = e.scene.blockItem(lstm);
    QVERIFY(!item->problems().isEmpty());
    const QString expected = e.document.problemsOf(lstm).value(0).message;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(item->problems().value(0), expected);
    QVERIFY(item->toolTip().contains(expected));
    // Fixing the network clears the item's problem.
    e.document.undoStack()->clear();
    e.document.resetGraph({});
    const int input = e.document.addBlock(BlockKind::Input, QPointF(0, 0));
    const int l2 = e.document.addBlock(BlockKind::Lstm, QPointF(200, 0));
    const int dense = e.document.addBlock(BlockKind::Dense, QPointF(400, 0));
    const int output = e.document.addBlock(BlockKind::Output, QPointF(600, 0));
    QVERIFY(!e.scene.blockItem(output)->problems().isEmpty());
    e.document.connectPorts({input, 0, l2, 0});
    e.document.connectPorts({l2, 0, dense, 0});
    e.document.connectPorts({dense, 0, output, 0});
    QVERIFY(e.document.isTrainable());
    for (int id : {input, l2, dense, output})
        QVERIFY(e.scene.blockItem(id)->problems().isEmpty());
    // 4 gates × 32 units × (1 input + 32 state + 2 biases).
    QCOMPARE(e.scene.blockItem(l2)->parameterText(), QStringLiteral("4,480 params"));
}

void TestNetworkScene::selectedWireIsDeletedByKey() {
    editor::Editor e;
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(0, 0));
    const int dense = e.document.addBlock(BlockKind::Dense, QPointF(300, 60));
    const Wire w{lstm, 0, dense, 0};
    QVERIFY(e.document.connectPorts(w));
    const QPointF onWire = e.scene.blockItem(lstm)->portScenePos(true, 0) + QPointF(12, 0.5);
    QTest::mouseClick(e.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                      e.view.mapFromScene(onWire));
    QCOMPARE(e.scene.selectedWires(), QList<Wire>{w});
    QTest::keyClick(e.view.viewport(), Qt::Key_Delete);
    QVERIFY(e.document.graph().wires.isEmpty());
    QCOMPARE(e.document.graph().blocks.size(), 2);
    e.document.undoStack()->undo();
    QCOMPARE(e.document.graph().wires, QList<Wire>{w});
}

void TestNetworkScene::lockedSceneChangesNothing() {
    editor::Editor e;
    const int input = e.document.addBlock(BlockKind::Input, QPointF(0, 0));
    const int lstm = e.document.addBlock(BlockKind::Lstm, QPointF(200, 0));
    const int steps = e.document.undoStack()->count();
    e.document.setEditingLocked(true);
    QSignalSpy status(&e.scene, &app::NetworkScene::statusMessage);
    const QPoint from = e.blockPoint(lstm);
    editor::drag(e.view.viewport(), from, from + QPoint(100, 100));
    QCOMPARE(e.document.block(lstm)->position, QPointF(200, 0));
    QCOMPARE(e.scene.blockItem(lstm)->pos(), QPointF(200, 0));
    editor::drag(e.view.viewport(), e.portPoint(input, true, 0), e.portPoint(lstm, false, 0));
    QVERIFY(e.document.graph().wires.isEmpty());
    QVERIFY(!status.isEmpty());
    QVERIFY(!editor::drop(e.view, BlockKind::Dense, QPoint(500, 400)));
    QCOMPARE(e.document.graph().blocks.size(), 2);
    QCOMPARE(e.document.undoStack()->count(), steps);
    e.document.setEditingLocked(false);
    editor::drag(e.view.viewport(), e.blockPoint(lstm), e.blockPoint(lstm) + QPoint(100, 100));
    QCOMPARE(e.document.block(lstm)->position, QPointF(300, 100));
}

QTEST_MAIN(TestNetworkScene)
#include "tst_network_scene.moc"
