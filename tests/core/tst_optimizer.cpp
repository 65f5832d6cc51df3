// The optimizers against trajectories recorded from torch.optim
// (tests/pytorch/make_optimizer_fixtures.py → tests/data/optimizer_fixtures.json).
#include "core/adam_optimizer.h"
#include "core/adam_w_optimizer.h"
#include "core/optimizer.h"
#include "core/rms_prop_optimizer.h"
#include "core/sgd_optimizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <limits>
#include <stdexcept>

Q_DECLARE_METATYPE(core::OptimizerSettings)

using namespace core;

namespace {

QJsonArray fixtureCases() {
    QFile file(QStringLiteral(LSTM_STUDIO_TEST_DATA "/optimizer_fixtures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray();
}

template <typename T>
Vector<T> toVector(const QJsonValue& value) {
    const QJsonArray array = value.toArray();
    Vector<T> v(array.size());
    for (Index i = 0; i < v.size(); ++i)
        v[i] = static_cast<T>(array.at(i).toDouble());
    return v;
}

OptimizerSettings toSettings(const QJsonObject& json) {
    OptimizerSettings s;
    const auto kind =
        optimizerKindFromName(json.value(QLatin1String("kind")).toString().toStdString());
    if (!kind)
        throw std::invalid_argument("fixture names an unknown optimizer");
    s.kind = *kind;
    s.learningRate = json.value(QLatin1String("learningRate")).toDouble();
    s.momentum = json.value(QLatin1String("momentum")).toDouble();
    s.nesterov = json.value(QLatin1String("nesterov")).toBool();
    s.beta1 = json.value(QLatin1String("beta1")).toDouble();
    s.beta2 = json.value(QLatin1String("beta2")).toDouble();
    s.eps = json.value(QLatin1String("eps")).toDouble();
    s.alpha = json.value(QLatin1String("alpha")).toDouble();
    s.weightDecay = json.value(QLatin1String("weightDecay")).toDouble();
    return s;
}

template <typename T>
double largestDifference(const Vector<T>& actual, const QJsonValue& expected) {
    const Vector<T> reference = toVector<T>(expected);
    if (reference.size() != actual.size())
        return std::numeric_limits<double>::infinity();
    return static_cast<double>((actual - reference).template lpNorm<Eigen::Infinity>());
}

/** Runs a fixture case and returns the largest deviation from PyTorch's trajectory and state. */
template <typename T>
double runFixture(const QJsonObject& fixture) {
    const auto field = [&](const char* name) {
        return fixture.value(QLatin1String(name));
    };
    const auto optimizer = makeOptimizer<T>(toSettings(field("settings").toObject()), 4);
    if (fixture.contains(QLatin1String("multipliers")))
        optimizer->setLearningRateMultipliers(toVector<T>(field("multipliers")));
    Vector<T> parameters = toVector<T>(field("initial"));
    const QJsonArray gradients = field("gradients").toArray();
    const QJsonArray trajectory = field("trajectory").toArray();
    const QJsonArray rates = field("learningRates").toArray();
    const QJsonArray state = field("finalState").toArray();
    if (parameters.size() != 4 || gradients.size() != 5 || trajectory.size() != 5 ||
        rates.size() != 5)
        return std::numeric_limits<double>::infinity();

    double deviation = 0;
    for (qsizetype k = 0; k < gradients.size(); ++k) {
        optimizer->setLearningRate(rates.at(k).toDouble());
        optimizer->step(parameters, toVector<T>(gradients.at(k)));
        deviation = std::max(deviation, largestDifference(parameters, trajectory.at(k)));
    }
    if (optimizer->stateBuffers().size() != size_t(state.size()) ||
        optimizer->stepCount() != field("stepCount").toInt())
        return std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < state.size(); ++i)
        deviation = std::max(deviation,
                             largestDifference(optimizer->stateBuffers()[size_t(i)], state.at(i)));
    return deviation;
}

const Vector<double> kStart{{0.5, -1.2, 2.0, 0.03}};

Vector<double> gradientAt(int k) {
    return Vector<double>{{0.1 * k - 0.2, 0.3 - 0.05 * k * k, 1.0 / (k + 1), -0.4}};
}

} // namespace

class TestOptimizer : public QObject {
    Q_OBJECT

private slots:
    void matchesPytorch_data();
    void matchesPytorch();
    void floatFollowsPytorch_data();
    void floatFollowsPytorch();
    void unitMultipliersChangeNothing_data();
    void unitMultipliersChangeNothing();
    void zeroMultiplierFreezes_data();
    void zeroMultiplierFreezes();
    void restoredStateResumesExactly_data();
    void restoredStateResumesExactly();
    void resetForgetsTheState();
    void rejectsBadArguments();
    void namesAndDefaults();
};

void TestOptimizer::matchesPytorch_data() {
    QTest::addColumn<QJsonObject>("fixture");
    const QJsonArray cases = fixtureCases();
    QVERIFY2(cases.size() >= 12, "tests/data/optimizer_fixtures.json missing or short");
    for (const QJsonValue& c : cases)
        QTest::newRow(qPrintable(c.toObject().value(QLatin1String("name")).toString()))
            << c.toObject();
}

void TestOptimizer::matchesPytorch() {
    QFETCH(QJsonObject, fixture);
    const double deviation = runFixture<double>(fixture);
    QVERIFY2(deviation < 1e-12, qPrintable(QString::number(deviation)));
}

void TestOptimizer::floatFollowsPytorch_data() {
    matchesPytorch_data();
}

void TestOptimizer::floatFollowsPytorch() {
    QFETCH(QJsonObject, fixture);
    const double deviation = runFixture<float>(fixture);
    QVERIFY2(deviation < 1e-5, qPrintable(QString::number(deviation)));
}

void TestOptimizer::unitMultipliersChangeNothing_data() {
    QTest::addColumn<OptimizerSettings>("settings");
    OptimizerSettings sgd = OptimizerSettings::defaults(OptimizerKind::Sgd);
    sgd.momentum = 0.9;
    sgd.nesterov = true;
    sgd.weightDecay = 0.1;
    OptimizerSettings rmsProp = OptimizerSettings::defaults(OptimizerKind::RmsProp);
    rmsProp.momentum = 0.5;
    OptimizerSettings adam = OptimizerSettings::defaults(OptimizerKind::Adam);
    adam.weightDecay = 0.2;
    QTest::newRow("sgd") << sgd;
    QTest::newRow("rmsprop") << rmsProp;
    QTest::newRow("adam") << adam;
    QTest::newRow("adamw") << OptimizerSettings::defaults(OptimizerKind::AdamW);
}

void TestOptimizer::unitMultipliersChangeNothing() {
    QFETCH(OptimizerSettings, settings);
    const auto plain = makeOptimizer<double>(settings, 4);
    const auto multiplied = makeOptimizer<double>(settings, 4);
    multiplied->setLearningRateMultipliers(Vector<double>::Ones(4));
    Vector<double> a = kStart, b = kStart;
    for (int k = 0; k < 6; ++k) {
        plain->step(a, gradientAt(k));
        multiplied->step(b, gradientAt(k));
    }
    QVERIFY((a - b).lpNorm<Eigen::Infinity>() < 1e-15);
    QVERIFY(a != kStart);
}

void TestOptimizer::zeroMultiplierFreezes_data() {
    unitMultipliersChangeNothing_data();
}

void TestOptimizer::zeroMultiplierFreezes() {
    QFETCH(OptimizerSettings, settings);
    settings.weightDecay = 0.3; // decay must not move a frozen weight either
    const auto optimizer = makeOptimizer<double>(settings, 4);
    optimizer->setLearningRateMultipliers(Vector<double>{{0, 1, 0, 0.5}});
    Vector<double> p = kStart;
    for (int k = 0; k < 6; ++k)
        optimizer->step(p, gradientAt(k));
    QCOMPARE(p[0], kStart[0]);
    QCOMPARE(p[2], kStart[2]);
    QVERIFY(p[1] != kStart[1]);
    QVERIFY(p[3] != kStart[3]);
    optimizer->setLearningRateMultipliers({});
    QCOMPARE(optimizer->learningRateMultipliers().size(), Index(0));
}

void TestOptimizer::restoredStateResumesExactly_data() {
    unitMultipliersChangeNothing_data();
}

void TestOptimizer::restoredStateResumesExactly() {
    QFETCH(OptimizerSettings, settings);
    const auto straight = makeOptimizer<double>(settings, 4);
    const auto first = makeOptimizer<double>(settings, 4);
    Vector<double> a = kStart, b = kStart;
    for (int k = 0; k < 3; ++k) {
        straight->step(a, gradientAt(k));
        first->step(b, gradientAt(k));
    }
    // What a session file would keep: parameters, buffers, step count.
    const auto resumed = makeOptimizer<double>(settings, 4);
    resumed->setState(first->stateBuffers(), first->stepCount());
    QCOMPARE(resumed->stepCount(), std::int64_t(3));
    for (int k = 3; k < 7; ++k) {
        straight->step(a, gradientAt(k));
        resumed->step(b, gradientAt(k));
    }
    QVERIFY(a == b);
}

void TestOptimizer::resetForgetsTheState() {
    OptimizerSettings settings = OptimizerSettings::defaults(OptimizerKind::Adam);
    AdamOptimizer<double> used(settings, 4), fresh(settings, 4);
    Vector<double> scratch = kStart;
    for (int k = 0; k < 4; ++k)
        used.step(scratch, gradientAt(k + 10));
    used.reset();
    QCOMPARE(used.stepCount(), std::int64_t(0));
    Vector<double> a = kStart, b = kStart;
    for (int k = 0; k < 3; ++k) {
        used.step(a, gradientAt(k));
        fresh.step(b, gradientAt(k));
    }
    QVERIFY(a == b);
}

void TestOptimizer::rejectsBadArguments() {
    OptimizerSettings nesterov = OptimizerSettings::defaults(OptimizerKind::Sgd);
    nesterov.nesterov = true;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SgdOptimizer<double>(nesterov, 4));
    OptimizerSettings badBeta = OptimizerSettings::defaults(OptimizerKind::Adam);
    badBeta.beta2 = 1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeOptimizer<double>(badBeta, 4));
    OptimizerSettings negativeRate = OptimizerSettings::defaults(OptimizerKind::RmsProp);
    negativeRate.learningRate = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RmsPropOptimizer<float>(negativeRate, 4));

    AdamWOptimizer<double> optimizer(OptimizerSettings::defaults(OptimizerKind::AdamW), 4);
    Vector<double> p = kStart;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optimizer.step(p, Vector<double>::Zero(3)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             optimizer.setLearningRateMultipliers(Vector<double>::Ones(5)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             optimizer.setState({Vector<double>::Zero(4)}, 1));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        optimizer.setState({Vector<double>::Zero(4), Vector<double>::Zero(2)}, 1));
}

