// app::BlockClipboard: a selection survives the clipboard's JSON exactly; anything that is not a
// selection of ours reads as nothing.
#include "app/document/block_clipboard.h"
#include "app/document/network_templates.h"

#include <QMimeData>
#include <QtTest>
#include <memory>

class TestBlockClipboard : public QObject {
    Q_OBJECT

private slots:
    void selectionRoundTrips();
    void mimeDataCarriesOurType();
    void refusesWhatIsNoSelection_data();
    void refusesWhatIsNoSelection();
};

void TestBlockClipboard::selectionRoundTrips() {
    app::NetworkGraph graph = app::NetworkTemplates::find(QStringLiteral("encoder-decoder"))->graph;
    graph.blocks[1].position = QPointF(-0.1, 1e-9);
    graph.blocks[2].properties.remove(QStringLiteral("units")); // unset: the default applies
    graph.blocks[2].properties.insert(QStringLiteral("forget-bias"), QStringLiteral("é 1,5"));
    const std::optional<app::NetworkGraph> back =
        app::BlockClipboard::fromJson(app::BlockClipboard::toJson(graph));
    QVERIFY(back);
    QCOMPARE(*back, graph);
}

void TestBlockClipboard::mimeDataCarriesOurType() {
    const app::NetworkGraph graph = app::NetworkTemplates::find(QStringLiteral("gru"))->graph;
    std::unique_ptr<QMimeData> mime(app::BlockClipboard::toMimeData(graph));
    QCOMPARE(mime->formats(), QStringList{app::BlockClipboard::mimeType()});
    QCOMPARE(app::BlockClipboard::fromMimeData(mime.get()), graph);
    QVERIFY(!app::BlockClipboard::fromMimeData(nullptr));
}

void TestBlockClipboard::refusesWhatIsNoSelection_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("blocks: lstm");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("unknown kind") << QByteArray(R"({"blocks": [{"id": 1, "kind": "cnn"}]})");
    QTest::newRow("no id") << QByteArray(R"({"blocks": [{"kind": "lstm"}]})");
    QTest::newRow("same id twice")
        << QByteArray(R"({"blocks": [{"id": 2, "kind": "lstm"}, {"id": 2, "kind": "gru"}]})");
    QTest::newRow("wire to nowhere") << QByteArray(R"({"blocks": [{"id": 1, "kind": "lstm"}],
                          "wires": [{"fromBlock": 1, "fromPort": 0, "toBlock": 2, "toPort": 0}]})");
}

void TestBlockClipboard::refusesWhatIsNoSelection() {
    QFETCH(QByteArray, json);
    QVERIFY(!app::BlockClipboard::fromJson(json));
    // The same blocks without the fault read fine: the row fails for its fault alone.
    QVERIFY(app::BlockClipboard::fromJson(R"({"blocks": [{"id": 1, "kind": "lstm"}]})"));
}

QTEST_GUILESS_MAIN(TestBlockClipboard)
#include "tst_block_clipboard.moc"
