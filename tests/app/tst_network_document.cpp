// app::NetworkDocument: signals for every change, shapes on wires, parameter counts in closed
// form, connection rules, locking, the session diagram round trip, copy and paste.
#include "app/document/block_clipboard.h"
#include "app/document/diagram_conversion.h"
#include "app/document/network_document.h"
#include "app/document/network_templates.h"
#include "app/document/spec_layout.h"
#include "network_fixtures.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using app::BlockKind;
using app::NetworkDocument;
using app::Wire;

Q_DECLARE_METATYPE(core::NetworkSpec)
Q_DECLARE_METATYPE(app::BlockKind)
Q_DECLARE_METATYPE(app::NetworkGraph)

class TestNetworkDocument : public QObject {
    Q_OBJECT

private slots:
    void newBlockHasItsKindsDefaults();
    void everyChangeSignals_data();
    void everyChangeSignals();
    void validityFollowsTheLastWire();
    void wireShapes_data();
    void wireShapes();
    void parameterCountsInClosedForm_data();
    void parameterCountsInClosedForm();
    void connectionProblems_data();
    void connectionProblems();
    void lockedDocumentRefusesEdits();
    void diagramRoundTripIsLossless_data();
    void diagramRoundTripIsLossless();
    void diagramWithUnknownKindIsRefused();
    void sessionWithoutDiagramIsLaidOutFromItsSpec();
    void pasteGivesNewIdsAndOffsets();
    void pasteIgnoresForeignData();
    void deleteSelectionTakesItsWires();
};

void TestNetworkDocument::newBlockHasItsKindsDefaults() {
    NetworkDocument document;
    QSignalSpy added(&document, &NetworkDocument::blockAdded);
    const int id = document.addBlock(BlockKind::Gru, QPointF(10, 20));
    QVERIFY(id > 0);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toInt(), id);
    const app::Block* block = document.block(id);
    QVERIFY(block);
    QCOMPARE(block->kind, BlockKind::Gru);
    QCOMPARE(block->position, QPointF(10, 20));
    QCOMPARE(block->property(QStringLiteral("units")), QStringLiteral("32"));
    QVERIFY(!block->properties.contains(QStringLiteral("forget-bias"))); // a GRU has no forget gate
    QCOMPARE(document.addBlock(BlockKind::Lstm, {}), id + 1);
}

enum class Edit { Add, Remove, Move, Property, Connect, Disconnect, Template };

void TestNetworkDocument::everyChangeSignals_data() {
    QTest::addColumn<int>("edit");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("add") << int(Edit::Add) << QByteArray(SIGNAL(blockAdded(int)));
    QTest::newRow("remove block") << int(Edit::Remove) << QByteArray(SIGNAL(blockRemoved(int)));
    QTest::newRow("remove wires") << int(Edit::Remove)
                                  << QByteArray(SIGNAL(wireRemoved(app::Wire)));
    QTest::newRow("move") << int(Edit::Move) << QByteArray(SIGNAL(blockMoved(int, QPointF)));
    QTest::newRow("property") << int(Edit::Property)
                              << QByteArray(SIGNAL(propertyChanged(int, QString, QString)));
    QTest::newRow("property shapes")
        << int(Edit::Property) << QByteArray(SIGNAL(analysisChanged()));
    QTest::newRow("connect") << int(Edit::Connect) << QByteArray(SIGNAL(wireAdded(app::Wire)));
    QTest::newRow("disconnect") << int(Edit::Disconnect)
                                << QByteArray(SIGNAL(wireRemoved(app::Wire)));
    QTest::newRow("template") << int(Edit::Template) << QByteArray(SIGNAL(graphReset()));
}

