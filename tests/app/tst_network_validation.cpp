// Validation as the learner edits: each kind of impossible network gives its message, in words,
// on the block at fault (or the wire), and the document is not trainable while it stands.
#include "app/document/network_document.h"
#include "app/document/network_templates.h"
#include "data/task_registry.h"
#include "network_fixtures.h"

#include <QSignalSpy>
#include <QtTest>
#include <functional>
#include <map>
#include <memory>

using app::BlockKind;
using app::NetworkDocument;
using app::Wire;
using fixtures::add;
using fixtures::connect;

namespace {

QString text(const char* s) {
    return QString::fromUtf8(s);
}

/** What an impossible network is expected to say: on which block, and the words. */
struct Case {
    const char* name;
    /** Builds the network; returns the block expected to carry the problem (0: the network). */
    std::function<int(NetworkDocument&)> build;
    const char* message;           ///< a part of the problem's words
    const char* task = nullptr;    ///< the task it is checked against, if any
    std::optional<Wire> wire = {}; ///< the wire expected on the problem, if any
    bool onlyThere = true;         ///< no other block says the same (a cycle has several)
};

int attentionWithoutKeys(NetworkDocument& d) {
    const int input = add(d, BlockKind::Input), lstm = add(d, BlockKind::Lstm);
    const int attention = add(d, BlockKind::Attention), dense = add(d, BlockKind::Dense);
    const int output = add(d, BlockKind::Output);
    connect(d, input, 0, lstm, 0);
    connect(d, lstm, 1, attention, 1);
    connect(d, attention, 0, dense, 0);
    connect(d, dense, 0, output, 0);
    return attention;
}

int attentionOnAVector(NetworkDocument& d) {
    const int attention = attentionWithoutKeys(d);
    connect(d, d.graph().wiresInto(attention, 1).front().fromBlock, 1, attention, 0);
    return attention;
}

/** The chain with a second recurrent block between the first and the dense layer. */
int secondLayer(NetworkDocument& d, const fixtures::Chain& c, BlockKind kind,
                const QMap<QString, QString>& properties = {}) {
    const int second = add(d, kind, properties);
    d.disconnectWire(Wire{c.lstm, 0, c.dense, 0});
    connect(d, c.lstm, 0, second, 0);
    connect(d, second, 0, c.dense, 0);
    return second;
}

int cycle(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    const int second = add(d, BlockKind::Gru);
    d.disconnectWire(Wire{c.input, 0, c.lstm, 0});
    connect(d, second, 0, c.lstm, 0);
    connect(d, c.lstm, 1, second, 0);
    connect(d, c.input, 0, add(d, BlockKind::Rnn), 0);
    return second;
}

int dangling(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    const int dropout = add(d, BlockKind::Dropout);
    connect(d, c.lstm, 0, dropout, 0);
    return dropout;
}

int missingConnection(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    d.disconnectWire(Wire{c.dense, 0, c.output, 0});
    return c.output;
}

int finalStateAsSequence(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    const int second = add(d, BlockKind::Lstm);
    d.disconnectWire(Wire{c.lstm, 0, c.dense, 0});
    connect(d, c.lstm, 1, second, 0); // a final state is no sequence
    connect(d, second, 0, c.dense, 0);
    return second;
}

int tokensIntoRecurrent(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    d.setBlockProperty(c.input, QStringLiteral("input"), QStringLiteral("tokens"));
    return c.lstm;
}

int attentionWidths(NetworkDocument& d) {
    const int attention = attentionWithoutKeys(d);
    const int lstm = d.graph().wiresInto(attention, 1).front().fromBlock;
    const int narrow = add(d, BlockKind::Gru, {{QStringLiteral("units"), QStringLiteral("8")}});
    connect(d, lstm, 0, narrow, 0);
    connect(d, narrow, 0, attention, 0);
    return attention;
}

int property(NetworkDocument& d, bool onLstm, const char* name, const char* value) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    const int block = onLstm ? c.lstm : c.output;
    d.setBlockProperty(block, QLatin1String(name), QLatin1String(value));
    return block;
}

int reluInSecondLayer(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    return secondLayer(d, c, BlockKind::Gru,
                       {{QStringLiteral("layers"), QStringLiteral("3")},
                        {QStringLiteral("activation"), QStringLiteral("relu")}});
}

