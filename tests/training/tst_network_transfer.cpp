// NetworkTransfer: taken layers keep the saved weights, shared symbols keep their embedding and
// head rows (by symbol, not by id), what is new keeps its initial values, and every shape that
// does not fit is refused with a message naming the layer and both shapes.
#include "core/network_initializer.h"
#include "data/task_registry.h"
#include "training/network_transfer.h"
#include "training/session_file.h"

#include <QTest>
#include <algorithm>

using core::CellKind;
using core::Index;
using core::NetworkSpec;
using core::RecurrentLayerSpec;
using training::NetworkTransfer;

namespace {

NetworkSpec tokens(Index vocabulary, Index embedding, std::vector<RecurrentLayerSpec> layers) {
    NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = vocabulary;
    spec.embeddingSize = embedding;
    spec.layers = std::move(layers);
    spec.outputSize = vocabulary;
    return spec;
}

NetworkSpec features(Index inputs, std::vector<RecurrentLayerSpec> layers) {
    NetworkSpec spec;
    spec.inputSize = inputs;
    spec.layers = std::move(layers);
    spec.outputSize = 1;
    return spec;
}

/** Weights 0.001·k + 1: every element distinct and far from what the initializer draws. */
core::Vector<float> distinctWeights(const NetworkSpec& spec) {
    const core::Network<float> network(spec);
    core::Vector<float> w(network.parameterCount());
    for (Index k = 0; k < w.size(); ++k)
        w[k] = 1.0f + 0.001f * float(k);
    return w;
}

core::Network<double> initialised(const NetworkSpec& spec, std::uint64_t seed) {
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), seed);
    return network;
}

} // namespace

class TestNetworkTransfer : public QObject {
    Q_OBJECT

private slots:
    void sharedSymbolsKeepTheirRows() {
        const NetworkSpec savedSpec = tokens(4, 3, {{CellKind::Lstm, 5}});
        const core::Vector<float> weights = distinctWeights(savedSpec);
        core::Network<float> saved(savedSpec);
        saved.values() = weights;
        NetworkTransfer::Plan plan;
        plan.savedSymbols = {"a", "b", "c", "d"};
        plan.targetSymbols = {"b", "x", "a"}; // b was 1, a was 0, x is new
        plan.seed = 5;
        const NetworkSpec target =
            NetworkTransfer::targetSpec(savedSpec, -1, {}, tokens(3, 8, {{CellKind::Gru, 2}}));
        QCOMPARE(target.embeddingSize, Index(3)); // the saved embedding's width
        QCOMPARE(target.layers.size(), std::size_t(1));
        QCOMPARE(target.layers[0].cell, CellKind::Lstm);
        NetworkTransfer::Report report;
        const core::Network<double> out =
            NetworkTransfer::build(savedSpec, weights, target, plan, &report);
        const core::Network<double> fresh = initialised(target, 5);
        const auto check = [&](const std::string& name, Index row, Index savedRow) {
            const auto got = out.parameter(name).row(row);
            if (savedRow >= 0)
                return got == saved.parameter(name).row(savedRow).cast<double>();
            return got == fresh.parameter(name).row(row);
        };
        for (const std::string name : {"embedding.weight", "head.weight", "head.bias"}) {
            QVERIFY2(check(name, 0, 1), name.c_str());
            QVERIFY2(check(name, 1, -1), name.c_str());
            QVERIFY2(check(name, 2, 0), name.c_str());
        }
        for (const std::string name :
             {"rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0", "rnn.bias_hh_l0"})
            QVERIFY(out.parameter(name) == saved.parameter(name).cast<double>());
        QCOMPARE(report.sharedSymbols, 2);
        QCOMPARE(report.lines.front(),
                 std::string("embedding: 2 of 3 symbols taken, the others new"));
    }

    void takenLayersThenNewOnes() {
        const NetworkSpec savedSpec = features(2, {{CellKind::Gru, 4}, {CellKind::Lstm, 3, true}});
        const core::Vector<float> weights = distinctWeights(savedSpec);
        core::Network<float> saved(savedSpec);
        saved.values() = weights;
        const NetworkSpec target = NetworkTransfer::targetSpec(savedSpec, 1, {{CellKind::Rnn, 6}},
                                                               features(2, {{CellKind::Lstm, 9}}));
        QCOMPARE(target.layers.size(), std::size_t(2));
        QCOMPARE(target.layers[1].cell, CellKind::Rnn);
        NetworkTransfer::Plan plan;
        plan.takeLayers = 1;
        plan.seed = 9;
        const core::Network<double> out = NetworkTransfer::build(savedSpec, weights, target, plan);
        const core::Network<double> fresh = initialised(target, 9);
        QVERIFY(out.parameter("rnn.weight_hh_l0") ==
                saved.parameter("rnn.weight_hh_l0").cast<double>());
        QVERIFY(out.parameter("rnn.weight_hh_l1") == fresh.parameter("rnn.weight_hh_l1"));
        QVERIFY(out.parameter("head.weight") == fresh.parameter("head.weight"));
    }

