// The adding problem against its definition (Hochreiter & Schmidhuber 1997), its closed-form
// baseline, and a short training run in which an LSTM clearly learns it.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "core/training_step.h"
#include "data/adding_task.h"
#include "data/batch_cast.h"

#include <QElapsedTimer>
#include <QTest>
#include <cmath>

using namespace data;
using core::Index;

namespace {

GeneratedTask::Sizes sizes(Index train, Index eval) {
    return {train, eval, eval};
}

} // namespace

class TestAddingTask : public QObject {
    Q_OBJECT

private slots:
    void sequencesFollowThePaper_data();
    void sequencesFollowThePaper();
    void meanPredictionMatchesTheClosedForm();
    void anLstmLearnsItInSeconds();
};

void TestAddingTask::sequencesFollowThePaper_data() {
    QTest::addColumn<int>("lag");
    QTest::newRow("T = 10") << 10;
    QTest::newRow("T = 11") << 11;
    QTest::newRow("T = 100") << 100;
}

void TestAddingTask::sequencesFollowThePaper() {
    QFETCH(int, lag);
    const AddingTask task(lag, sizes(500, 100), 3);
    QCOMPARE(task.lag(), Index(lag));
    int firstMarkedFirst = 0;
    for (Index i = 0; i < task.sequenceCount(Split::Train); ++i) {
        const SequenceExample e = task.example(Split::Train, i);
        const Index L = e.length();
        QVERIFY(L >= lag && L <= lag + lag / 10);
        std::vector<Index> marked;
        for (Index t = 0; t < L; ++t) {
            const double x = e.inputs(t, 0), m = e.inputs(t, 1);
            QVERIFY(x >= -1 && x <= 1);
            if (m == 1)
                marked.push_back(t);
            else if (t == 0 || t == L - 1)
                QCOMPARE(m, -1.0);
            else
                QCOMPARE(m, 0.0);
        }
        QCOMPARE(marked.size(), size_t(2));
        // One in the first ten, one in the first T/2 − 1 (either may come first).
        const bool firstTen = marked[0] < 10 || marked[1] < 10;
        const bool firstHalf = marked[0] < lag / 2 - 1 || marked[1] < lag / 2 - 1;
        QVERIFY(firstTen && firstHalf);
        // X1 = 0 when the first pair is X1's; a nonzero first pair must then be X2, and X1
        // the other marked pair, within the first ten.
        if (marked[0] == 0 && e.inputs(0, 0) == 0.0)
            ++firstMarkedFirst;
        else if (marked[0] == 0)
            QVERIFY(marked[1] < 10);
        const double target = 0.5 + (e.inputs(marked[0], 0) + e.inputs(marked[1], 0)) / 4;
        QCOMPARE(e.targets(0, 0), target);
    }
    QVERIFY(firstMarkedFirst > 0);
}

void TestAddingTask::meanPredictionMatchesTheClosedForm() {
    // Predicting the mean 0.5 scores Var(y) = 19/480 (1/24 without the X1 = 0 rule, which the
    // sequences whose first pair is unmarked follow), within four standard errors.
    const AddingTask task(20, sizes(10, 20000), 8);
    const Index n = task.sequenceCount(Split::Validation);
    double sum = 0, sumSquares = 0, unmarkedSum = 0, unmarkedCount = 0, within = 0;
    for (Index i = 0; i < n; ++i) {
        const SequenceExample e = task.example(Split::Validation, i);
        const double error2 = (e.targets(0, 0) - 0.5) * (e.targets(0, 0) - 0.5);
        sum += error2;
        sumSquares += error2 * error2;
        within += std::abs(e.targets(0, 0) - 0.5) < AddingTask::kTolerance ? 1 : 0;
        if (e.inputs(0, 1) != 1) {
            unmarkedSum += error2;
            unmarkedCount += 1;
        }
    }
    const double mse = sum / double(n);
    const double standardError = std::sqrt((sumSquares / double(n) - mse * mse) / double(n));
    QCOMPARE(AddingTask::meanPredictionMse(), 19.0 / 480.0);
    QVERIFY2(std::abs(mse - 19.0 / 480.0) < 4 * standardError, qPrintable(QString::number(mse)));
    QVERIFY(std::abs(unmarkedSum / unmarkedCount - 1.0 / 24.0) < 4 * standardError * 1.1);
    const double p = AddingTask::meanPredictionFractionWithinTolerance();
    QVERIFY(std::abs(p - 0.15424) < 1e-12);
    QVERIFY(std::abs(within / double(n) - p) < 4 * std::sqrt(p * (1 - p) / double(n)));

    // The task's own evaluation of the constant 0.5 agrees with the baseline it states.
    const Evaluation e =
        task.evaluateSplit(Split::Validation, 512, [](const core::SequenceBatch<double>& batch) {
            return core::Matrix<double>::Constant(batch.batch, 1, 0.5);
        });
    QVERIFY(std::abs(e.loss - mse) < 1e-12);
    QVERIFY(std::abs(e.loss - task.baseline().loss) < 4 * standardError);
    QVERIFY(!e.solved);
}

void TestAddingTask::anLstmLearnsItInSeconds() {
    // T = 20 with the recommended network and recipe: the validation MSE falls well below the
    // mean-prediction baseline within a few hundred steps.
    QElapsedTimer timer;
    timer.start();
    const AddingTask task(20, sizes(6400, 500), 1);
    const TrainingRecipe recipe = task.recommendedRecipe();
    core::Network<float> network(task.recommendedNetwork());
    core::NetworkInitializer::initialize(network, recipe.initialization, 1);
    core::TrainingStep<float> step(network, task.lossKind(), recipe.optimizer, 2);
    step.clipping() = {core::ClipMode::Norm, recipe.clipNorm};
    core::NetworkExecutor<float> executor(network);
    const Task::Predictor predict = [&](const core::SequenceBatch<double>& batch) {
        return core::Matrix<double>(executor.forward(castBatch<float>(batch)).cast<double>());
    };

    const Evaluation before = task.evaluateSplit(Split::Validation, 250, predict);
    double firstLosses = 0, lastLosses = 0;
    const int steps = 600, window = 50;
    for (int i = 0; i < steps; ++i) {
        const Index batches = task.batchCount(Split::Train, recipe.batchSize);
        const auto batch =
            task.batch(Split::Train, recipe.batchSize, i % batches, int(i / batches));
        const double loss = step.run(castBatch<float>(batch)).loss;
        if (i < window)
            firstLosses += loss;
        if (i >= steps - window)
            lastLosses += loss;
    }
    const Evaluation after = task.evaluateSplit(Split::Validation, 250, predict);
    qInfo("adding T=20: validation MSE %.4f → %.4f (baseline %.4f), within 0.04: %.2f → %.2f, "
          "training loss %.4f → %.4f, %lld ms",
          before.loss, after.loss, task.baseline().loss, before.metric, after.metric,
          firstLosses / window, lastLosses / window, timer.elapsed());
    QVERIFY(lastLosses < 0.5 * firstLosses);
    QVERIFY(after.loss < 0.5 * task.baseline().loss);
    QVERIFY(after.metric > 2 * task.baseline().metric);
}

QTEST_APPLESS_MAIN(TestAddingTask)
#include "tst_adding_task.moc"
