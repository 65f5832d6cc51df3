// app::PortConnections: the inspector's inputs, wiring the network from the keyboard — a port's
// list names every output that could feed it, choosing one wires it (one undo step), choosing
// another rewires it (still one step), "not connected" unwires it.
#include "app/document/network_document.h"
#include "app/editor/port_connections.h"

#include <QComboBox>
#include <QTest>
#include <QUndoStack>

using app::BlockKind;
using app::Wire;

class TestPortConnections : public QObject {
    Q_OBJECT

private slots:
    void keyboardWiresTheNetwork();
    void rewiringIsOneUndoStep();
    void notConnectedUnwires();
};

namespace {

struct Chain {
    app::NetworkDocument document;
    int input = 0, lstm = 0, gru = 0, dense = 0, output = 0;
    Chain() {
        input = document.addBlock(BlockKind::Input, {0, 0});
        lstm = document.addBlock(BlockKind::Lstm, {200, 0});
        gru = document.addBlock(BlockKind::Gru, {200, 200});
        dense = document.addBlock(BlockKind::Dense, {400, 0});
        output = document.addBlock(BlockKind::Output, {600, 0});
    }
    /** Chooses, by its words, the source of input port `port` of `block`. */
    bool choose(app::PortConnections& inputs, int block, const QString& words, int port = 0) {
        inputs.setBlock(block);
        QComboBox* list = inputs.portList(port);
        const int index = list->findText(words, Qt::MatchStartsWith);
        if (index < 0)
            return false;
        list->setCurrentIndex(index);
        emit list->activated(index);
        return true;
    }
};

} // namespace

void TestPortConnections::keyboardWiresTheNetwork() {
    Chain c;
    app::PortConnections inputs(&c.document);
    inputs.show();
    inputs.setBlock(c.lstm);
    QComboBox* list = inputs.portList(0);
    QVERIFY(list);
    QCOMPARE(list->currentText(), QStringLiteral("not connected"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down); // the first source: the input block
    QCOMPARE(c.document.graph().wires, (QList<Wire>{{c.input, 0, c.lstm, 0}}));
    QVERIFY(c.choose(inputs, c.dense, QStringLiteral("LSTM %1 · sequence").arg(c.lstm)));
    QVERIFY(c.choose(inputs, c.output, QStringLiteral("Dense %1").arg(c.dense)));
    QVERIFY(c.document.removeBlocks({c.gru})); // the spare block of the other tests
    QVERIFY2(c.document.isTrainable(), qPrintable(c.document.problems().value(0).message));
    // The list shows what the document holds.
    inputs.setBlock(c.dense);
    QVERIFY(inputs.portList(0)->currentText().startsWith(QStringLiteral("LSTM")));
}

void TestPortConnections::rewiringIsOneUndoStep() {
    Chain c;
    app::PortConnections inputs(&c.document);
    QVERIFY(c.choose(inputs, c.lstm, QStringLiteral("Input")));
    QVERIFY(c.choose(inputs, c.dense, QStringLiteral("LSTM %1 · sequence").arg(c.lstm)));
    const int steps = c.document.undoStack()->count();
    QVERIFY(c.choose(inputs, c.dense, QStringLiteral("GRU %1 · sequence").arg(c.gru)));
    QCOMPARE(c.document.undoStack()->count(), steps + 1);
    QVERIFY(c.document.graph().wires.contains(Wire{c.gru, 0, c.dense, 0}));
    QVERIFY(!c.document.graph().wires.contains(Wire{c.lstm, 0, c.dense, 0}));
    c.document.undoStack()->undo();
    QVERIFY(c.document.graph().wires.contains(Wire{c.lstm, 0, c.dense, 0}));
    QVERIFY(!c.document.graph().wires.contains(Wire{c.gru, 0, c.dense, 0}));
    QVERIFY(inputs.portList(0)->currentText().startsWith(QStringLiteral("LSTM")));
}

void TestPortConnections::notConnectedUnwires() {
    Chain c;
    app::PortConnections inputs(&c.document);
    QVERIFY(c.choose(inputs, c.lstm, QStringLiteral("Input")));
    QCOMPARE(c.document.graph().wires.size(), 1);
    QVERIFY(c.choose(inputs, c.lstm, QStringLiteral("not connected")));
    QCOMPARE(c.document.graph().wires.size(), 0);
}

QTEST_MAIN(TestPortConnections)
#include "tst_port_connections.moc"
