// The editor's undo commands: every kind undoes to the graph before it (compared structurally:
// blocks, properties, places, wires and their order) and redoes to the graph after it; drags and
// typing merge into one step; every step has its text.
#include "app/document/add_block_command.h"
#include "app/document/command_ids.h"
#include "app/document/move_blocks_command.h"
#include "app/document/network_document.h"
#include "app/document/network_templates.h"
#include "app/document/set_property_command.h"
#include "network_fixtures.h"

#include <QMimeData>
#include <QtTest>

using app::BlockKind;
using app::NetworkDocument;
using app::Wire;

namespace {

enum class Edit {
    Add,
    RemoveOne,
    RemoveSeveral,
    Move,
    Connect,
    Disconnect,
    SetDefault,
    SetAgain,
    Paste,
    Template
};

/** Makes the edit through the document's edit functions (one command each). */
bool edit(NetworkDocument& document, const fixtures::Chain& c, int spare, Edit kind) {
    switch (kind) {
    case Edit::Add:
        return document.addBlock(BlockKind::Attention, QPointF(3, 4)) > 0;
    case Edit::RemoveOne:
        return document.removeBlocks({c.lstm});
    case Edit::RemoveSeveral: // the first and a middle one: indices shift as they go
        return document.removeBlocks({c.dense, c.input});
    case Edit::Move:
        return document.moveBlocks({c.lstm, spare}, QPointF(-10, 7));
    case Edit::Connect:
        return document.connectPorts(Wire{c.lstm, 1, spare, 0});
    case Edit::Disconnect: // the middle wire: it must come back in the middle
        return document.disconnectWire(Wire{c.lstm, 0, c.dense, 0});
    case Edit::SetDefault: // a default becomes a value: undo unsets it again
        return document.setBlockProperty(c.lstm, QStringLiteral("bidirectional"),
                                         QStringLiteral("true"));
    case Edit::SetAgain:
        return document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("7"));
    case Edit::Paste: {
        std::unique_ptr<QMimeData> mime(document.copy({c.lstm, c.dense}));
        return document.paste(mime.get(), QPointF(20, 20)).size() == 2;
    }
    case Edit::Template:
        return document.applyTemplate(
            app::NetworkTemplates::find(QStringLiteral("encoder-decoder"))->graph,
            QStringLiteral("Encoder–Decoder"));
    }
    return false;
}

} // namespace

class TestNetworkCommands : public QObject {
    Q_OBJECT

private slots:
    void undoRestoresAndRedoRepeats_data();
    void undoRestoresAndRedoRepeats();
    void aDragIsOneUndoStep();
    void movesOfOtherBlocksStaySeparate();
    void aDragBackToTheStartLeavesNoStep();
    void typingIntoOnePropertyIsOneStep();
    void templateIsOneStep();
    void undoTexts_data();
    void undoTexts();
    void commandsWorkWithoutTheDocumentsHelpers();
};

void TestNetworkCommands::undoRestoresAndRedoRepeats_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("add block") << int(Edit::Add);
    QTest::newRow("remove block with wires") << int(Edit::RemoveOne);
    QTest::newRow("remove blocks") << int(Edit::RemoveSeveral);
    QTest::newRow("move blocks") << int(Edit::Move);
    QTest::newRow("connect") << int(Edit::Connect);
    QTest::newRow("disconnect") << int(Edit::Disconnect);
    QTest::newRow("set default property") << int(Edit::SetDefault);
    QTest::newRow("set property again") << int(Edit::SetAgain);
    QTest::newRow("paste") << int(Edit::Paste);
    QTest::newRow("apply template") << int(Edit::Template);
}

void TestNetworkCommands::undoRestoresAndRedoRepeats() {
    QFETCH(int, kind);
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document, 2, 16, 3);
    document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("12"));
    const int spare = document.addBlock(BlockKind::Dropout, QPointF(0, 200));
    const app::NetworkGraph before = document.graph();
    const QList<app::GraphProblem> problemsBefore = document.problems();
    const int steps = document.undoStack()->count();

    QVERIFY(edit(document, c, spare, Edit(kind)));
    const app::NetworkGraph after = document.graph();
    QVERIFY(after != before);
    QCOMPARE(document.undoStack()->count(), steps + 1);

    document.undoStack()->undo();
    QCOMPARE(document.graph(), before);
    QCOMPARE(document.problems(), problemsBefore);
    document.undoStack()->redo();
    QCOMPARE(document.graph(), after);
    document.undoStack()->undo();
    QCOMPARE(document.graph(), before);
}

void TestNetworkCommands::aDragIsOneUndoStep() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const QPointF lstmStart = document.block(c.lstm)->position;
    const QPointF denseStart = document.block(c.dense)->position;
    const int steps = document.undoStack()->count();
    for (int i = 0; i < 10; ++i)
        QVERIFY(document.moveBlocks({c.lstm, c.dense}, QPointF(1, 2)));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.block(c.lstm)->position, lstmStart + QPointF(10, 20));
    QCOMPARE(document.block(c.dense)->position, denseStart + QPointF(10, 20));
    document.undoStack()->undo();
    QCOMPARE(document.block(c.lstm)->position, lstmStart);
    QCOMPARE(document.block(c.dense)->position, denseStart);
    document.undoStack()->redo();
    QCOMPARE(document.block(c.lstm)->position, lstmStart + QPointF(10, 20));
}

