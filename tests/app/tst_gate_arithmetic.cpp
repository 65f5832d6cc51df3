// GateArithmetic redoes each gate from the weights: its values must be the core's own trace.
#include "app/views/gate_arithmetic.h"
#include "probe_fixtures.h"

#include <QtTest>
#include <cmath>

using probe_fixtures::randomNetwork;

class TestGateArithmetic : public QObject {
    Q_OBJECT

private slots:
    void matchesTheCoreTrace_data();
    void matchesTheCoreTrace();
    void tokenInputReadsTheEmbedding();
    void termsAddUpAndListTheLargestProducts();
    void otherWeightsGiveOtherValues();
    void decoderAndStridedTracesAreExplained();
};

void TestGateArithmetic::matchesTheCoreTrace_data() {
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<bool>("relu");
    QTest::addColumn<int>("equationsPerStep");
    QTest::newRow("lstm") << int(core::CellKind::Lstm) << 1 << false << false << 6;
    QTest::newRow("peephole") << int(core::CellKind::PeepholeLstm) << 1 << false << false << 6;
    QTest::newRow("gru") << int(core::CellKind::Gru) << 1 << false << false << 4;
    QTest::newRow("rnn tanh") << int(core::CellKind::Rnn) << 1 << false << false << 1;
    QTest::newRow("rnn relu") << int(core::CellKind::Rnn) << 1 << false << true << 1;
    QTest::newRow("2 bidirectional lstm") << int(core::CellKind::Lstm) << 2 << true << false << 6;
    QTest::newRow("2 gru") << int(core::CellKind::Gru) << 2 << false << false << 4;
}

void TestGateArithmetic::matchesTheCoreTrace() {
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, bidirectional);
    QFETCH(bool, relu);
    QFETCH(int, equationsPerStep);
    const auto network = randomNetwork(core::CellKind(cell), 5, layers, bidirectional, 3,
                                       relu ? core::Activation::Relu : core::Activation::Tanh);
    const auto input = probe_fixtures::randomSequence(7, 3);
    const auto trace = probe_fixtures::traceOf(network, input);
    const app::GateArithmetic arithmetic(network, input, trace);
    QCOMPARE(trace->layers.size(), std::size_t(layers * (bidirectional ? 2 : 1)));
    int compared = 0;
    for (int layer = 0; layer < int(trace->layers.size()); ++layer) {
        QVERIFY2(arithmetic.unavailableReason(layer).isEmpty(),
                 qPrintable(arithmetic.unavailableReason(layer)));
        for (core::Index t = 0; t < trace->steps; ++t)
            for (core::Index unit = 0; unit < 5; ++unit) {
                const auto equations = arithmetic.equations(layer, unit, t);
                QCOMPARE(int(equations.size()), equationsPerStep);
                for (const app::GateEquation& e : equations) {
                    QVERIFY2(std::abs(e.value - e.traced) < 1e-5,
                             qPrintable(QStringLiteral("layer %1 %2 unit %3 step %4: %5 vs %6")
                                            .arg(layer)
                                            .arg(e.name)
                                            .arg(unit)
                                            .arg(t)
                                            .arg(e.value)
                                            .arg(e.traced)));
                    ++compared;
                }
            }
    }
    QCOMPARE(compared, int(trace->layers.size()) * 7 * 5 * equationsPerStep);
    if (bidirectional) { // the reverse direction's previous state is the next step's
        QCOMPARE(arithmetic.equations(1, 0, 3)[0].terms[1].symbol, QStringLiteral("U_i·h_{t+1}"));
        QCOMPARE(arithmetic.equations(0, 0, 3)[0].terms[1].symbol, QStringLiteral("U_i·h_{t−1}"));
    }
}