    void incompatibleTransfersAreExplained_data() {
        QTest::addColumn<NetworkSpec>("saved");
        QTest::addColumn<NetworkSpec>("target");
        QTest::addColumn<int>("take");
        QTest::addColumn<QString>("message");
        const NetworkSpec two = features(1, {{CellKind::Lstm, 32}, {CellKind::Lstm, 16}});
        QTest::newRow("input width") << two << features(3, {{CellKind::Lstm, 32}}) << 1
                                     << "layer 0 expects input 3 but the saved layer 0 has 1";
        QTest::newRow("units") << two << features(1, {{CellKind::Lstm, 64}, {CellKind::Lstm, 16}})
                               << 2 << "layer 0 has 64 units but the saved layer 0 has 32";
        QTest::newRow("cell") << two << features(1, {{CellKind::Lstm, 32}, {CellKind::Gru, 16}})
                              << 2 << "layer 1 is a GRU but the saved layer 1 is an LSTM";
        QTest::newRow("direction") << two << features(1, {{CellKind::Lstm, 32, true}}) << 1
                                   << "layer 0 is bidirectional but the saved layer 0 is not";
        QTest::newRow("too many") << two << features(1, {{CellKind::Lstm, 32}}) << 3
                                  << "the saved network has 2 recurrent layer(s): it cannot give 3";
        QTest::newRow("too few in the target")
            << two << features(1, {{CellKind::Lstm, 32}}) << 2
            << "the new network has 1 recurrent layer(s): it cannot take 2 saved ones";
        QTest::newRow("tokens into features")
            << tokens(10, 4, {{CellKind::Lstm, 32}}) << features(1, {{CellKind::Lstm, 32}}) << 1
            << "the new network reads features but the saved network reads tokens";
        QTest::newRow("embedding")
            << tokens(10, 4, {{CellKind::Lstm, 32}}) << tokens(10, 8, {{CellKind::Lstm, 32}}) << 1
            << "the embedding has 8 values per symbol but the saved embedding has 4";
    }

    void incompatibleTransfersAreExplained() {
        QFETCH(NetworkSpec, saved);
        QFETCH(NetworkSpec, target);
        QFETCH(int, take);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(NetworkTransfer::problem(saved, target, take)), message);
        NetworkTransfer::Plan plan;
        plan.takeLayers = take;
        try {
            NetworkTransfer::build(saved, distinctWeights(saved), target, plan);
            QFAIL("an incompatible transfer was built");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(QString::fromUtf8(e.what()), message);
        }
    }

    void weightsOfAnotherNetworkAreRefused() {
        const NetworkSpec spec = features(1, {{CellKind::Lstm, 4}});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 NetworkTransfer::build(spec, core::Vector<float>::Zero(3), spec,
                                                        NetworkTransfer::Plan()));
    }

    void englishCharactersCarryOverToFrench() {
        session::Session english;
        QString error;
        QVERIFY2(training::SessionFile::load(
                     QStringLiteral(LSTM_STUDIO_SOURCE_DIR
                                    "/resources/sessions/text-english.lstmsession"),
                     english, &error),
                 qPrintable(error));
        const auto french = data::TaskRegistry::builtIn().make("text", {{"language", "french"}}, 1);
        NetworkTransfer::Report report;
        const core::Network<double> out =
            NetworkTransfer::fromSession(english, *french, -1, {}, 1, &report);
        QCOMPARE(out.spec().inputSize, french->recommendedNetwork().inputSize);
        QVERIFY(report.sharedSymbols > 20);
        QVERIFY(report.sharedSymbols < out.spec().inputSize);
        // "e" keeps its English embedding row.
        const auto englishTask = data::TaskRegistry::builtIn().make(
            english.task.name, english.task.options, english.task.seed);
        const auto from = NetworkTransfer::symbolsOf(*englishTask);
        const auto to = NetworkTransfer::symbolsOf(*french);
        const Index i = Index(std::find(from.begin(), from.end(), "e") - from.begin());
        const Index j = Index(std::find(to.begin(), to.end(), "e") - to.begin());
        QVERIFY(i < Index(from.size()) && j < Index(to.size()));
        core::Network<float> saved(english.spec);
        saved.values() = english.weights;
        QVERIFY(out.parameter("embedding.weight").row(j) ==
                saved.parameter("embedding.weight").row(i).cast<double>());
    }
};

QTEST_APPLESS_MAIN(TestNetworkTransfer)
#include "tst_network_transfer.moc"