void TestNetworkDocument::everyChangeSignals() {
    QFETCH(int, edit);
    QFETCH(QByteArray, signal);
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const int spare = document.addBlock(BlockKind::Dropout, {});
    QSignalSpy spy(&document, signal.constData());
    QVERIFY(spy.isValid());
    switch (Edit(edit)) {
    case Edit::Add:
        document.addBlock(BlockKind::Dense, {});
        break;
    case Edit::Remove:
        document.removeBlocks({c.lstm});
        break;
    case Edit::Move:
        document.moveBlocks({c.lstm}, QPointF(5, 5));
        break;
    case Edit::Property:
        document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("8"));
        break;
    case Edit::Connect:
        document.connectPorts(Wire{c.lstm, 0, spare, 0});
        break;
    case Edit::Disconnect:
        document.disconnectWire(Wire{c.dense, 0, c.output, 0});
        break;
    case Edit::Template:
        document.applyTemplate(app::NetworkTemplates::find(QStringLiteral("gru"))->graph,
                               QStringLiteral("GRU"));
        break;
    }
    QVERIFY(spy.count() >= 1);
}

void TestNetworkDocument::validityFollowsTheLastWire() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    QVERIFY(document.isTrainable());
    QSignalSpy validity(&document, &NetworkDocument::validityChanged);
    QSignalSpy problems(&document, &NetworkDocument::problemsChanged);
    QVERIFY(document.disconnectWire(Wire{c.dense, 0, c.output, 0}));
    QCOMPARE(validity.count(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), false);
    QCOMPARE(problems.count(), 1);
    QVERIFY(!document.isTrainable());
    document.undoStack()->undo();
    QCOMPARE(validity.count(), 2);
    QCOMPARE(validity.at(1).at(0).toBool(), true);
    // A move changes no shape: nothing to signal about validity.
    document.moveBlocks({c.input}, QPointF(1, 1));
    QCOMPARE(validity.count(), 2);
}

void TestNetworkDocument::wireShapes_data() {
    QTest::addColumn<core::NetworkSpec>("spec");
    QTest::addColumn<BlockKind>("from");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shape");

    core::NetworkSpec perStep;
    perStep.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 32}};
    QTest::newRow("input") << perStep << BlockKind::Input << 0 << QStringLiteral("seq × 1");
    QTest::newRow("sequence") << perStep << BlockKind::Lstm << 0 << QStringLiteral("seq × 32");
    QTest::newRow("dense per step")
        << perStep << BlockKind::Dense << 0 << QStringLiteral("seq × 1");
    core::NetworkSpec bidirectional = perStep;
    bidirectional.layers[0].bidirectional = true;
    QTest::newRow("bidirectional")
        << bidirectional << BlockKind::Lstm << 0 << QStringLiteral("seq × 64");
    core::NetworkSpec perSequence = perStep;
    perSequence.outputMode = core::OutputMode::PerSequence;
    perSequence.outputSize = 3;
    QTest::newRow("final state") << perSequence << BlockKind::Lstm << 1 << QStringLiteral("32");
    QTest::newRow("dense per sequence")
        << perSequence << BlockKind::Dense << 0 << QStringLiteral("3");
    core::NetworkSpec tokens = perSequence;
    tokens.inputKind = core::InputKind::Tokens;
    tokens.inputSize = 27;
    tokens.embeddingSize = 16;
    QTest::newRow("tokens") << tokens << BlockKind::Input << 0
                            << QStringLiteral("seq × token of 27");
    QTest::newRow("embedded") << tokens << BlockKind::Embedding << 0 << QStringLiteral("seq × 16");
    core::NetworkSpec attention = bidirectional;
    attention.outputMode = core::OutputMode::PerSequence;
    attention.attention = core::AttentionKind::Dot;
    QTest::newRow("context") << attention << BlockKind::Attention << 0 << QStringLiteral("128");
    core::NetworkSpec s2s;
    s2s.inputKind = core::InputKind::Tokens;
    s2s.inputSize = 12;
    s2s.embeddingSize = 16;
    s2s.layers = {{core::CellKind::Gru, 64, true}};
    s2s.attention = core::AttentionKind::Additive;
    s2s.attentionSize = 8;
    s2s.outputSize = 12;
    s2s.outputMode = core::OutputMode::SequenceToSequence;
    s2s.decoderVocabulary = 13;
    s2s.decoderEmbeddingSize = 8;
    QTest::newRow("decoder") << s2s << BlockKind::Decoder << 0 << QStringLiteral("target × 128");
    QTest::newRow("decoder context")
        << s2s << BlockKind::Attention << 0 << QStringLiteral("target × 256");
    QTest::newRow("logits") << s2s << BlockKind::Dense << 0 << QStringLiteral("target × 12");
}

