// app::AutoLayout: columns by longest path, rows within a column, cycles, one undo step in a
// document, and free places for new blocks.
#include "app/document/network_document.h"
#include "app/document/network_templates.h"
#include "app/document/spec_layout.h"
#include "app/editor/auto_layout.h"
#include "app/editor/block_item.h"
#include "network_fixtures.h"

#include <QUndoStack>
#include <QtTest>
#include <cmath>

using app::AutoLayout;
using app::BlockKind;
using app::NetworkGraph;

class TestAutoLayout : public QObject {
    Q_OBJECT

private slots:
    void columnsAreLongestPaths();
    void templatesKeepTheirColumns_data();
    void templatesKeepTheirColumns();
    void blocksOfOneColumnStack();
    void cycleEnds();
    void applyIsOneUndoStep();
    void freePlaceAvoidsBlocks();
};

namespace {

app::Block block(int id, BlockKind kind, QPointF position = {}) {
    return {id, kind, app::defaultProperties(kind), position};
}

} // namespace

void TestAutoLayout::columnsAreLongestPaths() {
    // 1 → 2 → 3 → 4, and a shortcut 1 → 4: 4 is in column 3, not 1.
    NetworkGraph graph;
    graph.blocks = {block(1, BlockKind::Input), block(2, BlockKind::Lstm),
                    block(3, BlockKind::Attention), block(4, BlockKind::Dense)};
    graph.wires = {{1, 0, 2, 0}, {2, 0, 3, 0}, {3, 0, 4, 0}, {1, 0, 3, 1}};
    const QHash<int, int> columns = AutoLayout::columns(graph);
    QCOMPARE(columns.value(1), 0);
    QCOMPARE(columns.value(2), 1);
    QCOMPARE(columns.value(3), 2);
    QCOMPARE(columns.value(4), 3);
}

void TestAutoLayout::templatesKeepTheirColumns_data() {
    QTest::addColumn<QString>("id");
    for (const app::NetworkTemplate& t : app::NetworkTemplates::all())
        QTest::newRow(qPrintable(t.id)) << t.id;
}

void TestAutoLayout::templatesKeepTheirColumns() {
    QFETCH(QString, id);
    const NetworkGraph graph = app::NetworkTemplates::find(id)->graph;
    const QHash<int, QPointF> positions = AutoLayout::positions(graph);
    for (const app::Wire& wire : graph.wires) // every wire runs rightwards
        QVERIFY(positions.value(wire.fromBlock).x() < positions.value(wire.toBlock).x());
    QSet<QPair<double, double>> places; // no two blocks in one place
    for (const app::Block& b : graph.blocks)
        places.insert({positions.value(b.id).x(), positions.value(b.id).y()});
    QCOMPARE(places.size(), graph.blocks.size());
}

void TestAutoLayout::blocksOfOneColumnStack() {
    NetworkGraph graph;
    graph.blocks = {block(1, BlockKind::Input, {40, 20}), block(2, BlockKind::Lstm),
                    block(3, BlockKind::Gru)};
    graph.wires = {{1, 0, 2, 0}, {1, 0, 3, 0}};
    const QHash<int, QPointF> positions = AutoLayout::positions(graph);
    QCOMPARE(positions.value(1), QPointF(0, 0)); // the graph's top-left corner stays
    QCOMPARE(positions.value(2), QPointF(app::SpecLayout::kColumn, 0));
    QCOMPARE(positions.value(3), QPointF(app::SpecLayout::kColumn, app::SpecLayout::kRow));
}

void TestAutoLayout::cycleEnds() {
    NetworkGraph graph;
    graph.blocks = {block(1, BlockKind::Lstm), block(2, BlockKind::Dropout)};
    graph.wires = {{1, 0, 2, 0}, {2, 0, 1, 0}};
    const QHash<int, int> columns = AutoLayout::columns(graph);
    QCOMPARE(columns.size(), 2);
    QVERIFY(columns.value(1) < 2 && columns.value(2) < 2);
}

void TestAutoLayout::applyIsOneUndoStep() {
    app::NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    document.moveBlocks({c.output}, QPointF(-500, 300));
    const NetworkGraph before = document.graph();
    const int steps = document.undoStack()->count();
    QVERIFY(AutoLayout::apply(&document, QStringLiteral("Tidy")));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QVERIFY(document.block(c.output)->position.x() > document.block(c.dense)->position.x());
    QVERIFY(!AutoLayout::apply(&document, QStringLiteral("Tidy"))); // already tidy
    QCOMPARE(document.undoStack()->count(), steps + 1);
    document.undoStack()->undo();
    QCOMPARE(document.graph(), before);
    document.setEditingLocked(true); // untidy, but locked
    QVERIFY(!AutoLayout::apply(&document, QStringLiteral("Tidy")));
    QCOMPARE(document.graph(), before);
}

void TestAutoLayout::freePlaceAvoidsBlocks() {
    NetworkGraph graph;
    const QPointF first = AutoLayout::freePlace(graph, QPointF(300, 200));
    const QPointF centre = first + QPointF(app::BlockItem::kWidth / 2, app::BlockItem::kHeight / 2);
    QVERIFY((centre - QPointF(300, 200)).manhattanLength() <= 20); // centred, on the grid
    QCOMPARE(std::fmod(first.x(), 20.0), 0.0);
    graph.blocks = {block(1, BlockKind::Lstm, first)};
    const QPointF second = AutoLayout::freePlace(graph, QPointF(300, 200));
    QVERIFY(qAbs(second.x() - first.x()) >= app::BlockItem::kWidth / 2 ||
            qAbs(second.y() - first.y()) >= app::BlockItem::kHeight / 2);
}

QTEST_MAIN(TestAutoLayout)
#include "tst_auto_layout.moc"
