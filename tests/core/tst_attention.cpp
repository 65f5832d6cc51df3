// Attention: closed forms, the softmax's masking, and every gradient against central differences.
#include "core/attention.h"

#include <QTest>
#include <cmath>
#include <random>
#include <utility>

using core::Attention;
using core::AttentionKind;
using core::Index;
using core::Lengths;
using core::Matrix;

Q_DECLARE_METATYPE(core::Lengths)

namespace {

constexpr Index kBatch = 3;
constexpr Index kKeySteps = 4;
constexpr Index kKeySize = 3;
constexpr double kStep = 1e-5;      // central-difference step
constexpr double kTolerance = 1e-6; // relative error of a whole gradient tensor

Matrix<double> randomMatrix(Index rows, Index cols, std::mt19937& rng) {
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    Matrix<double> m(rows, cols);
    for (Index i = 0; i < m.size(); ++i)
        m.data()[i] = uniform(rng);
    return m;
}

/** ‖a − n‖ / (‖a‖ + ‖n‖), 0 when both vanish. */
double relativeError(const Eigen::VectorXd& analytic, const Eigen::VectorXd& numeric) {
    const double scale = analytic.norm() + numeric.norm();
    return scale == 0.0 ? 0.0 : (analytic - numeric).norm() / scale;
}

/** Random keys, queries, parameters and loss weights w for the loss L = Σ w ⊙ contexts. */
struct Problem {
    Problem(AttentionKind kind, Index querySteps, Lengths keyLengths)
        : attention(kind, kind == AttentionKind::Dot ? kKeySize : 2, kKeySize, 4)
        , lengths(std::move(keyLengths)) {
        std::mt19937 rng(kind == AttentionKind::Dot ? 7 : 11);
        keys = randomMatrix(kKeySteps * kBatch, kKeySize, rng);
        queries = randomMatrix(querySteps * kBatch, attention.querySize(), rng);
        lossWeights = randomMatrix(querySteps * kBatch, kKeySize, rng);
        const Matrix<double> flat = randomMatrix(attention.parameterCount(), 1, rng);
        parameters.assign(flat.data(), flat.data() + flat.size());
        gradients.assign(parameters.size(), 0.0);
        attention.bind(parameters.data(), gradients.data());
    }

    double loss() {
        attention.forward(keys, kBatch, lengths, queries, contexts);
        return (lossWeights.array() * contexts.array()).sum();
    }

    /** ∂L/∂x by central differences, perturbing x in place. */
    Eigen::VectorXd numericGradient(double* x, Index count) {
        Eigen::VectorXd gradient(count);
        for (Index i = 0; i < count; ++i) {
            const double saved = x[i];
            x[i] = saved + kStep;
            const double up = loss();
            x[i] = saved - kStep;
            const double down = loss();
            x[i] = saved;
            gradient[i] = (up - down) / (2 * kStep);
        }
        return gradient;
    }

    Attention<double> attention;
    Lengths lengths;
    Matrix<double> keys, queries, lossWeights, contexts;
    std::vector<double> parameters, gradients;
};

Eigen::VectorXd flatten(const Matrix<double>& m) {
    return Eigen::Map<const Eigen::VectorXd>(m.data(), m.size());
}

void addCaseColumns() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("querySteps");
    QTest::addColumn<Lengths>("lengths");
    for (const char* kind : {"dot", "additive"})
        for (const int querySteps : {1, 3}) {
            const QByteArray stem = QByteArray(kind) + ", " + QByteArray::number(querySteps) +
                                    (querySteps == 1 ? " query step" : " query steps");
            QTest::newRow(stem + ", full") << QString::fromLatin1(kind) << querySteps << Lengths{};
            QTest::newRow(stem + ", unequal")
                << QString::fromLatin1(kind) << querySteps << Lengths{kKeySteps, 1, 3};
        }
}

AttentionKind kindFrom(const QString& name) {
    return core::attentionKindFromName(name.toStdString()).value();
}

} // namespace