void TestNetworkCommands::movesOfOtherBlocksStaySeparate() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const int steps = document.undoStack()->count();
    document.moveBlocks({c.lstm}, QPointF(1, 0));
    document.moveBlocks({c.dense}, QPointF(1, 0));
    document.moveBlocks({c.lstm, c.dense}, QPointF(1, 0));
    document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("3"));
    document.moveBlocks({c.lstm, c.dense}, QPointF(1, 0)); // after another edit: a new step
    QCOMPARE(document.undoStack()->count(), steps + 5);
}

void TestNetworkCommands::aDragBackToTheStartLeavesNoStep() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const int steps = document.undoStack()->count();
    document.moveBlocks({c.lstm}, QPointF(5, 5));
    document.moveBlocks({c.lstm}, QPointF(-5, -5));
    QCOMPARE(document.undoStack()->count(), steps);
}

void TestNetworkCommands::typingIntoOnePropertyIsOneStep() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const int steps = document.undoStack()->count();
    for (const char* units : {"6", "64", "640"})
        QVERIFY(document.setBlockProperty(c.lstm, QStringLiteral("units"), QLatin1String(units)));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    document.setBlockProperty(c.lstm, QStringLiteral("layers"), QStringLiteral("2"));
    document.setBlockProperty(c.dense, QStringLiteral("units"), QStringLiteral("2"));
    QCOMPARE(document.undoStack()->count(), steps + 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.block(c.lstm)->property(QStringLiteral("units")), QStringLiteral("32"));
    // Setting what is already there is no edit.
    QVERIFY(!document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("32")));
    QVERIFY(!document.setBlockProperty(c.lstm, QStringLiteral("colour"), QStringLiteral("red")));
}

void TestNetworkCommands::templateIsOneStep() {
    NetworkDocument document;
    fixtures::perStepChain(document);
    const app::NetworkGraph before = document.graph();
    const int steps = document.undoStack()->count();
    const app::NetworkTemplate stacked =
        *app::NetworkTemplates::find(QStringLiteral("stacked-lstm"));
    QVERIFY(document.applyTemplate(stacked.graph, stacked.name));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.graph(), stacked.graph);
    QVERIFY(document.isTrainable());
    document.undoStack()->undo();
    QCOMPARE(document.graph(), before);
}

void TestNetworkCommands::undoTexts_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("add") << int(Edit::Add) << QStringLiteral("Add Attention");
    QTest::newRow("remove one") << int(Edit::RemoveOne) << QStringLiteral("Delete LSTM");
    QTest::newRow("remove several")
        << int(Edit::RemoveSeveral) << QStringLiteral("Delete 2 Blocks");
    QTest::newRow("move") << int(Edit::Move) << QStringLiteral("Move 2 Blocks");
    QTest::newRow("connect") << int(Edit::Connect) << QStringLiteral("Connect");
    QTest::newRow("disconnect") << int(Edit::Disconnect) << QStringLiteral("Disconnect");
    QTest::newRow("property") << int(Edit::SetAgain) << QStringLiteral("Change units of LSTM");
    QTest::newRow("paste") << int(Edit::Paste) << QStringLiteral("Paste 2 Blocks");
    QTest::newRow("template") << int(Edit::Template)
                              << QStringLiteral("Apply Template Encoder–Decoder");
}

void TestNetworkCommands::undoTexts() {
    QFETCH(int, kind);
    QFETCH(QString, text);
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const int spare = document.addBlock(BlockKind::Dropout, {});
    QVERIFY(edit(document, c, spare, Edit(kind)));
    QCOMPARE(document.undoStack()->undoText(), text);
}

void TestNetworkCommands::commandsWorkWithoutTheDocumentsHelpers() {
    NetworkDocument document;
    auto* add = new app::AddBlockCommand(&document, BlockKind::Gru, QPointF(1, 1));
    const int id = add->blockId();
    document.undoStack()->push(add);
    document.undoStack()->push(new app::MoveBlocksCommand(&document, {id}, QPointF(1, 1)));
    document.undoStack()->push(
        new app::SetPropertyCommand(&document, id, QStringLiteral("units"), QStringLiteral("9")));
    QCOMPARE(document.block(id)->position, QPointF(2, 2));
    QCOMPARE(document.block(id)->property(QStringLiteral("units")), QStringLiteral("9"));
    QCOMPARE(document.undoStack()->command(1)->id(), int(app::CommandId::MoveBlocks));
    document.undoStack()->setIndex(0);
    QVERIFY(document.graph().blocks.isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkCommands)
#include "tst_network_commands.moc"