void TestNetworkDocument::wireShapes() {
    QFETCH(core::NetworkSpec, spec);
    QFETCH(BlockKind, from);
    QFETCH(int, port);
    QFETCH(QString, shape);
    const auto document = NetworkDocument::fromSpec(spec);
    QVERIFY2(document->isTrainable(), qPrintable(document->problems().value(0).message));
    int found = 0;
    for (const Wire& wire : document->graph().wires) {
        if (document->block(wire.fromBlock)->kind != from || wire.fromPort != port)
            continue;
        QCOMPARE(document->wireShapeText(wire), shape);
        ++found;
    }
    QCOMPARE(found, 1);
}

void TestNetworkDocument::parameterCountsInClosedForm_data() {
    QTest::addColumn<BlockKind>("kind");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    QTest::addColumn<qlonglong>("count");
    QTest::addColumn<qlonglong>("width"); // of the cell's outputs, what the dense layer reads
    // Input 3 features, 32 units: g·H·(I + H + 2) per direction and layer.
    QTest::newRow("rnn") << BlockKind::Rnn << QString() << QString() << 32LL * (3 + 32 + 2) << 32LL;
    QTest::newRow("lstm") << BlockKind::Lstm << QString() << QString() << 4LL * 32 * 37 << 32LL;
    QTest::newRow("gru") << BlockKind::Gru << QString() << QString() << 3LL * 32 * 37 << 32LL;
    QTest::newRow("peephole") << BlockKind::PeepholeLstm << QString() << QString()
                              << 4LL * 32 * 37 + 3 * 32 << 32LL;
    QTest::newRow("bidirectional") << BlockKind::Lstm << QStringLiteral("bidirectional")
                                   << QStringLiteral("true") << 2 * 4LL * 32 * 37 << 64LL;
    QTest::newRow("two layers") << BlockKind::Gru << QStringLiteral("layers") << QStringLiteral("2")
                                << 3LL * 32 * 37 + 3LL * 32 * (32 + 32 + 2) << 32LL;
    QTest::newRow("16 units") << BlockKind::Rnn << QStringLiteral("units") << QStringLiteral("16")
                              << 16LL * (3 + 16 + 2) << 16LL;
}

void TestNetworkDocument::parameterCountsInClosedForm() {
    QFETCH(BlockKind, kind);
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(qlonglong, count);
    QFETCH(qlonglong, width);
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document, 3, 32, 2);
    const int cell = fixtures::add(document, kind);
    if (!property.isEmpty())
        QVERIFY(document.setBlockProperty(cell, property, value));
    document.removeBlocks({c.lstm});
    fixtures::connect(document, c.input, 0, cell, 0);
    fixtures::connect(document, cell, 0, c.dense, 0);
    QVERIFY2(document.isTrainable(), qPrintable(document.problems().value(0).message));
    QCOMPARE(qlonglong(document.parameterCount(cell)), count);
    QCOMPARE(qlonglong(document.parameterCount(c.dense)), 2 * (width + 1));
    QCOMPARE(qlonglong(document.parameterCount(c.input)), 0LL);
    QCOMPARE(qlonglong(document.totalParameterCount()), count + 2 * (width + 1));
}