class TestAttention : public QObject {
    Q_OBJECT

private slots:
    void kindNames();
    void rejectsInvalidShapes();
    void parameterShapes();
    void weightsAreMaskedDistributions_data() { addCaseColumns(); }
    void weightsAreMaskedDistributions();
    void gradientsMatchFiniteDifferences_data() { addCaseColumns(); }
    void gradientsMatchFiniteDifferences();
    void backwardWritesInputsAndAccumulatesParameters();
    void dotClosedForm();
    void additiveClosedForm();
    void emptySequenceHasZeroContext();
    void floatMatchesDouble();
};

void TestAttention::kindNames() {
    for (AttentionKind kind : {AttentionKind::None, AttentionKind::Dot, AttentionKind::Additive})
        QCOMPARE(core::attentionKindFromName(core::attentionKindName(kind)), kind);
    QCOMPARE(core::attentionKindName(AttentionKind::Additive), std::string("additive"));
    QVERIFY(!core::attentionKindFromName("luong").has_value());
}

void TestAttention::rejectsInvalidShapes() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Attention<double>(AttentionKind::None, 3, 3, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Attention<double>(AttentionKind::Dot, 2, 3, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Attention<double>(AttentionKind::Additive, 2, 3, 0));
    QCOMPARE(Attention<double>(AttentionKind::Dot, 3, 3, 0).parameterCount(), Index(0));
}

void TestAttention::parameterShapes() {
    const Attention<double> additive(AttentionKind::Additive, 2, 3, 4);
    const auto shapes = additive.parameterShapes();
    QCOMPARE(shapes.size(), size_t(4));
    const char* names[] = {"query_weight", "key_weight", "bias", "score_weight"};
    const Index rows[] = {4, 4, 4, 4}, cols[] = {2, 3, 1, 1};
    for (size_t i = 0; i < shapes.size(); ++i) {
        QCOMPARE(shapes[i].name, std::string(names[i]));
        QCOMPARE(shapes[i].rows, rows[i]);
        QCOMPARE(shapes[i].cols, cols[i]);
    }
    QCOMPARE(additive.parameterCount(), Index(4 * (2 + 3 + 2)));
    QVERIFY(Attention<double>(AttentionKind::Dot, 3, 3, 4).parameterShapes().empty());
}

void TestAttention::weightsAreMaskedDistributions() {
    QFETCH(QString, kind);
    QFETCH(int, querySteps);
    QFETCH(Lengths, lengths);
    Problem problem(kindFrom(kind), querySteps, lengths);
    problem.loss();
    const Matrix<double>& weights = problem.attention.weights();
    QCOMPARE(weights.rows(), Index(querySteps) * kBatch);
    QCOMPARE(weights.cols(), kKeySteps);
    for (Index j = 0; j < querySteps; ++j)
        for (Index b = 0; b < kBatch; ++b) {
            const Index valid = lengths.empty() ? kKeySteps : lengths[size_t(b)];
            const auto row = weights.row(j * kBatch + b);
            QVERIFY(std::abs(row.sum() - 1.0) < 1e-12);
            QVERIFY((row.head(valid).array() > 0.0).all());
            QVERIFY((row.tail(kKeySteps - valid).array() == 0.0).all());
            // The context is the α-weighted average of the valid keys.
            Eigen::RowVectorXd expected = Eigen::RowVectorXd::Zero(kKeySize);
            for (Index s = 0; s < valid; ++s)
                expected += row[s] * problem.keys.row(s * kBatch + b);
            QVERIFY((problem.contexts.row(j * kBatch + b) - expected).norm() < 1e-12);
        }
}

