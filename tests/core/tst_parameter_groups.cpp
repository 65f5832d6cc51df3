// ParameterGroups: where each group lives (offsets worked out by hand from the PyTorch layout),
// the multipliers' product rule, and the words for unknown groups.
#include "core/parameter_groups.h"

#include <QTest>
#include <cmath>

using core::CellKind;
using core::GroupTraining;
using core::Index;
using core::ParameterGroups;
using Spans = std::vector<ParameterGroups::Span>;

namespace {

/** 1 feature → LSTM(2) → GRU(3) → 1 output. Layer 0: W_ih 8×1 at 0, W_hh 8×2 at 8, b_ih at 24,
 * b_hh at 32; layer 1: W_ih 9×2 at 40, W_hh 9×3 at 58, b_ih at 85, b_hh at 94; head.weight 1×3
 * at 103, head.bias at 106; 107 in all. */
core::NetworkSpec twoLayers() {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    spec.layers = {{CellKind::Lstm, 2}, {CellKind::Gru, 3}};
    spec.outputSize = 1;
    return spec;
}

} // namespace

class TestParameterGroups : public QObject {
    Q_OBJECT

private slots:
    void namesListEveryGroup() {
        const std::vector<std::string> expected = {"layer0",   "layer0.i", "layer0.f", "layer0.g",
                                                   "layer0.o", "layer1",   "layer1.r", "layer1.z",
                                                   "layer1.n", "head"};
        QCOMPARE(ParameterGroups::names(twoLayers()), expected);
    }

    void spansAreWhereThePyTorchLayoutPutsThem_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<Spans>("expected");
        QTest::newRow("layer0") << "layer0" << Spans{{0, 8}, {8, 16}, {24, 8}, {32, 8}};
        // The forget gate is the second block of 2 rows: W_ih rows 2–3, W_hh rows 2–3 (2 wide).
        QTest::newRow("layer0.f") << "layer0.f" << Spans{{2, 2}, {12, 4}, {26, 2}, {34, 2}};
        // The GRU's candidate n is the third block of 3 rows; W_ih is 2 wide, W_hh 3 wide.
        QTest::newRow("layer1.n") << "layer1.n" << Spans{{52, 6}, {76, 9}, {91, 3}, {100, 3}};
        QTest::newRow("head") << "head" << Spans{{103, 3}, {106, 1}};
        QTest::newRow("no layer 2") << "layer2" << Spans{};
        QTest::newRow("no embedding") << "embedding" << Spans{};
        QTest::newRow("not a group") << "layerx" << Spans{};
    }

    void spansAreWhereThePyTorchLayoutPutsThem() {
        QFETCH(QString, group);
        QFETCH(Spans, expected);
        const core::Network<float> network(twoLayers());
        QCOMPARE(network.parameterCount(), Index(107));
        QCOMPARE(ParameterGroups::spans(network, group.toStdString()), expected);
    }

    void multipliersMultiplyAlongNesting() {
        const core::Network<double> network(twoLayers());
        core::GroupTrainingMap groups;
        groups["layer0"] = {0.5, false};
        groups["layer0.f"] = {7.0, true}; // frozen: its own factor does not count
        groups["head"] = {2.0, false};
        const core::Vector<double> m = ParameterGroups::multipliers(network, groups);
        QCOMPARE(m.size(), Index(107));
        for (Index k = 0; k < 107; ++k) {
            double expected = 1.0;
            if (k < 40)
                expected = 0.5;
            if ((k >= 2 && k < 4) || (k >= 12 && k < 16) || (k >= 26 && k < 28) ||
                (k >= 34 && k < 36))
                expected = 0.0;
            if (k >= 103)
                expected = 2.0;
            QCOMPARE(m[k], expected);
        }
    }

    void unitFactorsGiveNoMultipliers() {
        const core::Network<double> network(twoLayers());
        QCOMPARE(ParameterGroups::multipliers(network, {}).size(), Index(0));
        QCOMPARE(ParameterGroups::multipliers(network, {{"layer1", {1.0, false}}}).size(),
                 Index(0));
        QCOMPARE(ParameterGroups::multipliers(network, {{"layer1", {1.0, true}}}).size(),
                 Index(107));
    }

    void problemsAreNamed_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("message");
        QTest::newRow("layer 2") << "layer2" << 1.0
                                 << "the network has no parameter group \"layer2\" (it has 2 "
                                    "recurrent layers, numbered from 0)";
        QTest::newRow("LSTM gate on a GRU") << "layer1.f" << 1.0
                                            << "the network has no parameter group \"layer1.f\" "
                                               "(it has 2 recurrent layers, numbered from 0)";
        QTest::newRow("negative") << "head" << -1.0
                                  << "the learning-rate factor of \"head\" must be a number ≥ 0";
        QTest::newRow("nan") << "layer0" << std::nan("")
                             << "the learning-rate factor of \"layer0\" must be a number ≥ 0";
    }

    void problemsAreNamed() {
        QFETCH(QString, group);
        QFETCH(double, scale);
        QFETCH(QString, message);
        const core::GroupTrainingMap groups{{group.toStdString(), {scale, false}}};
        QCOMPARE(QString::fromStdString(ParameterGroups::problem(twoLayers(), groups)), message);
        const core::Network<double> network(twoLayers());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 ParameterGroups::multipliers(network, groups));
        QCOMPARE(QString::fromStdString(ParameterGroups::problem(twoLayers(), {})), QString());
    }
};

QTEST_APPLESS_MAIN(TestParameterGroups)
#include "tst_parameter_groups.moc"