void TestGateArithmetic::tokenInputReadsTheEmbedding() {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = 6;
    spec.embeddingSize = 4;
    spec.layers.push_back({core::CellKind::Lstm, 3, false, core::Activation::Tanh, 0.0});
    spec.outputSize = 6;
    core::Network<double> network(spec);
    for (core::Index k = 0; k < network.values().size(); ++k)
        network.values()[k] = std::sin(double(k) * 1.7);
    core::SequenceBatch<double> input;
    input.steps = 5;
    input.batch = 1;
    input.tokens = {1, 4, 0, 5, 2};
    const auto trace = probe_fixtures::traceOf(network, input);
    const app::GateArithmetic arithmetic(network, input, trace);
    for (core::Index t = 0; t < 5; ++t)
        for (const app::GateEquation& e : arithmetic.equations(0, 2, t))
            QVERIFY(std::abs(e.value - e.traced) < 1e-5);
    QCOMPARE(arithmetic.equations(0, 2, 4).size(), std::size_t(6));
}

void TestGateArithmetic::termsAddUpAndListTheLargestProducts() {
    const auto network = randomNetwork(core::CellKind::Lstm, 12, 1, false, 10);
    const auto input = probe_fixtures::randomSequence(4, 10);
    const auto trace = probe_fixtures::traceOf(network, input);
    const auto equations = app::GateArithmetic(network, input, trace).equations(0, 3, 2);
    const app::GateEquation& forget = equations[1];
    QCOMPARE(forget.name, QStringLiteral("f"));
    QCOMPARE(forget.terms.size(), std::size_t(3));
    QCOMPARE(forget.terms[0].symbol, QStringLiteral("W_f·x_t"));
    QCOMPARE(forget.terms[1].symbol, QStringLiteral("U_f·h_{t−1}"));
    double sum = 0;
    for (const auto& term : forget.terms)
        sum += term.value;
    QVERIFY(std::abs(sum - forget.preActivation) < 1e-12);
    QVERIFY(std::abs(1.0 / (1.0 + std::exp(-sum)) - forget.value) < 1e-12);
    // The recurrent term lists its 8 largest products of 12, largest first.
    const auto& products = forget.terms[1].contributions;
    QCOMPARE(int(products.size()), app::GateArithmetic::kContributions);
    for (std::size_t k = 1; k < products.size(); ++k)
        QVERIFY(std::abs(products[k - 1].product) >= std::abs(products[k].product));
    const auto weights = network.parameter("rnn.weight_hh_l0");
    const auto& top = products.front();
    QCOMPARE(top.weight, weights(12 + 3, top.index)); // block f, unit 3
    QCOMPARE(top.value, double(trace->layers[0].hidden(1, top.index)));
    QCOMPARE(top.product, top.weight * top.value);
}

void TestGateArithmetic::otherWeightsGiveOtherValues() {
    auto network = randomNetwork(core::CellKind::Gru, 4);
    const auto input = probe_fixtures::randomSequence(5, 3);
    const auto trace = probe_fixtures::traceOf(network, input);
    network.parameter("rnn.bias_ih_l0")(4 + 1, 0) += 0.5; // z of unit 1
    const auto equations = app::GateArithmetic(network, input, trace).equations(0, 1, 3);
    QCOMPARE(equations[1].name, QStringLiteral("z"));
    QVERIFY(std::abs(equations[1].value - equations[1].traced) > 1e-3);
    QVERIFY(std::abs(equations[0].value - equations[0].traced) < 1e-5); // r untouched
}

void TestGateArithmetic::decoderAndStridedTracesAreExplained() {
    const auto network = randomNetwork(core::CellKind::Rnn, 3);
    const auto input = probe_fixtures::randomSequence(4, 3);
    auto strided = std::make_shared<session::ProbeTrace>(*probe_fixtures::traceOf(network, input));
    strided->stride = 2;
    const app::GateArithmetic arithmetic(network, input, strided);
    QVERIFY(!arithmetic.unavailableReason(0).isEmpty());
    QVERIFY(arithmetic.equations(0, 0, 1).empty());
    QVERIFY(!arithmetic.unavailableReason(3).isEmpty());
    QVERIFY(!app::GateArithmetic().unavailableReason(0).isEmpty());
}

QTEST_MAIN(TestGateArithmetic)
#include "tst_gate_arithmetic.moc"