int badAttentionSize(NetworkDocument& d) {
    const int attention = attentionWithoutKeys(d);
    connect(d, d.graph().wiresInto(attention, 1).front().fromBlock, 0, attention, 0);
    d.setBlockProperty(attention, QStringLiteral("size"), QStringLiteral("0"));
    return attention;
}

int twoOutputs(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    const int dense = add(d, BlockKind::Dense), output = add(d, BlockKind::Output);
    connect(d, c.lstm, 1, dense, 0);
    connect(d, dense, 0, output, 0);
    return output;
}

int fanOut(NetworkDocument& d) {
    const int attention = attentionWithoutKeys(d);
    const int lstm = d.graph().wiresInto(attention, 1).front().fromBlock;
    const int other = add(d, BlockKind::Lstm);
    d.disconnectWire(Wire{lstm, 1, attention, 1});
    connect(d, lstm, 0, attention, 0);
    connect(d, lstm, 0, other, 0);
    connect(d, other, 1, attention, 1);
    return lstm;
}

int queryFromElsewhere(NetworkDocument& d) {
    const int attention = attentionWithoutKeys(d);
    const int lstm = d.graph().wiresInto(attention, 1).front().fromBlock;
    const int other = add(d, BlockKind::Lstm);
    connect(d, lstm, 0, other, 0);
    connect(d, other, 0, attention, 0);
    return attention;
}

int initializersDisagree(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    return secondLayer(d, c, BlockKind::Lstm,
                       {{QStringLiteral("initializer"), QStringLiteral("xavier")}});
}

int badDropout(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    return secondLayer(d, c, BlockKind::Dropout, {{QStringLiteral("rate"), QStringLiteral("1.5")}});
}

int perSequence(NetworkDocument& d) {
    const fixtures::Chain c = fixtures::perStepChain(d);
    d.disconnectWire(Wire{c.lstm, 0, c.dense, 0});
    connect(d, c.lstm, 1, c.dense, 0);
    return c.output;
}

/** The task's recommended network with a decoder that reads too few kinds of token. */
int wrongDecoderVocabulary(NetworkDocument& d) {
    d.resetGraph(app::NetworkTemplates::forTask(*d.task()).graph);
    for (const app::Block& block : d.graph().blocks)
        if (block.kind == BlockKind::Decoder) {
            d.setBlockProperty(block.id, QStringLiteral("vocabulary"), QStringLiteral("5"));
            return block.id;
        }
    return -1;
}

const QList<Case>& cases() {
    using namespace std::placeholders;
    static const QList<Case> all{
        {"cycle", cycle, "part of a cycle", nullptr, std::nullopt, false},
        {"dangling block", dangling, "dangling block: nothing reads its output"},
        {"missing connection", missingConnection,
         "missing connection: the “in” port is not connected"},
        {"shape mismatch", finalStateAsSequence,
         "shape mismatch: the “sequence” port takes a sequence of features, the wire brings 32",
         nullptr, Wire{2, 1, 5, 0}},
        {"tokens into a recurrent layer", tokensIntoRecurrent, "the wire brings seq × token of 1"},
        {"attention without keys", attentionWithoutKeys, "attention needs a sequence to attend to"},
        {"attention on a vector", attentionOnAVector,
         "attention needs a sequence to attend to, its “keys” port gets 32"},
        {"attention widths", attentionWidths,
         "the query (32) and the keys (seq × 8) must be equally wide"},
        {"core: relu lstm", std::bind(property, _1, true, "activation", "relu"),
         "the core cannot build this network: layer 1: only a plain RNN takes the ReLU"},
        {"core: relu in layer 2", reluInSecondLayer, "layer 2: only a plain RNN"},
        {"core: two outputs", twoOutputs, "a network has one output block"},
        {"core: fan out", fanOut, "the “sequence” output feeds 2 blocks"},
        {"core: query from elsewhere", queryFromElsewhere,
         "attention's query is the final state of the layer whose sequence it reads"},
        {"initializers disagree", initializersDisagree,
         "this block's initializer “xavier” differs from “pytorch” above"},
        {"bad units", std::bind(property, _1, true, "units", "-3"),
         "“units” must be a whole number of at least 1, not “-3”"},
        {"bad attention size", badAttentionSize,
         "“size” must be a whole number of at least 1, not “0”"},
        {"bad dropout", badDropout, "“rate” must be a number in [0, 1), not “1.5”"},
        {"empty", [](NetworkDocument&) { return 0; }, "the network has no input block"},
        {"task: inputs", [](NetworkDocument& d) { return fixtures::perStepChain(d, 2).input; },
         "this does not fit the task: the task sine has 1 inputs per step, the network reads 2",
         "sine"},
        {"task: outputs",
         [](NetworkDocument& d) { return fixtures::perStepChain(d, 1, 32, 4).output; },
         "the task sine needs 1 outputs, the network makes 4", "sine"},
        {"task: per sequence", perSequence,
         "needs per-step outputs, the network makes per-sequence ones", "sine"},
        {"task: decoder vocabulary", wrongDecoderVocabulary,
         "the task dates feeds the decoder 12 kinds of token, the decoder reads 5", "dates"},
        {"task: loss", std::bind(property, _1, false, "loss", "cross-entropy"),
         "the task sine is trained with the mse loss, the output uses cross-entropy", "sine"},
    };
    return all;
}

} // namespace