void TestAttention::gradientsMatchFiniteDifferences() {
    QFETCH(QString, kind);
    QFETCH(int, querySteps);
    QFETCH(Lengths, lengths);
    Problem problem(kindFrom(kind), querySteps, lengths);
    problem.loss();
    Matrix<double> dKeys, dQueries;
    problem.attention.backward(problem.lossWeights, dKeys, dQueries);
    const Eigen::VectorXd analyticKeys = flatten(dKeys), analyticQueries = flatten(dQueries);
    const std::vector<double> analyticParameters = problem.gradients;

    const auto check = [](const char* what, const Eigen::VectorXd& analytic,
                          const Eigen::VectorXd& numeric) {
        const double error = relativeError(analytic, numeric);
        QVERIFY2(analytic.norm() > 0.0, what);
        QVERIFY2(error < kTolerance,
                 qPrintable(
                     QStringLiteral("%1: relative error %2").arg(QLatin1String(what)).arg(error)));
    };
    check("keys", analyticKeys, problem.numericGradient(problem.keys.data(), problem.keys.size()));
    check("queries", analyticQueries,
          problem.numericGradient(problem.queries.data(), problem.queries.size()));
    if (QTest::currentTestFailed())
        return;
    Index offset = 0;
    for (const core::ParameterShape& shape : problem.attention.parameterShapes()) {
        const Eigen::VectorXd analytic =
            Eigen::Map<const Eigen::VectorXd>(analyticParameters.data() + offset, shape.size());
        check(shape.name.c_str(), analytic,
              problem.numericGradient(problem.parameters.data() + offset, shape.size()));
        if (QTest::currentTestFailed())
            return;
        offset += shape.size();
    }
    QCOMPARE(offset, problem.attention.parameterCount());

    // Padded keys reach nothing, so their gradient is exactly zero.
    for (Index b = 0; b < kBatch && !lengths.empty(); ++b)
        for (Index s = lengths[size_t(b)]; s < kKeySteps; ++s)
            QVERIFY(dKeys.row(s * kBatch + b).isZero(0.0));
}

void TestAttention::backwardWritesInputsAndAccumulatesParameters() {
    Problem problem(AttentionKind::Additive, 2, Lengths{2, 4, 3});
    problem.loss();
    Matrix<double> dKeys, dQueries;
    problem.attention.backward(problem.lossWeights, dKeys, dQueries);
    const std::vector<double> once = problem.gradients;

    Matrix<double> dKeysAgain = Matrix<double>::Constant(dKeys.rows(), dKeys.cols(), 42.0);
    Matrix<double> dQueriesAgain = Matrix<double>::Constant(1, 1, -3.0); // wrong shape too
    problem.attention.backward(problem.lossWeights, dKeysAgain, dQueriesAgain);
    QCOMPARE(dKeysAgain, dKeys);
    QCOMPARE(dQueriesAgain, dQueries);
    for (size_t i = 0; i < once.size(); ++i)
        QCOMPARE(problem.gradients[i], 2.0 * once[i]);
}

void TestAttention::dotClosedForm() {
    // Two sequences of two keys; the second has one valid step. Query 0 scores (ln 3, 0), so
    // α = (3/4, 1/4); query 1 can only look at its one valid key.
    Attention<double> attention(AttentionKind::Dot, 2, 2, 0);
    Matrix<double> keys(4, 2), queries(2, 2), contexts;
    keys << 1, 0, /* t0 b1 */ 2, 0, /* t1 b0 */ 0, 1, /* t1 b1 */ 0, 5;
    queries << std::log(3.0), 0, /* b1 */ 1, 1;
    attention.forward(keys, 2, Lengths{2, 1}, queries, contexts);

    Matrix<double> expectedWeights(2, 2), expectedContexts(2, 2);
    expectedWeights << 0.75, 0.25, 1.0, 0.0;
    expectedContexts << 0.75, 0.25, 2.0, 0.0;
    QVERIFY(attention.weights().isApprox(expectedWeights, 1e-14));
    QVERIFY(contexts.isApprox(expectedContexts, 1e-14));
    QCOMPARE(attention.weights()(1, 1), 0.0);

    // ∂c_0/∂q_0 along dc = (1, 0): dα = (1, 0), de = α ⊙ (dα − 3/4) = (3/16, −3/16),
    // ∂L/∂q_0 = Σ de_s k_s = (3/16, −3/16).
    Matrix<double> dContexts(2, 2), dKeys, dQueries;
    dContexts << 1, 0, 0, 0;
    attention.backward(dContexts, dKeys, dQueries);
    QVERIFY(std::abs(dQueries(0, 0) - 3.0 / 16) < 1e-14);
    QVERIFY(std::abs(dQueries(0, 1) + 3.0 / 16) < 1e-14);
}

