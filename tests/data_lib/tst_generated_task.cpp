// What every registered task promises (task.h): batch shapes and padding, determinism under a
// seed, per-epoch shuffling, disjoint splits, evaluation that merges, and rendering.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/generated_task.h"
#include "data/sequence_example.h"
#include "data/task_registry.h"

#include <QTest>
#include <algorithm>
#include <bit>
#include <cmath>
#include <set>
#include <stdexcept>

using namespace data;
using core::Index;

namespace {

struct Case {
    std::string task;
    TaskOptions options;
};

/** Whether the registered task of that name draws its sequences from a generator. The others
 * (corpora, series, sequence to sequence) keep these promises in tests of their own. */
bool isGenerated(const TaskInfo& info) {
    if (!info.findOption("train-size"))
        return false;
    const TaskOptions small{{"train-size", "300"}, {"eval-size", "100"}};
    const auto task = TaskRegistry::builtIn().make(info.name, small, 1);
    return dynamic_cast<const GeneratedTask*>(task.get()) != nullptr;
}

/** Every generated task with its defaults, plus the variants its options open, on small splits. */
std::vector<Case> cases() {
    static const std::vector<TaskInfo> generated = [] {
        std::vector<TaskInfo> out;
        for (const TaskInfo& info : TaskRegistry::builtIn().list())
            if (isGenerated(info))
                out.push_back(info);
        return out;
    }();
    std::vector<Case> out;
    for (const TaskInfo& info : generated)
        out.push_back({info.name, {}});
    out.push_back({"sine", {{"kind", "multi"}}});
    out.push_back({"sine", {{"kind", "noisy"}, {"window", "30"}}});
    out.push_back({"adding", {{"lag", "10"}}});
    out.push_back({"temporal-order", {{"symbols", "3"}, {"lag", "40"}}});
    out.push_back({"copy", {{"lag", "1"}}});
    for (Case& c : out) {
        c.options.try_emplace("train-size", "300");
        c.options.try_emplace("eval-size", "100");
    }
    return out;
}

std::string caseName(const Case& c) {
    std::string name = c.task;
    for (const auto& [option, value] : c.options)
        if (option != "train-size" && option != "eval-size")
            name += " --" + option + " " + value;
    return name;
}

std::unique_ptr<Task> make(const QString& name, std::uint64_t seed) {
    for (const Case& c : cases())
        if (caseName(c) == name.toStdString())
            return TaskRegistry::builtIn().make(c.task, c.options, seed);
    throw std::invalid_argument("no case " + name.toStdString());
}

bool perStep(const Task& task) {
    return task.outputMode() != core::OutputMode::PerSequence;
}

/** Sequence b of a batch as an example, for hashing: its valid steps and targets. */
SequenceExample sequenceOf(const Task& task, const core::SequenceBatch<double>& batch, Index b) {
    SequenceExample e;
    const Index length = batch.lengths[size_t(b)];
    e.inputs.resize(length, batch.inputs.cols());
    for (Index t = 0; t < length; ++t)
        e.inputs.row(t) = batch.inputs.row(t * batch.batch + b);
    const Index rows = perStep(task) ? length : 1;
    for (Index t = 0; t < rows; ++t) {
        const Index row = perStep(task) ? t * batch.batch + b : b;
        if (!batch.targetClasses.empty())
            e.classes.push_back(batch.targetClasses[size_t(row)]);
    }
    if (batch.targets.size() > 0) {
        e.targets.resize(rows, batch.targets.cols());
        for (Index t = 0; t < rows; ++t)
            e.targets.row(t) = batch.targets.row(perStep(task) ? t * batch.batch + b : b);
    }
    return e;
}

/** The hashes of every sequence of a split's epoch, in batch order. */
std::vector<std::uint64_t> hashes(const Task& task, Split split, Index batchSize, int epoch) {
    std::vector<std::uint64_t> out;
    for (Index i = 0; i < task.batchCount(split, batchSize); ++i) {
        const auto batch = task.batch(split, batchSize, i, epoch);
        for (Index b = 0; b < batch.batch; ++b)
            out.push_back(sequenceOf(task, batch, b).hash(0));
    }
    return out;
}

/** Outputs of the task's recommended network, freshly initialised. */
core::Matrix<double> networkOutputs(const Task& task, const core::SequenceBatch<double>& batch) {
    core::Network<double> network(task.recommendedNetwork());
    core::NetworkInitializer::initialize(network, task.recommendedRecipe().initialization, 3);
    core::NetworkExecutor<double> executor(network);
    return executor.forward(batch);
}

} // namespace

