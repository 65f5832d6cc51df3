// Weight initializers: bounds, orthogonality, determinism under a seed and their statistics.
#include "core/initializer.h"

#include <QTest>
#include <cmath>

Q_DECLARE_METATYPE(core::InitializerKind)

using namespace core;

namespace {

MatrixMap<double> view(Matrix<double>& m) {
    return MatrixMap<double>(m.data(), m.rows(), m.cols());
}

double sampleMean(const Matrix<double>& m) {
    return m.mean();
}

double sampleVariance(const Matrix<double>& m) {
    return (m.array() - m.mean()).square().sum() / static_cast<double>(m.size() - 1);
}

} // namespace

class TestInitializer : public QObject {
    Q_OBJECT

private slots:
    void drawsArePortable();
    void uniformBounds_data();
    void uniformBounds();
    void orthogonal_data();
    void orthogonal();
    void orthogonalFloat();
    void sameSeedSameWeights_data();
    void sameSeedSameWeights();
    void statistics_data();
    void statistics();
    void constant();
    void names();
};

void TestInitializer::drawsArePortable() {
    // The standard fixes mt19937_64's sequence (its 10000th output from the default seed), and
    // the first draw of the default seed, 14514284786278117030, becomes ⌊x/2¹¹⌋·2⁻⁵³.
    std::mt19937_64 engine;
    QCOMPARE(uniformUnit(engine), 0.7868209548678019);
    engine.seed();
    engine.discard(9999);
    QCOMPARE(engine(), std::uint64_t(9981545732273789042ULL));
    std::mt19937_64 normals(7);
    for (int i = 0; i < 10000; ++i)
        QVERIFY(std::isfinite(standardNormal(normals)));
}

void TestInitializer::uniformBounds_data() {
    QTest::addColumn<InitializerKind>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<double>("bound");
    QTest::newRow("pytorch H=16") << InitializerKind::PytorchDefault << 64 << 16 << 0.25;
    QTest::newRow("xavier 64x16") << InitializerKind::XavierUniform << 64 << 16
                                  << std::sqrt(6.0 / 80);
    QTest::newRow("xavier 3x5 gain 2")
        << InitializerKind::XavierUniform << 3 << 5 << 2 * std::sqrt(6.0 / 8);
}

void TestInitializer::uniformBounds() {
    QFETCH(InitializerKind, kind);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(double, bound);
    Initializer initializer;
    initializer.kind = kind;
    initializer.gain = rows == 3 ? 2 : 1;
    Matrix<double> w(rows, cols);
    std::mt19937_64 engine(1);
    initializer.apply(w, 16, engine);
    QVERIFY(w.maxCoeff() < bound);
    QVERIFY(w.minCoeff() >= -bound);
    // The range is used: something lands in the outer tenth on each side.
    if (w.size() > 100) {
        QVERIFY(w.maxCoeff() > 0.9 * bound);
        QVERIFY(w.minCoeff() < -0.9 * bound);
    }
}

void TestInitializer::orthogonal_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<double>("gain");
    QTest::newRow("square 8") << 8 << 8 << 1.0;
    QTest::newRow("tall 4H x H") << 48 << 12 << 1.0;
    QTest::newRow("wide 3 x 7") << 3 << 7 << 1.0;
    QTest::newRow("square, gain 2") << 5 << 5 << 2.0;
    QTest::newRow("1 x 1") << 1 << 1 << 1.0;
}

void TestInitializer::orthogonal() {
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(double, gain);
    Matrix<double> w(rows, cols);
    std::mt19937_64 engine(2024);
    initializeOrthogonal(view(w), gain, engine);
    const Matrix<double> gram =
        rows >= cols ? Matrix<double>(w.transpose() * w) : Matrix<double>(w * w.transpose());
    const Index n = gram.rows();
    const double error =
        (gram - gain * gain * Matrix<double>::Identity(n, n)).lpNorm<Eigen::Infinity>();
    QVERIFY2(error < 1e-12, qPrintable(QString::number(error)));
}

void TestInitializer::orthogonalFloat() {
    Matrix<float> w(20, 5);
    std::mt19937_64 engine(3);
    initializeOrthogonal(MatrixMap<float>(w.data(), 20, 5), 1.0, engine);
    QVERIFY((w.transpose() * w - Matrix<float>::Identity(5, 5)).lpNorm<Eigen::Infinity>() < 1e-5f);
}