void TestAttention::additiveClosedForm() {
    // A = Q = K = 1, W_q = 0, W_k = 1, b = 0: e_s = v tanh(k_s). With keys (1, 0) and
    // v = ln 3 / tanh 1 the scores are (ln 3, 0), so α = (3/4, 1/4) and c = 3/4.
    Attention<double> attention(AttentionKind::Additive, 1, 1, 1);
    std::vector<double> parameters = {0.0, 1.0, 0.0, std::log(3.0) / std::tanh(1.0)};
    std::vector<double> gradients(parameters.size(), 0.0);
    attention.bind(parameters.data(), gradients.data());
    Matrix<double> keys(2, 1), queries(1, 1), contexts;
    keys << 1, 0;
    queries << 7;
    attention.forward(keys, 1, Lengths{}, queries, contexts);
    QVERIFY(std::abs(attention.weights()(0, 0) - 0.75) < 1e-14);
    QVERIFY(std::abs(attention.weights()(0, 1) - 0.25) < 1e-14);
    QVERIFY(std::abs(contexts(0, 0) - 0.75) < 1e-14);

    // W_q = 0 and equal scores: every valid key weighs the same, whatever the query.
    parameters = {0.5, 0.0, 0.3, 2.0};
    attention.forward(keys, 1, Lengths{}, queries, contexts);
    QVERIFY(std::abs(attention.weights()(0, 0) - 0.5) < 1e-14);
    QVERIFY(std::abs(contexts(0, 0) - 0.5) < 1e-14);
}

void TestAttention::emptySequenceHasZeroContext() {
    Problem problem(AttentionKind::Additive, 2, Lengths{0, 4, 2});
    problem.loss();
    Matrix<double> dKeys, dQueries;
    problem.attention.backward(problem.lossWeights, dKeys, dQueries);
    for (Index j = 0; j < 2; ++j) {
        QVERIFY(problem.attention.weights().row(j * kBatch).isZero(0.0));
        QVERIFY(problem.contexts.row(j * kBatch).isZero(0.0));
        QVERIFY(dQueries.row(j * kBatch).isZero(0.0));
    }
    for (Index s = 0; s < kKeySteps; ++s)
        QVERIFY(dKeys.row(s * kBatch).isZero(0.0));
}

void TestAttention::floatMatchesDouble() {
    Problem problem(AttentionKind::Additive, 3, Lengths{4, 1, 3});
    problem.loss();
    Matrix<double> dKeys, dQueries;
    problem.attention.backward(problem.lossWeights, dKeys, dQueries);

    Attention<float> attention(AttentionKind::Additive, 2, kKeySize, 4);
    std::vector<float> parameters(problem.parameters.begin(), problem.parameters.end());
    std::vector<float> gradients(parameters.size(), 0.0f);
    attention.bind(parameters.data(), gradients.data());
    const Matrix<float> keys = problem.keys.cast<float>(), queries = problem.queries.cast<float>();
    Matrix<float> contexts, dKeysFloat, dQueriesFloat;
    attention.forward(keys, kBatch, problem.lengths, queries, contexts);
    attention.backward(problem.lossWeights.cast<float>(), dKeysFloat, dQueriesFloat);
    QVERIFY(contexts.cast<double>().isApprox(problem.contexts, 1e-5));
    QVERIFY(dKeysFloat.cast<double>().isApprox(dKeys, 1e-5));
    QVERIFY(dQueriesFloat.cast<double>().isApprox(dQueries, 1e-5));
}

QTEST_APPLESS_MAIN(TestAttention)
#include "tst_attention.moc"