class TestGeneratedTask : public QObject {
    Q_OBJECT

private slots:
    void batchShapesAndPadding_data() { allTasks(); }
    void batchShapesAndPadding();
    void sameSeedSameData_data() { allTasks(); }
    void sameSeedSameData();
    void otherSeedOtherData_data() { allTasks(); }
    void otherSeedOtherData();
    void everyEpochIsAShuffleOfTheTrainingSet_data() { allTasks(); }
    void everyEpochIsAShuffleOfTheTrainingSet();
    void splitsAreDisjoint_data() { allTasks(); }
    void splitsAreDisjoint();
    void evaluationMergesOverBatches_data() { allTasks(); }
    void evaluationMergesOverBatches();
    void perfectOutputsSolve_data() { allTasks(); }
    void perfectOutputsSolve();
    void renderingCoversValidStepsOnly_data() { allTasks(); }
    void renderingCoversValidStepsOnly();
    void badRequestsThrow();

private:
    void allTasks();
};

void TestGeneratedTask::allTasks() {
    QTest::addColumn<QString>("name");
    for (const Case& c : cases())
        QTest::newRow(caseName(c).c_str()) << QString::fromStdString(caseName(c));
}

void TestGeneratedTask::batchShapesAndPadding() {
    QFETCH(QString, name);
    const auto task = make(name, 1);
    const core::NetworkSpec spec = task->recommendedNetwork();
    const bool classes = task->lossKind() == core::LossKind::CrossEntropy;
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const Index batchSize = 32;
        const Index count = task->batchCount(split, batchSize);
        QCOMPARE(count, (task->sequenceCount(split) + batchSize - 1) / batchSize);
        for (Index i : {Index(0), count - 1}) {
            const auto batch = task->batch(split, batchSize, i, 0);
            const Index B = std::min(batchSize, task->sequenceCount(split) - i * batchSize);
            QCOMPARE(batch.batch, B);
            QCOMPARE(Index(batch.lengths.size()), B);
            QCOMPARE(*std::max_element(batch.lengths.begin(), batch.lengths.end()), batch.steps);
            QCOMPARE(batch.inputs.rows(), batch.steps * B);
            QCOMPARE(batch.inputs.cols(), spec.inputSize);
            const Index targetRows = perStep(*task) ? batch.steps * B : B;
            if (classes) {
                QCOMPARE(Index(batch.targetClasses.size()), targetRows);
                QCOMPARE(batch.targets.size(), Index(0));
            } else {
                QCOMPARE(batch.targets.rows(), targetRows);
                QCOMPARE(batch.targets.cols(), spec.outputSize);
                QVERIFY(batch.targetClasses.empty());
            }
            for (Index b = 0; b < B; ++b) {
                QVERIFY(batch.lengths[size_t(b)] >= 1);
                for (Index t = 0; t < batch.steps; ++t) {
                    const Index row = t * B + b;
                    const bool valid = t < batch.lengths[size_t(b)];
                    QCOMPARE(batch.inputs.row(row).isZero(0), !valid);
                    if (perStep(*task) && classes) {
                        const int32_t c = batch.targetClasses[size_t(row)];
                        QVERIFY(valid ? (c >= 0 && c < spec.outputSize) : c == -1);
                    } else if (perStep(*task) && !valid) {
                        QVERIFY(batch.targets.row(row).isZero(0));
                    }
                }
                if (!perStep(*task) && classes)
                    QVERIFY(batch.targetClasses[size_t(b)] >= 0 &&
                            batch.targetClasses[size_t(b)] < spec.outputSize);
            }
        }
    }
}