void TestNetworkDocument::connectionProblems_data() {
    QTest::addColumn<Wire>("wire");
    QTest::addColumn<QString>("problem");
    // Blocks 1 input, 2 LSTM, 3 dense, 4 output, 5 dropout (unwired).
    QTest::newRow("free") << Wire{2, 0, 5, 0} << QString();
    QTest::newRow("fan out") << Wire{2, 1, 5, 0} << QString();
    QTest::newRow("taken") << Wire{5, 0, 3, 0} << QStringLiteral("has one already");
    QTest::newRow("no block") << Wire{9, 0, 5, 0} << QStringLiteral("no such block");
    QTest::newRow("no output port") << Wire{2, 2, 5, 0} << QStringLiteral("no such output port");
    QTest::newRow("no input port") << Wire{2, 0, 5, 1} << QStringLiteral("no such input port");
    QTest::newRow("itself") << Wire{5, 0, 5, 0} << QStringLiteral("cannot feed itself");
}

void TestNetworkDocument::connectionProblems() {
    QFETCH(Wire, wire);
    QFETCH(QString, problem);
    NetworkDocument document;
    fixtures::perStepChain(document);
    QCOMPARE(document.addBlock(BlockKind::Dropout, {}), 5);
    const QString found = document.connectionProblem(wire);
    QVERIFY2(problem.isEmpty() ? found.isEmpty() : found.contains(problem), qPrintable(found));
    const int wires = int(document.graph().wires.size());
    QCOMPARE(document.connectPorts(wire), problem.isEmpty());
    QCOMPARE(int(document.graph().wires.size()), wires + (problem.isEmpty() ? 1 : 0));
}

void TestNetworkDocument::lockedDocumentRefusesEdits() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    const app::NetworkGraph before = document.graph();
    const int steps = document.undoStack()->count();
    QSignalSpy locked(&document, &NetworkDocument::editingLockedChanged);
    document.setEditingLocked(true);
    QCOMPARE(locked.count(), 1);
    QCOMPARE(document.addBlock(BlockKind::Lstm, {}), 0);
    QVERIFY(!document.removeBlocks({c.lstm}));
    QVERIFY(!document.moveBlocks({c.lstm}, QPointF(1, 0)));
    QVERIFY(!document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("4")));
    QVERIFY(!document.disconnectWire(Wire{c.dense, 0, c.output, 0}));
    std::unique_ptr<QMimeData> mime(document.copy(document.blockIds()));
    QVERIFY(document.paste(mime.get(), QPointF(0, 0)).isEmpty());
    QCOMPARE(document.graph(), before);
    QCOMPARE(document.undoStack()->count(), steps);
    document.setEditingLocked(false);
    QVERIFY(document.moveBlocks({c.lstm}, QPointF(1, 0)));
}

void TestNetworkDocument::diagramRoundTripIsLossless_data() {
    QTest::addColumn<app::NetworkGraph>("graph");
    for (const app::NetworkTemplate& t : app::NetworkTemplates::all())
        QTest::newRow(qPrintable(t.id)) << t.graph;
    // Edited by hand: odd places, a property unset, one set to a bad value, a loose block.
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    document.moveBlocks({c.lstm}, QPointF(0.125, -7.5e-3));
    document.setBlockProperty(c.lstm, QStringLiteral("units"), QStringLiteral("x"));
    document.setBlockProperty(c.lstm, QStringLiteral("forget-bias"), QStringLiteral("1.5"));
    document.addBlock(BlockKind::Attention, QPointF(1e6, -3));
    QTest::newRow("edited") << document.graph();
}

void TestNetworkDocument::diagramRoundTripIsLossless() {
    QFETCH(app::NetworkGraph, graph);
    const session::NetworkDiagram diagram = app::DiagramConversion::toDiagram(graph);
    QCOMPARE(diagram.blocks.size(), size_t(graph.blocks.size()));
    QCOMPARE(diagram.wires.size(), size_t(graph.wires.size()));
    QString error;
    const std::optional<app::NetworkGraph> back =
        app::DiagramConversion::fromDiagram(diagram, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, graph);
}

