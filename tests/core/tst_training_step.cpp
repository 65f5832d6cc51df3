// A batch taken in slices (TrainingStep::beginBatch / accumulate / finishBatch) must make the
// same step as the whole batch: the loss is a weighted mean over valid entries, so the slices'
// shares add up to it, and so do their gradients.
#include "core/network_initializer.h"
#include "core/training_step.h"

#include <QTest>
#include <random>

using namespace core;

namespace {

NetworkSpec specOf(OutputMode mode, double dropout) {
    NetworkSpec spec;
    spec.inputSize = 3;
    spec.layers = {{CellKind::Lstm, 6, false, Activation::Tanh, dropout},
                   {CellKind::Gru, 5, true, Activation::Tanh, 0.0}};
    spec.outputSize = 2;
    spec.outputMode = mode;
    return spec;
}

/** 7 sequences of unequal lengths (2 to 9 steps), MSE targets. */
SequenceBatch<double> batchOf(OutputMode mode) {
    std::mt19937_64 random(5);
    std::uniform_real_distribution<double> value(-1, 1);
    SequenceBatch<double> batch;
    batch.steps = 9;
    batch.batch = 7;
    batch.lengths = {9, 2, 5, 9, 3, 7, 4};
    batch.inputs.resize(batch.steps * batch.batch, 3);
    for (Index t = 0; t < batch.steps; ++t)
        for (Index b = 0; b < batch.batch; ++b)
            for (Index i = 0; i < 3; ++i)
                batch.inputs(t * batch.batch + b, i) =
                    t < batch.lengths[size_t(b)] ? value(random) : 0.0;
    const Index rows = mode == OutputMode::PerStep ? batch.steps * batch.batch : batch.batch;
    batch.targets.resize(rows, 2);
    for (double& v : batch.targets.reshaped())
        v = value(random);
    return batch;
}

} // namespace

class TestTrainingStep : public QObject {
    Q_OBJECT

private slots:
    void slicesStepLikeTheWholeBatch_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("dropout");
        QTest::addColumn<QList<int>>("slices");
        QTest::newRow("per step, 3 slices")
            << int(OutputMode::PerStep) << 0.0 << QList<int>{3, 2, 2};
        QTest::newRow("per step, dropout, 1-sequence slices")
            << int(OutputMode::PerStep) << 0.3 << QList<int>{1, 1, 1, 1, 1, 1, 1};
        QTest::newRow("per sequence, 2 slices")
            << int(OutputMode::PerSequence) << 0.3 << QList<int>{4, 3};
    }

    void slicesStepLikeTheWholeBatch() {
        QFETCH(int, mode);
        QFETCH(double, dropout);
        QFETCH(QList<int>, slices);
        const OutputMode outputMode = OutputMode(mode);
        Network<double> whole(specOf(outputMode, dropout));
        NetworkInitializer::initialize(whole, InitOptions(), 3);
        Network<double> sliced = whole;
        const SequenceBatch<double> batch = batchOf(outputMode);
        OptimizerSettings sgd = OptimizerSettings::defaults(OptimizerKind::Sgd);
        sgd.learningRate = 0.5;

        TrainingStep<double> wholeStep(whole, LossKind::MeanSquaredError, sgd);
        const auto expected = wholeStep.run(batch, 42);

        TrainingStep<double> slicedStep(sliced, LossKind::MeanSquaredError, sgd);
        slicedStep.beginBatch(batch);
        Index first = 0;
        for (int count : slices) {
            slicedStep.accumulate(batch.slice(first, count), 42);
            first += count;
        }
        QCOMPARE(first, batch.batch);
        const auto result = slicedStep.finishBatch();
        QVERIFY(std::abs(result.loss - expected.loss) < 1e-12);
        QVERIFY(std::abs(result.gradientNorm - expected.gradientNorm) < 1e-12);
        QVERIFY((sliced.values() - whole.values()).cwiseAbs().maxCoeff() < 1e-12);
        Network<double> untouched(specOf(outputMode, dropout));
        NetworkInitializer::initialize(untouched, InitOptions(), 3);
        QVERIFY((whole.values() - untouched.values()).norm() > 1e-3);
    }
};

QTEST_APPLESS_MAIN(TestTrainingStep)
#include "tst_training_step.moc"
