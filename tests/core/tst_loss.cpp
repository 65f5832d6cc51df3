// The losses against central finite differences and closed forms.
#include "core/binary_cross_entropy_loss.h"
#include "core/cross_entropy_loss.h"
#include "core/loss.h"
#include "core/mse_loss.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>

Q_DECLARE_METATYPE(core::LossKind)

using namespace core;

namespace {

double uniform(std::mt19937_64& engine, double low, double high) {
    return low + (high - low) * static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

/** A loss problem: N×O outputs and targets of the kind's sort, optionally with padding. */
struct Problem {
    Matrix<double> outputs, values;
    std::vector<int32_t> classes;
    Vector<double> weights;
    bool weighted = false;

    LossTarget<double> target(LossKind kind) const {
        return kind == LossKind::CrossEntropy ? LossTarget<double>::ofClasses(classes)
                                              : LossTarget<double>::ofValues(values);
    }
    const Vector<double>* rowWeights() const { return weighted ? &weights : nullptr; }
};

/** Per-step problem: S = 3 steps of B = 3 sequences of lengths 3, 1, 2; or B = 5 sequences. */
Problem makeProblem(LossKind kind, bool perStep, bool weighted, Index outputsPerRow) {
    std::mt19937_64 engine(42 + static_cast<int>(kind));
    const Index steps = perStep ? 3 : 1, batch = perStep ? 3 : 5;
    const Index rows = steps * batch;
    Problem p;
    p.outputs.resize(rows, outputsPerRow);
    p.values.resize(rows, outputsPerRow);
    for (Index i = 0; i < p.outputs.size(); ++i) {
        p.outputs.data()[i] = uniform(engine, -3, 3);
        p.values.data()[i] =
            kind == LossKind::BinaryCrossEntropy ? uniform(engine, 0, 1) : uniform(engine, -2, 2);
    }
    for (Index r = 0; r < rows; ++r)
        p.classes.push_back(static_cast<int32_t>(engine() % static_cast<uint64_t>(outputsPerRow)));
    p.classes[1] = kIgnoredClass;
    p.weighted = weighted;
    p.weights = perStep ? rowWeightsFromLengths<double>({3, 1, 2}, steps, batch)
                        : Vector<double>{{1, 0, 1, 1, 0}};
    return p;
}

} // namespace

class TestLoss : public QObject {
    Q_OBJECT

private slots:
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void crossEntropyOfUniformLogitsIsLogClasses_data();
    void crossEntropyOfUniformLogitsIsLogClasses();
    void mseOfConstantPrediction();
    void bceOfZeroLogitsIsLogTwo();
    void largeLogitsStayFinite();
    void paddingIsIgnoredEvenWhenNaN_data();
    void paddingIsIgnoredEvenWhenNaN();
    void nothingValidGivesZero();
    void floatAgreesWithDouble_data();
    void floatAgreesWithDouble();
    void rowWeightsFromLengths();
    void badInputsThrow();
    void namesAndFactory();
};

void TestLoss::gradientMatchesFiniteDifferences_data() {
    QTest::addColumn<LossKind>("kind");
    QTest::addColumn<bool>("perStep");
    QTest::addColumn<bool>("weighted");
    QTest::addColumn<int>("outputsPerRow");
    for (LossKind kind :
         {LossKind::MeanSquaredError, LossKind::CrossEntropy, LossKind::BinaryCrossEntropy})
        for (bool perStep : {true, false})
            for (bool weighted : {false, true}) {
                const std::string name = lossKindName(kind) +
                                         (perStep ? " per-step" : " per-sequence") +
                                         (weighted ? " padded" : "");
                QTest::newRow(name.c_str()) << kind << perStep << weighted << 4;
            }
    QTest::newRow("cross-entropy two classes") << LossKind::CrossEntropy << true << true << 2;
    QTest::newRow("bce single output") << LossKind::BinaryCrossEntropy << true << true << 1;
}

void TestLoss::gradientMatchesFiniteDifferences() {
    QFETCH(LossKind, kind);
    QFETCH(bool, perStep);
    QFETCH(bool, weighted);
    QFETCH(int, outputsPerRow);
    Problem p = makeProblem(kind, perStep, weighted, outputsPerRow);
    const auto loss = makeLoss<double>(kind);
    QCOMPARE(loss->kind(), kind);
    const LossTarget<double> target = p.target(kind);

    Matrix<double> analytic;
    loss->evaluate(p.outputs, target, p.rowWeights(), &analytic);
    QCOMPARE(analytic.rows(), p.outputs.rows());
    QCOMPARE(analytic.cols(), p.outputs.cols());

    const double h = 1e-5;
    Matrix<double> numeric(p.outputs.rows(), p.outputs.cols());
    for (Index i = 0; i < p.outputs.size(); ++i) {
        const double saved = p.outputs.data()[i];
        p.outputs.data()[i] = saved + h;
        const double plus = loss->evaluate(p.outputs, target, p.rowWeights(), nullptr);
        p.outputs.data()[i] = saved - h;
        const double minus = loss->evaluate(p.outputs, target, p.rowWeights(), nullptr);
        p.outputs.data()[i] = saved;
        numeric.data()[i] = (plus - minus) / (2 * h);
    }
    const double error = (analytic - numeric).norm() / (analytic.norm() + numeric.norm());
    QVERIFY2(error < 1e-7, qPrintable(QString::number(error)));
    QVERIFY(analytic.norm() > 0);
    for (Index r = 0; r < p.outputs.rows(); ++r)
        if ((weighted && p.weights[r] == 0) || (kind == LossKind::CrossEntropy && r == 1))
            QCOMPARE(analytic.row(r).norm(), 0.0);
}

void TestLoss::crossEntropyOfUniformLogitsIsLogClasses_data() {
    QTest::addColumn<int>("classCount");
    QTest::addColumn<double>("logit");
    QTest::newRow("2 classes at 0") << 2 << 0.0;
    QTest::newRow("5 classes at 3.5") << 5 << 3.5;
    QTest::newRow("1000 classes at -40") << 1000 << -40.0;
}

void TestLoss::crossEntropyOfUniformLogitsIsLogClasses() {
    QFETCH(int, classCount);
    QFETCH(double, logit);
    const Matrix<double> outputs = Matrix<double>::Constant(3, classCount, logit);
    const std::vector<int32_t> classes = {0, classCount - 1, classCount / 2};
    Matrix<double> d;
    const double value = CrossEntropyLoss<double>().evaluate(
        outputs, LossTarget<double>::ofClasses(classes), nullptr, &d);
    QVERIFY(std::abs(value - std::log(classCount)) < 1e-12);
    // ∂L/∂x = (1/O − onehot)/N
    for (Index r = 0; r < 3; ++r)
        for (Index o = 0; o < classCount; ++o) {
            const double expected = (1.0 / classCount - (o == classes[size_t(r)] ? 1 : 0)) / 3;
            QVERIFY(std::abs(d(r, o) - expected) < 1e-15);
        }
}

void TestLoss::mseOfConstantPrediction() {
    // Targets 1, 2, 3, 4 (mean 2.5, variance 1.25): a constant c costs 1.25 + (c − 2.5)².
    const Matrix<double> targets{{1, 2}, {3, 4}, {100, -100}};
    const Vector<double> weights{{1, 1, 0}};
    for (double c : {0.0, 2.5, -1.0}) {
        const Matrix<double> outputs = Matrix<double>::Constant(3, 2, c);
        const double value = MseLoss<double>().evaluate(
            outputs, LossTarget<double>::ofValues(targets), &weights, nullptr);
        QVERIFY(std::abs(value - (1.25 + (c - 2.5) * (c - 2.5))) < 1e-12);
    }
}

void TestLoss::bceOfZeroLogitsIsLogTwo() {
    const Matrix<double> outputs = Matrix<double>::Zero(2, 3);
    const Matrix<double> targets{{0, 1, 0.3}, {1, 1, 0}};
    Matrix<double> d;
    const double value = BinaryCrossEntropyLoss<double>().evaluate(
        outputs, LossTarget<double>::ofValues(targets), nullptr, &d);
    QVERIFY(std::abs(value - std::log(2.0)) < 1e-15);
    const Matrix<double> expected = (Matrix<double>::Constant(2, 3, 0.5) - targets) / 6;
    QVERIFY((d - expected).norm() < 1e-15);
}

void TestLoss::largeLogitsStayFinite() {
    const Matrix<double> logits{{1000, 0}, {-1000, 0}};
    const std::vector<int32_t> classes = {1, 1};
    // Row 0 costs 1000, row 1 nothing (to e^−1000).
    const double ce = CrossEntropyLoss<double>().evaluate(
        logits, LossTarget<double>::ofClasses(classes), nullptr, nullptr);
    QVERIFY(std::abs(ce - 500) < 1e-12);

    const Matrix<double> targets{{1, 0}, {1, 0}};
    Matrix<double> d;
    const double bce = BinaryCrossEntropyLoss<double>().evaluate(
        logits, LossTarget<double>::ofValues(targets), nullptr, &d);
    // Elements: 0, log 2, 1000, log 2.
    QVERIFY(std::abs(bce - (1000 + 2 * std::log(2.0)) / 4) < 1e-12);
    QVERIFY(d.allFinite());
    QVERIFY(std::abs(d(1, 0) - (-0.25)) < 1e-15);

    const Matrix<float> floatLogits = logits.cast<float>();
    const float floatCe = CrossEntropyLoss<float>().evaluate(
        floatLogits, LossTarget<float>::ofClasses(classes), nullptr, nullptr);
    QVERIFY(std::isfinite(floatCe));
}

void TestLoss::paddingIsIgnoredEvenWhenNaN_data() {
    QTest::addColumn<LossKind>("kind");
    QTest::newRow("mse") << LossKind::MeanSquaredError;
    QTest::newRow("cross-entropy") << LossKind::CrossEntropy;
    QTest::newRow("bce") << LossKind::BinaryCrossEntropy;
}

void TestLoss::paddingIsIgnoredEvenWhenNaN() {
    QFETCH(LossKind, kind);
    Problem p = makeProblem(kind, true, true, 3);
    const auto loss = makeLoss<double>(kind);
    Matrix<double> before, after;
    const double clean = loss->evaluate(p.outputs, p.target(kind), p.rowWeights(), &before);
    for (Index r = 0; r < p.outputs.rows(); ++r)
        if (p.weights[r] == 0) {
            p.outputs.row(r).setConstant(std::numeric_limits<double>::quiet_NaN());
            p.values.row(r).setConstant(std::numeric_limits<double>::quiet_NaN());
        }
    const double dirty = loss->evaluate(p.outputs, p.target(kind), p.rowWeights(), &after);
    QCOMPARE(dirty, clean);
    QVERIFY(after == before);

    // The weighted loss is the plain loss of the valid rows alone.
    std::vector<Index> valid;
    for (Index r = 0; r < p.outputs.rows(); ++r)
        if (p.weights[r] != 0)
            valid.push_back(r);
    Problem kept;
    kept.outputs = p.outputs(valid, Eigen::all);
    kept.values = p.values(valid, Eigen::all);
    for (Index r : valid)
        kept.classes.push_back(p.classes[size_t(r)]);
    const double alone = loss->evaluate(kept.outputs, kept.target(kind), nullptr, nullptr);
    QVERIFY(std::abs(alone - clean) < 1e-14);
}

void TestLoss::nothingValidGivesZero() {
    const Matrix<double> outputs = Matrix<double>::Ones(2, 3);
    const Vector<double> none = Vector<double>::Zero(2);
    const std::vector<int32_t> ignored = {kIgnoredClass, kIgnoredClass};
    Matrix<double> d;
    QCOMPARE(CrossEntropyLoss<double>().evaluate(outputs, LossTarget<double>::ofClasses(ignored),
                                                 nullptr, &d),
             0.0);
    QVERIFY(d.isZero(0));
    QCOMPARE(MseLoss<double>().evaluate(outputs, LossTarget<double>::ofValues(outputs), &none, &d),
             0.0);
    QVERIFY(d.isZero(0));
}

void TestLoss::floatAgreesWithDouble_data() {
    paddingIsIgnoredEvenWhenNaN_data();
}

void TestLoss::floatAgreesWithDouble() {
    QFETCH(LossKind, kind);
    const Problem p = makeProblem(kind, true, true, 4);
    Matrix<double> d;
    const double reference =
        makeLoss<double>(kind)->evaluate(p.outputs, p.target(kind), p.rowWeights(), &d);
    const Matrix<float> outputs = p.outputs.cast<float>(), values = p.values.cast<float>();
    const Vector<float> weights = p.weights.cast<float>();
    const LossTarget<float> target = kind == LossKind::CrossEntropy
                                         ? LossTarget<float>::ofClasses(p.classes)
                                         : LossTarget<float>::ofValues(values);
    Matrix<float> dFloat;
    const float value = makeLoss<float>(kind)->evaluate(outputs, target, &weights, &dFloat);
    QVERIFY(std::abs(value - reference) < 1e-5 * (1 + std::abs(reference)));
    QVERIFY((dFloat.cast<double>() - d).norm() < 1e-6);
}

void TestLoss::rowWeightsFromLengths() {
    const Vector<float> weights = core::rowWeightsFromLengths<float>({2, 3, 1}, 3, 3);
    const Vector<float> expected{{1, 1, 1, 1, 1, 0, 0, 1, 0}};
    QVERIFY(weights == expected);
    QVERIFY(core::rowWeightsFromLengths<double>({}, 2, 2) == Vector<double>::Ones(4));
}

void TestLoss::badInputsThrow() {
    const Matrix<double> outputs = Matrix<double>::Zero(3, 2);
    const Matrix<double> wrong = Matrix<double>::Zero(2, 2);
    const Vector<double> shortWeights = Vector<double>::Ones(2);
    const std::vector<int32_t> outOfRange = {0, 2, 1};
    const std::vector<int32_t> tooFew = {0, 1};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             MseLoss<double>().evaluate(outputs, {}, nullptr, nullptr));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        MseLoss<double>().evaluate(outputs, LossTarget<double>::ofValues(wrong), nullptr, nullptr));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        BinaryCrossEntropyLoss<double>().evaluate(outputs, LossTarget<double>::ofValues(outputs),
                                                  &shortWeights, nullptr));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        CrossEntropyLoss<double>().evaluate(outputs, LossTarget<double>::ofClasses(outOfRange),
                                            nullptr, nullptr));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             CrossEntropyLoss<double>().evaluate(
                                 outputs, LossTarget<double>::ofClasses(tooFew), nullptr, nullptr));
}

void TestLoss::namesAndFactory() {
    QCOMPARE(lossKindName(LossKind::MeanSquaredError), std::string("mse"));
    QCOMPARE(lossKindName(LossKind::CrossEntropy), std::string("cross-entropy"));
    QCOMPARE(lossKindName(LossKind::BinaryCrossEntropy), std::string("bce"));
    for (LossKind kind :
         {LossKind::MeanSquaredError, LossKind::CrossEntropy, LossKind::BinaryCrossEntropy}) {
        QCOMPARE(lossKindFromName(lossKindName(kind)), std::optional<LossKind>(kind));
        QCOMPARE(makeLoss<float>(kind)->kind(), kind);
    }
    QVERIFY(!lossKindFromName("hinge"));
}

QTEST_APPLESS_MAIN(TestLoss)
#include "tst_loss.moc"
