// Gradient clipping against its closed form (torch.nn.utils.clip_grad_norm_ / clip_grad_value_).
#include "core/gradient_clipping.h"

#include <QTest>
#include <cmath>

Q_DECLARE_METATYPE(core::Vector<double>)
Q_DECLARE_METATYPE(core::ClipMode)

using namespace core;

class TestGradientClipping : public QObject {
    Q_OBJECT

private slots:
    void byNorm_data();
    void byNorm();
    void byValue();
    void settingsApply_data();
    void settingsApply();
    void names();
};

void TestGradientClipping::byNorm_data() {
    QTest::addColumn<Vector<double>>("gradients");
    QTest::addColumn<double>("maxNorm");
    QTest::addColumn<double>("norm");
    QTest::addColumn<bool>("clipped");
    QTest::newRow("3-4-5 above") << Vector<double>{{3, 4}} << 1.0 << 5.0 << true;
    QTest::newRow("3-4-5 below") << Vector<double>{{3, 4}} << 10.0 << 5.0 << false;
    QTest::newRow("exactly at the limit") << Vector<double>{{3, 4}} << 5.0 << 5.0 << true;
    QTest::newRow("1-2-2 above") << Vector<double>{{-1, 2, 2}} << 0.5 << 3.0 << true;
    QTest::newRow("zero") << Vector<double>{{0, 0, 0}} << 1.0 << 0.0 << false;
}

void TestGradientClipping::byNorm() {
    QFETCH(Vector<double>, gradients);
    QFETCH(double, maxNorm);
    QFETCH(double, norm);
    QFETCH(bool, clipped);
    const Vector<double> original = gradients;
    QCOMPARE(clipGradientNorm(gradients, maxNorm), norm);
    if (!clipped) {
        QVERIFY(gradients == original); // untouched, bit for bit
        return;
    }
    // g·c/(n + 1e−6): the direction kept, the norm just under c.
    const Vector<double> expected = original * (maxNorm / (norm + 1e-6));
    QVERIFY((gradients - expected).norm() < 1e-15);
    QVERIFY(gradients.norm() < maxNorm);
    QVERIFY(std::abs(gradients.norm() - maxNorm) < 1e-6 * maxNorm / norm + 1e-15);
}

void TestGradientClipping::byValue() {
    Vector<float> gradients{{-3, -0.5f, 0, 0.25f, 7}};
    clipGradientValue(gradients, 0.5f);
    QVERIFY((gradients == Vector<float>{{-0.5f, -0.5f, 0, 0.25f, 0.5f}}));
}

void TestGradientClipping::settingsApply_data() {
    QTest::addColumn<ClipMode>("mode");
    QTest::addColumn<Vector<double>>("expected");
    const Vector<double> g{{6, -8}};
    QTest::newRow("none") << ClipMode::None << g;
    QTest::newRow("norm") << ClipMode::Norm << Vector<double>(g * (2 / (10 + 1e-6)));
    QTest::newRow("value") << ClipMode::Value << Vector<double>{{2, -2}};
}

void TestGradientClipping::settingsApply() {
    QFETCH(ClipMode, mode);
    QFETCH(Vector<double>, expected);
    Vector<double> gradients{{6, -8}};
    const GradientClipping clipping{mode, 2.0};
    QCOMPARE(clipping.apply(gradients), 10.0); // always the norm before clipping
    QVERIFY((gradients - expected).norm() < 1e-15);
}

void TestGradientClipping::names() {
    for (ClipMode mode : {ClipMode::None, ClipMode::Norm, ClipMode::Value})
        QCOMPARE(clipModeFromName(clipModeName(mode)), std::optional<ClipMode>(mode));
    QCOMPARE(clipModeName(ClipMode::Norm), std::string("norm"));
    QVERIFY(!clipModeFromName("l1"));
}

QTEST_APPLESS_MAIN(TestGradientClipping)
#include "tst_gradient_clipping.moc"
