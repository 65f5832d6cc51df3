// Accuracy, MAE, RMSE and perplexity against values worked out by hand.
#include "core/metrics.h"

#include <QTest>
#include <cmath>

using namespace core;

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void classAccuracy_data();
    void classAccuracy();
    void binaryAccuracyThresholdsAtHalf();
    void regressionErrors();
    void perplexityOfUniformLogitsIsClassCount();
    void batchesAddUpToTheWhole();
    void nothingToAverageIsNaN();
};

void TestMetrics::classAccuracy_data() {
    QTest::addColumn<bool>("weighted");
    QTest::addColumn<double>("accuracy");
    // Rows 0, 1 right; 2 wrong; 3 ignored (−1); row 2 is padding when weighted.
    QTest::newRow("all rows") << false << 2.0 / 3;
    QTest::newRow("padding excluded") << true << 1.0;
}

void TestMetrics::classAccuracy() {
    QFETCH(bool, weighted);
    QFETCH(double, accuracy);
    const Matrix<double> logits{{3, 1, 0}, {0, 0, 2}, {5, 4, 1}, {1, 2, 3}};
    const std::vector<int32_t> classes = {0, 2, 1, kIgnoredClass};
    const Vector<double> weights{{1, 1, 0, 1}};
    const Metrics m =
        Metrics::measure(LossKind::CrossEntropy, logits, LossTarget<double>::ofClasses(classes),
                         weighted ? &weights : nullptr);
    QVERIFY(std::abs(m.accuracy() - accuracy) < 1e-15);
    QVERIFY(!m.hasErrors());
    QVERIFY(m.hasPerplexity());
}

void TestMetrics::binaryAccuracyThresholdsAtHalf() {
    // σ(x) ≥ 0.5 ⇔ x ≥ 0 is predicted 1; targets ≥ 0.5 count as 1.
    const Matrix<float> logits{{2, -1, 0}, {-3, 0.5f, -0.1f}};
    const Matrix<float> targets{{1, 0, 1}, {1, 0.7f, 0.2f}};
    const Metrics m = Metrics::measure(LossKind::BinaryCrossEntropy, logits,
                                       LossTarget<float>::ofValues(targets), nullptr);
    QCOMPARE(m.judged, 6.0);
    QCOMPARE(m.correct, 5.0); // all but (1, 0)
    QVERIFY(std::abs(m.accuracy() - 5.0 / 6) < 1e-15);
}

void TestMetrics::regressionErrors() {
    const Matrix<double> outputs{{1, 2}, {3, 4}, {0, 0}};
    const Matrix<double> targets{{0, 2}, {5, 4}, {9, 9}};
    const Vector<double> weights{{1, 1, 0}};
    const Metrics m = Metrics::measure(LossKind::MeanSquaredError, outputs,
                                       LossTarget<double>::ofValues(targets), &weights);
    // Errors 1, 0, −2, 0 over 4 elements.
    QVERIFY(std::abs(m.meanAbsoluteError() - 0.75) < 1e-15);
    QVERIFY(std::abs(m.rootMeanSquaredError() - std::sqrt(5.0 / 4)) < 1e-15);
    QVERIFY(!m.hasAccuracy());
}

void TestMetrics::perplexityOfUniformLogitsIsClassCount() {
    const Matrix<double> logits = Matrix<double>::Constant(4, 7, 0.25);
    const std::vector<int32_t> classes = {0, 3, 6, 2};
    const Metrics m = Metrics::measure(LossKind::CrossEntropy, logits,
                                       LossTarget<double>::ofClasses(classes), nullptr);
    QVERIFY(std::abs(m.meanCrossEntropy() - std::log(7.0)) < 1e-14);
    QVERIFY(std::abs(m.perplexity() - 7) < 1e-12);
    QVERIFY(std::abs(perplexity(std::log(50.0)) - 50) < 1e-12);
}

void TestMetrics::batchesAddUpToTheWhole() {
    const Matrix<double> outputs{{1, 2}, {3, 4}, {-1, 0.5}, {2, 2}, {0, 7}};
    const Matrix<double> targets{{0, 2}, {5, 4}, {1, 1}, {2, 3}, {1, 1}};
    Metrics parts =
        Metrics::measure(LossKind::MeanSquaredError, Matrix<double>(outputs.topRows(2)),
                         LossTarget<double>::ofValues(targets.topRows(2).eval()), nullptr);
    parts += Metrics::measure(LossKind::MeanSquaredError, Matrix<double>(outputs.bottomRows(3)),
                              LossTarget<double>::ofValues(targets.bottomRows(3).eval()), nullptr);
    const Metrics whole = Metrics::measure(LossKind::MeanSquaredError, outputs,
                                           LossTarget<double>::ofValues(targets), nullptr);
    QVERIFY(std::abs(parts.meanAbsoluteError() - whole.meanAbsoluteError()) < 1e-15);
    QVERIFY(std::abs(parts.rootMeanSquaredError() - whole.rootMeanSquaredError()) < 1e-15);
}

void TestMetrics::nothingToAverageIsNaN() {
    const Metrics empty;
    QVERIFY(std::isnan(empty.accuracy()));
    QVERIFY(std::isnan(empty.rootMeanSquaredError()));
    QVERIFY(std::isnan(empty.perplexity()));
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
