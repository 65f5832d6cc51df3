// DivergenceCheck on a small network whose weights, gradient or loss are made non-finite by hand.
#include "training/divergence_check.h"
#include "training_fixtures.h"

#include <QTest>
#include <limits>

using training::DivergenceCheck;
using Quantity = session::DivergenceReport::Quantity;

class TestDivergenceCheck : public QObject {
    Q_OBJECT

    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();

    core::Network<float> network{fixtures::sineNetwork(core::CellKind::Lstm, 4)};
    const DivergenceCheck::Position position{42, 3, 40};

    core::Vector<float> finiteGradients() const {
        return core::Vector<float>::Constant(network.parameterCount(), 0.5f);
    }

    /** The parameter tensor `n` of the network and its offset. */
    const core::ParameterInfo& tensor(size_t n) const { return network.parameterInfos().at(n); }

private slots:
    void init() { network.values().setConstant(0.25f); }

    void allFiniteIsNoDivergence() {
        QVERIFY(!DivergenceCheck::inspect(network, finiteGradients(), 0.7, 3.0, position));
    }

    void aNaNWeightNamesItsTensorAndElement() {
        const core::ParameterInfo& second = tensor(1);
        network.values()[second.offset + 5] = std::numeric_limits<float>::quiet_NaN();
        const auto report =
            DivergenceCheck::inspect(network, finiteGradients(), 0.7, 3.0, position);
        QVERIFY(report);
        QCOMPARE(report->quantity, Quantity::Weights);
        QCOMPARE(report->parameter, second.name);
        QCOMPARE(report->element, std::int64_t(5));
        QCOMPARE(report->step, std::int64_t(42));
        QCOMPARE(report->epoch, 3);
        const QString message = QString::fromStdString(report->message);
        QVERIFY2(message.contains(QStringLiteral("the weights of %1 (element 5)")
                                      .arg(QString::fromStdString(second.name))),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Roll back to the weights of step 40")),
                 qPrintable(message));
    }

    void weightsGoFirstWhenTheGradientIsBadToo() {
        network.values()[0] = std::numeric_limits<float>::infinity();
        const auto report =
            DivergenceCheck::inspect(network, finiteGradients(), kNaN, kNaN, position);
        QVERIFY(report);
        QCOMPARE(report->quantity, Quantity::Weights);
        QCOMPARE(report->parameter, tensor(0).name);
        QCOMPARE(report->element, std::int64_t(0));
    }

    void anInfiniteGradientNamesItsTensor() {
        core::Vector<float> gradients = finiteGradients();
        const core::ParameterInfo& last = tensor(network.parameterInfos().size() - 1);
        gradients[last.offset + last.size() - 1] = std::numeric_limits<float>::infinity();
        const auto report = DivergenceCheck::inspect(network, gradients, 0.7, kInfinity, position);
        QVERIFY(report);
        QCOMPARE(report->quantity, Quantity::Gradient);
        QCOMPARE(report->parameter, last.name);
        QCOMPARE(report->element, std::int64_t(last.size() - 1));
        QVERIFY(QString::fromStdString(report->message).contains(QLatin1String("the gradient of")));
    }

    void aNaNLossAloneIsTheLoss() {
        const auto report =
            DivergenceCheck::inspect(network, finiteGradients(), kNaN, 3.0, position);
        QVERIFY(report);
        QCOMPARE(report->quantity, Quantity::Loss);
        QVERIFY(report->parameter.empty());
        QCOMPARE(report->element, std::int64_t(-1));
        const QString message = QString::fromStdString(report->message);
        QVERIFY2(message.contains(QLatin1String("(epoch 3): the loss became NaN or infinite; the "
                                                "loss was nan and the gradient norm 3 before")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestDivergenceCheck)
#include "tst_divergence_check.moc"