void TestGeneratedTask::sameSeedSameData() {
    QFETCH(QString, name);
    const auto a = make(name, 11), b = make(name, 11);
    for (Split split : {Split::Train, Split::Validation, Split::Test})
        QCOMPARE(hashes(*a, split, 17, 4), hashes(*b, split, 17, 4));
    const auto x = a->batch(Split::Train, 8, 2, 5), y = b->batch(Split::Train, 8, 2, 5);
    QCOMPARE(x.inputs, y.inputs);
    QCOMPARE(x.targets, y.targets);
    QCOMPARE(x.targetClasses, y.targetClasses);
    QCOMPARE(x.lengths, y.lengths);
    // Validation and test batches do not depend on the epoch.
    QCOMPARE(hashes(*a, Split::Validation, 17, 0), hashes(*a, Split::Validation, 17, 9));
    QCOMPARE(a->baseline().loss, b->baseline().loss);
}

void TestGeneratedTask::otherSeedOtherData() {
    QFETCH(QString, name);
    const auto a = make(name, 11), b = make(name, 12);
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const auto x = hashes(*a, split, 50, 0), y = hashes(*b, split, 50, 0);
        const std::set<std::uint64_t> common = [&] {
            std::set<std::uint64_t> sx(x.begin(), x.end()), out;
            for (std::uint64_t h : y)
                if (sx.count(h))
                    out.insert(h);
            return out;
        }();
        QVERIFY(x != y);
        // Only a small grammar repeats itself across seeds, and then rarely.
        QVERIFY2(common.size() * 4 < x.size(), qPrintable(QString::number(common.size())));
    }
}

void TestGeneratedTask::everyEpochIsAShuffleOfTheTrainingSet() {
    QFETCH(QString, name);
    const auto task = make(name, 5);
    auto epoch0 = hashes(*task, Split::Train, 32, 0), epoch1 = hashes(*task, Split::Train, 32, 1);
    QCOMPARE(Index(epoch0.size()), task->sequenceCount(Split::Train));
    QVERIFY(epoch0 != epoch1);
    std::sort(epoch0.begin(), epoch0.end());
    std::sort(epoch1.begin(), epoch1.end());
    QCOMPARE(epoch0, epoch1);
    // The batch size slices the same order: batches of 32 concatenate to batches of 7.
    auto by7 = hashes(*task, Split::Train, 7, 1), by32 = hashes(*task, Split::Train, 32, 1);
    QCOMPARE(by7, by32);
}

void TestGeneratedTask::splitsAreDisjoint() {
    QFETCH(QString, name);
    const auto task = make(name, 21);
    std::set<std::uint64_t> seen[3];
    for (Split split : {Split::Train, Split::Validation, Split::Test})
        for (std::uint64_t h : hashes(*task, split, 64, 0))
            seen[int(split)].insert(h);
    for (int a = 0; a < 3; ++a)
        for (int b = a + 1; b < 3; ++b)
            for (std::uint64_t h : seen[a])
                QVERIFY2(!seen[b].count(h), "a sequence is in two splits");
}

void TestGeneratedTask::evaluationMergesOverBatches() {
    QFETCH(QString, name);
    const auto task = make(name, 2);
    // Outputs that depend on the sequence only, so that any batching gives the same numbers.
    core::Network<double> network(task->recommendedNetwork());
    core::NetworkInitializer::initialize(network, {}, 4);
    core::NetworkExecutor<double> executor(network);
    const Task::Predictor predict = [&](const core::SequenceBatch<double>& batch) {
        return executor.forward(batch);
    };
    const Evaluation small = task->evaluateSplit(Split::Validation, 7, predict);
    const Evaluation whole = task->evaluateSplit(Split::Validation, 1000, predict);
    QCOMPARE(task->batchCount(Split::Validation, 1000), Index(1));
    QVERIFY(std::abs(small.loss - whole.loss) < 1e-9 * (1 + whole.loss));
    QVERIFY(std::abs(small.metric - whole.metric) < 1e-9 * (1 + whole.metric));
    QCOMPARE(small.lossWeight, whole.lossWeight);
    QCOMPARE(small.metricWeight, whole.metricWeight);
    QCOMPARE(small.solved, whole.solved);
    QVERIFY(whole.lossWeight > 0 && whole.metricWeight > 0);
    QVERIFY(!whole.solved); // an untrained network does not solve anything
    // The single batch's evaluation is the task's loss of that batch.
    const auto batch = task->batch(Split::Validation, 1000, 0, 0);
    QCOMPARE(task->evaluate(batch, predict(batch)).loss, whole.loss);
}

