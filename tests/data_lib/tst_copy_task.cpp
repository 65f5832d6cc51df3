// The copy task (Arjovsky et al. 2016): its layout, and its memoryless baseline both in closed
// form and as the task's own evaluation of a memoryless predictor.
#include "data/copy_task.h"

#include <QTest>
#include <cmath>

using namespace data;
using core::Index;

class TestCopyTask : public QObject {
    Q_OBJECT

private slots:
    void layoutFollowsThePaper_data();
    void layoutFollowsThePaper();
    void memorylessPredictorScoresTheBaseline_data();
    void memorylessPredictorScoresTheBaseline();
};

void TestCopyTask::layoutFollowsThePaper_data() {
    QTest::addColumn<int>("lag");
    QTest::newRow("T = 1") << 1;
    QTest::newRow("T = 20") << 20;
    QTest::newRow("T = 100") << 100;
}

void TestCopyTask::layoutFollowsThePaper() {
    QFETCH(int, lag);
    const CopyTask task(lag, {50, 20, 20}, 2);
    for (Index i = 0; i < task.sequenceCount(Split::Train); ++i) {
        const SequenceExample e = task.example(Split::Train, i);
        QCOMPARE(e.length(), Index(lag + 20));
        QCOMPARE(e.inputs.cols(), Index(10));
        std::string in, out;
        for (Index t = 0; t < e.length(); ++t) {
            QCOMPARE(e.inputs.row(t).sum(), 1.0);
            Index s = 0;
            e.inputs.row(t).maxCoeff(&s);
            in += char('0' + s);
            out += char('0' + e.classes[size_t(t)]);
        }
        const std::string symbols = in.substr(0, 10);
        QVERIFY(symbols.find_first_not_of("12345678") == std::string::npos);
        QCOMPARE(in.substr(10), std::string(size_t(lag - 1), '0') + "9" + std::string(10, '0'));
        QCOMPARE(out, std::string(size_t(lag + 10), '0') + symbols);
    }
}

void TestCopyTask::memorylessPredictorScoresTheBaseline_data() {
    QTest::addColumn<int>("lag");
    QTest::newRow("T = 5") << 5;
    QTest::newRow("T = 100") << 100;
}

void TestCopyTask::memorylessPredictorScoresTheBaseline() {
    QFETCH(int, lag);
    const CopyTask task(lag, {50, 2000, 50}, 3);
    const double baseline = 10 * std::log(8.0) / (lag + 20);
    QCOMPARE(CopyTask::memorylessCrossEntropy(lag), baseline);
    QCOMPARE(task.baseline().loss, baseline);
    // Blank, for sure, until the delimiter has been seen; then 1/8 for each symbol, never blank.
    const Evaluation e =
        task.evaluateSplit(Split::Validation, 128, [&](const core::SequenceBatch<double>& batch) {
            core::Matrix<double> logits(batch.steps * batch.batch, 9);
            for (Index t = 0; t < batch.steps; ++t) {
                const bool recall = t >= lag + 10;
                for (Index b = 0; b < batch.batch; ++b) {
                    logits.row(t * batch.batch + b).setConstant(recall ? 0.0 : -1000.0);
                    logits(t * batch.batch + b, 0) = recall ? -1000.0 : 0.0;
                }
            }
            return logits;
        });
    QVERIFY2(std::abs(e.loss - baseline) < 1e-12, qPrintable(QString::number(e.loss)));
    QVERIFY(!e.solved);
    // Ties go to symbol 1, which is right one time in eight.
    const double n = e.metricWeight;
    QCOMPARE(n, 2000.0 * 10);
    QVERIFY(std::abs(e.metric - 1.0 / 8) < 4 * std::sqrt((1.0 / 8) * (7.0 / 8) / n));
    QVERIFY(task.successCriterion().find("nats") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestCopyTask)
#include "tst_copy_task.moc"