void TestOptimizer::namesAndDefaults() {
    const std::pair<OptimizerKind, const char*> names[] = {{OptimizerKind::Sgd, "sgd"},
                                                           {OptimizerKind::RmsProp, "rmsprop"},
                                                           {OptimizerKind::Adam, "adam"},
                                                           {OptimizerKind::AdamW, "adamw"}};
    for (const auto& [kind, name] : names) {
        QCOMPARE(optimizerKindName(kind), std::string(name));
        QCOMPARE(optimizerKindFromName(name), std::optional<OptimizerKind>(kind));
        const auto optimizer = makeOptimizer<float>(OptimizerSettings::defaults(kind), 3);
        QCOMPARE(optimizer->kind(), kind);
        QCOMPARE(optimizer->parameterCount(), Index(3));
    }
    QVERIFY(!optimizerKindFromName("adagrad"));
    QCOMPARE(makeOptimizer<double>(OptimizerSettings::defaults(OptimizerKind::Sgd), 2)
                 ->stateBuffers()
                 .size(),
             size_t(1));
    QCOMPARE(OptimizerSettings::defaults(OptimizerKind::RmsProp).learningRate, 1e-2);
    QCOMPARE(OptimizerSettings::defaults(OptimizerKind::AdamW).weightDecay, 1e-2);
    QCOMPARE(OptimizerSettings::defaults(OptimizerKind::Adam).learningRate, 1e-3);
}

QTEST_APPLESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