void TestGeneratedTask::perfectOutputsSolve() {
    QFETCH(QString, name);
    const auto task = make(name, 3);
    const core::NetworkSpec spec = task->recommendedNetwork();
    Evaluation total;
    for (Index i = 0; i < task->batchCount(Split::Validation, 40); ++i) {
        const auto batch = task->batch(Split::Validation, 40, i, 0);
        core::Matrix<double> outputs;
        switch (task->lossKind()) {
        case core::LossKind::MeanSquaredError:
            outputs = batch.targets;
            break;
        case core::LossKind::BinaryCrossEntropy: // logits ±30 on the 0/1 targets
            outputs = (batch.targets.array() * 60 - 30).matrix();
            break;
        case core::LossKind::CrossEntropy:
            outputs =
                core::Matrix<double>::Zero(Index(batch.targetClasses.size()), spec.outputSize);
            for (Index r = 0; r < outputs.rows(); ++r)
                if (batch.targetClasses[size_t(r)] >= 0)
                    outputs(r, batch.targetClasses[size_t(r)]) = 40;
            break;
        }
        const Evaluation e = task->evaluate(batch, outputs);
        QVERIFY(e.loss < 1e-9);
        total += e;
    }
    QVERIFY(task->isSolved(total));
    QCOMPARE(total.metricWeight > 0, true);
    QCOMPARE(task->higherMetricIsBetter() ? total.metric == 1.0 : total.metric == 0.0, true);
}

void TestGeneratedTask::renderingCoversValidStepsOnly() {
    QFETCH(QString, name);
    const auto task = make(name, 4);
    const auto batch = task->batch(Split::Validation, 16, 0, 0);
    const core::Matrix<double> outputs = networkOutputs(*task, batch);
    for (Index b = 0; b < batch.batch; ++b)
        for (Index t = 0; t < batch.steps; ++t) {
            const bool valid = t < batch.lengths[size_t(b)];
            QCOMPARE(!task->renderStep(batch, b, t).empty(), valid);
            if (perStep(*task))
                QCOMPARE(!task->renderTarget(batch, b, t).empty(), valid);
        }
    if (!perStep(*task))
        QVERIFY(!task->renderTarget(batch, 0, 0).empty());
    for (Index r = 0; r < outputs.rows(); ++r)
        QVERIFY(!task->renderOutput(outputs, r).empty());
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task->renderStep(batch, batch.batch, 0));
}

void TestGeneratedTask::badRequestsThrow() {
    const auto task = TaskRegistry::builtIn().make("adding", {{"train-size", "100"}}, 1);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task->batch(Split::Train, 32, 4, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task->batch(Split::Train, 32, -1, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, task->batch(Split::Train, 0, 0, 0));
    const auto batch = task->batch(Split::Train, 32, 3, 0);
    QCOMPARE(batch.batch, Index(4));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             task->evaluate(batch, core::Matrix<double>::Zero(5, 1)));
    core::NetworkSpec wrong = task->recommendedNetwork();
    wrong.inputSize = 3;
    QCOMPARE(QString::fromStdString(task->checkNetwork(wrong)),
             QString("the task adding has 2 inputs per step, the network reads 3"));
}

QTEST_APPLESS_MAIN(TestGeneratedTask)
#include "tst_generated_task.moc"