class TestNetworkValidation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aWiredChainIsTrainable();
    void impossibleNetworks_data();
    void impossibleNetworks();
    void aTaskChangesTheVerdict();

private:
    std::map<std::string, std::unique_ptr<data::Task>> m_tasks;
};

void TestNetworkValidation::initTestCase() {
    const data::TaskOptions small{{"train-size", "50"}, {"eval-size", "10"}};
    for (const char* name : {"sine", "dates"})
        m_tasks[name] = data::TaskRegistry::builtIn().make(name, small, 1);
}

void TestNetworkValidation::aWiredChainIsTrainable() {
    NetworkDocument document;
    document.setTask(m_tasks.at("sine").get());
    fixtures::perStepChain(document);
    QVERIFY2(document.problems().isEmpty(), qPrintable(document.problems().value(0).message));
    QVERIFY(document.isTrainable());
    QVERIFY(document.compiled().has_value());
}

void TestNetworkValidation::impossibleNetworks_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << i;
}

void TestNetworkValidation::impossibleNetworks() {
    QFETCH(int, index);
    const Case& c = cases()[index];
    NetworkDocument document;
    if (c.task)
        document.setTask(m_tasks.at(c.task).get());
    const int culprit = c.build(document);
    QVERIFY(!document.isTrainable());
    QVERIFY(!document.compiled());
    const QString expected = text(c.message);
    bool found = false;
    QStringList said;
    for (const app::GraphProblem& problem : document.problemsOf(culprit)) {
        said << problem.message;
        if (problem.message.contains(expected)) {
            found = true;
            if (c.wire)
                QCOMPARE(problem.wire, c.wire);
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("on block %1: %2 (all: %3)")
                                   .arg(culprit)
                                   .arg(said.join(QStringLiteral(" | ")))
                                   .arg(document.problems().size())));
    // The words are on the culprit only.
    for (const app::GraphProblem& problem : document.problems())
        if (c.onlyThere && problem.blockId != culprit)
            QVERIFY2(!problem.message.contains(expected), qPrintable(problem.message));
}

void TestNetworkValidation::aTaskChangesTheVerdict() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document, 3);
    QVERIFY(document.isTrainable());
    QSignalSpy validity(&document, &NetworkDocument::validityChanged);
    document.setTask(m_tasks.at("sine").get());
    QCOMPARE(validity.count(), 1);
    QVERIFY(!document.isTrainable());
    QCOMPARE(document.problems().size(), 1);
    QCOMPARE(document.problems().front().blockId, c.input);
    document.setBlockProperty(c.input, QStringLiteral("size"), QStringLiteral("1"));
    QVERIFY(document.isTrainable());
    QCOMPARE(validity.count(), 2);
    document.setTask(nullptr);
    QVERIFY(document.isTrainable());
}

QTEST_GUILESS_MAIN(TestNetworkValidation)
#include "tst_network_validation.moc"
