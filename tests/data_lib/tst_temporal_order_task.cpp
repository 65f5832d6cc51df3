// The temporal order problem: the labels are the X/Y order read back from the inputs, the
// symbols sit where the paper puts them, and chance is what the baseline says.
#include "data/temporal_order_task.h"

#include <QTest>
#include <cmath>

using namespace data;
using core::Index;

class TestTemporalOrderTask : public QObject {
    Q_OBJECT

private slots:
    void labelsMatchTheSymbols_data();
    void labelsMatchTheSymbols();
    void chanceIsTheBaseline_data();
    void chanceIsTheBaseline();
    void rendersSymbolsAndClasses();
};

void TestTemporalOrderTask::labelsMatchTheSymbols_data() {
    QTest::addColumn<int>("symbols");
    QTest::addColumn<int>("lag");
    QTest::newRow("2 symbols, T = 10") << 2 << 10;
    QTest::newRow("2 symbols, T = 100") << 2 << 100;
    QTest::newRow("3 symbols, T = 10") << 3 << 10;
    QTest::newRow("3 symbols, T = 100") << 3 << 100;
}

void TestTemporalOrderTask::labelsMatchTheSymbols() {
    QFETCH(int, symbols);
    QFETCH(int, lag);
    const TemporalOrderTask task(symbols, lag, {400, 100, 100}, 5);
    if (lag == 100) { // the paper's positions, 1-based there, 0-based here
        QCOMPARE(task.positionRange(0), std::make_pair(Index(10), Index(20)));
        QCOMPARE(task.positionRange(1), symbols == 2 ? std::make_pair(Index(50), Index(60))
                                                     : std::make_pair(Index(33), Index(43)));
    }
    std::vector<int> perClass(size_t(task.classCount()), 0);
    for (Index i = 0; i < task.sequenceCount(Split::Train); ++i) {
        const SequenceExample e = task.example(Split::Train, i);
        const Index L = e.length();
        QVERIFY(L >= lag && L <= lag + lag / 10);
        std::string sequence;
        for (Index t = 0; t < L; ++t) {
            QCOMPARE(e.inputs.row(t).sum(), 1.0);
            Index s = 0;
            e.inputs.row(t).maxCoeff(&s);
            sequence += TemporalOrderTask::kAlphabet[s];
        }
        QCOMPARE(sequence.front(), 'E');
        QCOMPARE(sequence.back(), 'B');
        std::string order;
        for (Index t = 0; t < L; ++t)
            if (sequence[size_t(t)] == 'X' || sequence[size_t(t)] == 'Y') {
                const auto [first, last] = task.positionRange(int(order.size()));
                QVERIFY(t >= first && t <= last);
                order += sequence[size_t(t)];
            }
        QCOMPARE(int(order.size()), symbols);
        QCOMPARE(e.classes.size(), size_t(1));
        QCOMPARE(task.className(e.classes[0]), order);
        ++perClass[size_t(e.classes[0])];
    }
    for (int count : perClass) // every class occurs, about equally often
        QVERIFY(count > 400 / task.classCount() / 2);
}

void TestTemporalOrderTask::chanceIsTheBaseline_data() {
    QTest::addColumn<int>("symbols");
    QTest::newRow("2 symbols") << 2;
    QTest::newRow("3 symbols") << 3;
}

void TestTemporalOrderTask::chanceIsTheBaseline() {
    QFETCH(int, symbols);
    const TemporalOrderTask task(symbols, 20, {100, 4000, 100}, 6);
    const double k = task.classCount();
    QCOMPARE(task.baseline().loss, std::log(k));
    QCOMPARE(task.baseline().metric, 1 / k);
    // Uniform logits give exactly log K; always naming one class is right one time in K.
    const Evaluation uniform =
        task.evaluateSplit(Split::Validation, 256, [&](const core::SequenceBatch<double>& batch) {
            return core::Matrix<double>::Zero(batch.batch, task.classCount());
        });
    QVERIFY(std::abs(uniform.loss - std::log(k)) < 1e-12);
    const double n = uniform.metricWeight;
    QCOMPARE(n, 4000.0);
    QVERIFY(std::abs(uniform.metric - 1 / k) < 4 * std::sqrt((1 / k) * (1 - 1 / k) / n));
    QVERIFY(!uniform.solved);
}

void TestTemporalOrderTask::rendersSymbolsAndClasses() {
    const TemporalOrderTask task(3, 10, {20, 20, 20}, 1);
    const auto batch = task.batch(Split::Test, 4, 0, 0);
    QCOMPARE(QString::fromStdString(task.renderStep(batch, 0, 0)), QString("E"));
    const int label = batch.targetClasses[0];
    QCOMPARE(task.renderTarget(batch, 0, 0), task.className(label));
    core::Matrix<double> outputs = core::Matrix<double>::Zero(1, 8);
    outputs(0, 5) = std::log(7.0); // p = 7/14
    QCOMPARE(QString::fromStdString(task.renderOutput(outputs, 0)), QString("YXY (p = 0.50)"));
}

QTEST_APPLESS_MAIN(TestTemporalOrderTask)
#include "tst_temporal_order_task.moc"