void TestNetworkDocument::diagramWithUnknownKindIsRefused() {
    session::NetworkDiagram diagram;
    diagram.blocks.push_back({1, "lstm", {}, 0, 0});
    diagram.blocks.push_back({2, "transformer", {}, 0, 0});
    QString error;
    QVERIFY(!app::DiagramConversion::fromDiagram(diagram, &error));
    QVERIFY2(error.contains(QStringLiteral("transformer")), qPrintable(error));
    diagram.blocks.pop_back();
    diagram.wires.push_back({1, 0, 3, 0});
    QVERIFY(!app::DiagramConversion::fromDiagram(diagram, &error));
    QVERIFY2(error.contains(QStringLiteral("3")), qPrintable(error));
}

void TestNetworkDocument::sessionWithoutDiagramIsLaidOutFromItsSpec() {
    session::Session saved;
    saved.spec.inputSize = 2;
    saved.spec.layers = {{core::CellKind::Gru, 12}, {core::CellKind::Rnn, 5}};
    saved.spec.outputMode = core::OutputMode::PerSequence;
    NetworkDocument document;
    document.resetGraph(app::DiagramConversion::graphOf(saved));
    QVERIFY(document.isTrainable());
    QCOMPARE(fixtures::specDifference(document.compiled()->spec, saved.spec), QString());
    // With a diagram, the diagram wins.
    saved.diagram = app::DiagramConversion::toDiagram(
        app::NetworkTemplates::find(QStringLiteral("rnn"))->graph);
    QCOMPARE(app::DiagramConversion::graphOf(saved),
             app::NetworkTemplates::find(QStringLiteral("rnn"))->graph);
}

void TestNetworkDocument::pasteGivesNewIdsAndOffsets() {
    NetworkDocument document;
    fixtures::perStepChain(document);
    const app::NetworkGraph original = document.graph();
    std::unique_ptr<QMimeData> mime(document.copy(document.blockIds())); // select all, copy
    QVERIFY(mime->hasFormat(app::BlockClipboard::mimeType()));
    const int steps = document.undoStack()->count();
    const QList<int> pasted = document.paste(mime.get(), QPointF(30, 40));
    QCOMPARE(pasted.size(), original.blocks.size());
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.graph().blocks.size(), 2 * original.blocks.size());
    QCOMPARE(document.graph().wires.size(), 2 * original.wires.size());
    for (qsizetype i = 0; i < pasted.size(); ++i) {
        QVERIFY(!original.block(pasted[i])); // a new id
        const app::Block& copy = *document.block(pasted[i]);
        QCOMPARE(copy.kind, original.blocks[i].kind);
        QCOMPARE(copy.properties, original.blocks[i].properties);
        QCOMPARE(copy.position, original.blocks[i].position + QPointF(30, 40));
    }
    for (const Wire& wire : document.graph().wires.mid(original.wires.size())) {
        QVERIFY(pasted.contains(wire.fromBlock));
        QVERIFY(pasted.contains(wire.toBlock));
    }
    // Two networks now: two inputs, which the core cannot build.
    QVERIFY(!document.isTrainable());
    document.undoStack()->undo();
    QCOMPARE(document.graph(), original);
}

void TestNetworkDocument::pasteIgnoresForeignData() {
    NetworkDocument document;
    QMimeData text;
    text.setText(QStringLiteral("{\"blocks\": []}"));
    QVERIFY(document.paste(&text, {}).isEmpty());
    QMimeData broken;
    broken.setData(app::BlockClipboard::mimeType(),
                   "{\"blocks\": [{\"id\": 1, \"kind\": \"cnn\"}]}");
    QVERIFY(document.paste(&broken, {}).isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestNetworkDocument::deleteSelectionTakesItsWires() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    QVERIFY(document.removeBlocks({c.lstm, c.dense}));
    QCOMPARE(document.blockIds(), (QList<int>{c.input, c.output}));
    QVERIFY(document.graph().wires.isEmpty());
    QVERIFY(!document.removeBlocks({c.lstm})); // gone already
}

QTEST_GUILESS_MAIN(TestNetworkDocument)
#include "tst_network_document.moc"