void TestInitializer::sameSeedSameWeights_data() {
    QTest::addColumn<InitializerKind>("kind");
    QTest::newRow("pytorch") << InitializerKind::PytorchDefault;
    QTest::newRow("xavier") << InitializerKind::XavierUniform;
    QTest::newRow("orthogonal") << InitializerKind::Orthogonal;
    QTest::newRow("normal") << InitializerKind::Normal;
}

void TestInitializer::sameSeedSameWeights() {
    QFETCH(InitializerKind, kind);
    Initializer initializer;
    initializer.kind = kind;
    Matrix<double> a(12, 3), b(12, 3), c(12, 3);
    std::mt19937_64 first(99), second(99), other(100);
    initializer.apply(a, 3, first);
    initializer.apply(b, 3, second);
    initializer.apply(c, 3, other);
    QVERIFY(a == b);
    QVERIFY(a != c);
    // A float network drawn from the same seed holds the same numbers, rounded.
    Matrix<float> f(12, 3);
    std::mt19937_64 third(99);
    initializer.apply(f, 3, third);
    QVERIFY(f == a.cast<float>());
}

void TestInitializer::statistics_data() {
    QTest::addColumn<InitializerKind>("kind");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("variance");
    // 400×500 = 200,000 draws: the mean is within 5 standard errors, the variance within 2 %.
    QTest::newRow("pytorch U(−k, k), H = 4") << InitializerKind::PytorchDefault << 0.0 << 0.25 / 3;
    QTest::newRow("xavier U(−a, a)") << InitializerKind::XavierUniform << 0.0 << 6.0 / 900 / 3;
    QTest::newRow("normal N(0.5, 0.2²)") << InitializerKind::Normal << 0.5 << 0.04;
}

void TestInitializer::statistics() {
    QFETCH(InitializerKind, kind);
    QFETCH(double, mean);
    QFETCH(double, variance);
    Initializer initializer;
    initializer.kind = kind;
    initializer.mean = 0.5;
    initializer.standardDeviation = 0.2;
    Matrix<double> w(400, 500);
    std::mt19937_64 engine(12345);
    initializer.apply(w, 4, engine);
    const double standardError = std::sqrt(variance / static_cast<double>(w.size()));
    QVERIFY2(std::abs(sampleMean(w) - mean) < 5 * standardError,
             qPrintable(QString::number(sampleMean(w))));
    QVERIFY2(std::abs(sampleVariance(w) / variance - 1) < 0.02,
             qPrintable(QString::number(sampleVariance(w))));
    if (kind == InitializerKind::Normal) {
        // Normal, not just the right moments: 68.27 % within one σ, 95.45 % within two.
        const auto within = [&](double k) {
            return ((w.array() - 0.5).abs() < k * 0.2).cast<double>().mean();
        };
        QVERIFY(std::abs(within(1) - 0.6827) < 0.005);
        QVERIFY(std::abs(within(2) - 0.9545) < 0.003);
    }
}

void TestInitializer::constant() {
    Matrix<float> w(3, 2);
    Initializer initializer;
    initializer.kind = InitializerKind::Constant;
    initializer.value = 1.5;
    std::mt19937_64 engine;
    initializer.apply(w, 1, engine);
    QVERIFY(w == Matrix<float>::Constant(3, 2, 1.5f));
    initializeConstant(MatrixMap<float>(w.data(), 6, 1), 0.0);
    QVERIFY(w.isZero(0));
}

void TestInitializer::names() {
    for (InitializerKind kind :
         {InitializerKind::PytorchDefault, InitializerKind::XavierUniform,
          InitializerKind::Orthogonal, InitializerKind::Normal, InitializerKind::Constant})
        QCOMPARE(initializerKindFromName(initializerKindName(kind)),
                 std::optional<InitializerKind>(kind));
    QCOMPARE(initializerKindName(InitializerKind::XavierUniform), std::string("xavier"));
    QVERIFY(!initializerKindFromName("kaiming"));
}

QTEST_APPLESS_MAIN(TestInitializer)
#include "tst_initializer.moc"
