// Whole networks against central finite differences, in double: every cell, stacked and
// bidirectional layers, dropout, embeddings, attention (dot and additive), the encoder–decoder,
// every loss, and batches of unequal lengths. The analytic gradient comes from
// TrainingStep::lossAndGradient (the path training uses, split across threads or not); the
// reference perturbs each parameter by ±ε and re-evaluates the same loss.
#include "core/network_initializer.h"
#include "core/training_step.h"

#include <QtTest>
#include <cmath>
#include <cstring>
#include <random>

using namespace core;

namespace {

struct Case {
    NetworkSpec spec;
    LossKind loss = LossKind::MeanSquaredError;
    Lengths lengths = {};
    Index steps = 4;
    Index decoderSteps = 3;
    Lengths decoderLengths = {};
    int threads = 1;
    bool dropout = false;
};

NetworkSpec stack(CellKind cell, Index layers, bool bidirectional, OutputMode mode,
                  Index output = 2) {
    NetworkSpec spec;
    spec.inputSize = 3;
    spec.outputSize = output;
    spec.outputMode = mode;
    for (Index l = 0; l < layers; ++l)
        spec.layers.push_back({cell, 3 + l, bidirectional, Activation::Tanh, 0.0});
    return spec;
}

SequenceBatch<double> makeBatch(const Case& c, std::mt19937_64& engine) {
    std::normal_distribution<double> normal;
    std::uniform_int_distribution<int> coin(0, 1);
    const Index batchSize = 3;
    SequenceBatch<double> batch;
    batch.steps = c.steps;
    batch.batch = batchSize;
    batch.lengths = c.lengths;
    const NetworkSpec& spec = c.spec;
    if (spec.inputKind == InputKind::Tokens) {
        std::uniform_int_distribution<int> token(0, int(spec.inputSize) - 1);
        for (Index i = 0; i < c.steps * batchSize; ++i)
            batch.tokens.push_back(token(engine));
    } else {
        batch.inputs.resize(c.steps * batchSize, spec.inputSize);
        for (double& x : batch.inputs.reshaped())
            x = normal(engine);
    }
    Index rows = spec.outputMode == OutputMode::PerSequence ? batchSize : c.steps * batchSize;
    if (spec.outputMode == OutputMode::SequenceToSequence) {
        batch.decoderSteps = c.decoderSteps;
        batch.decoderLengths = c.decoderLengths;
        std::uniform_int_distribution<int> token(0, int(spec.decoderVocabulary) - 1);
        for (Index i = 0; i < c.decoderSteps * batchSize; ++i)
            batch.decoderTokens.push_back(token(engine));
        rows = c.decoderSteps * batchSize;
    }
    if (c.loss == LossKind::CrossEntropy) {
        std::uniform_int_distribution<int> cls(0, int(spec.outputSize) - 1);
        for (Index r = 0; r < rows; ++r)
            batch.targetClasses.push_back(cls(engine));
    } else {
        batch.targets.resize(rows, spec.outputSize);
        for (double& y : batch.targets.reshaped())
            y = c.loss == LossKind::BinaryCrossEntropy ? double(coin(engine)) : normal(engine);
    }
    return batch;
}

using NamedCase = std::pair<std::string, Case>;

std::vector<NamedCase> allCases() {
    std::vector<NamedCase> cases;
    const auto add = [&](std::string name, Case c) {
        cases.emplace_back(std::move(name), c);
    };
    for (CellKind cell : {CellKind::Rnn, CellKind::Lstm, CellKind::PeepholeLstm, CellKind::Gru}) {
        const std::string cellName = cellKindName(cell);
        for (LossKind loss :
             {LossKind::MeanSquaredError, LossKind::CrossEntropy, LossKind::BinaryCrossEntropy})
            add(cellName + " per-step " + lossKindName(loss),
                {stack(cell, 1, false, OutputMode::PerStep, 3), loss});
        add(cellName + " stacked bidirectional per-step, unequal lengths",
            {stack(cell, 2, true, OutputMode::PerStep), LossKind::MeanSquaredError, {4, 2, 3}});
        add(cellName + " bidirectional per-sequence, unequal lengths",
            {stack(cell, 1, true, OutputMode::PerSequence), LossKind::CrossEntropy, {2, 4, 1}});
        add(cellName + " stacked per-sequence",
            {stack(cell, 2, false, OutputMode::PerSequence), LossKind::BinaryCrossEntropy});
    }
    Case relu{stack(CellKind::Rnn, 2, false, OutputMode::PerStep)};
    for (auto& layer : relu.spec.layers)
        layer.activation = Activation::Relu;
    add("rnn relu stacked", relu);

    Case dropout{stack(CellKind::Lstm, 3, true, OutputMode::PerStep)};
    dropout.spec.layers[0].dropoutAfter = 0.3;
    dropout.spec.layers[1].dropoutAfter = 0.5;
    dropout.dropout = true;
    add("lstm dropout between layers", dropout);

    for (AttentionKind attention : {AttentionKind::Dot, AttentionKind::Additive}) {
        const std::string kind = attentionKindName(attention);
        for (bool bidirectional : {false, true}) {
            Case c{stack(CellKind::Lstm, 1, bidirectional, OutputMode::PerSequence),
                   LossKind::CrossEntropy,
                   {4, 1, 3}};
            c.spec.attention = attention;
            c.spec.attentionSize = 4;
            add("lstm " + kind + " attention" + (bidirectional ? " bidirectional" : ""), c);
        }
        for (CellKind cell : {CellKind::Lstm, CellKind::Gru}) {
            Case c{stack(cell, 1, true, OutputMode::SequenceToSequence, 5),
                   LossKind::CrossEntropy,
                   {4, 2, 3}};
            c.spec.attention = attention;
            c.spec.attentionSize = 3;
            c.spec.decoderVocabulary = 5;
            c.spec.decoderEmbeddingSize = 2;
            c.decoderLengths = {3, 1, 2};
            add(cellKindName(cell) + " encoder-decoder, " + kind + " attention", c);
        }
    }
    Case tokens{
        stack(CellKind::Gru, 1, false, OutputMode::PerStep, 4), LossKind::CrossEntropy, {4, 3, 2}};
    tokens.spec.inputKind = InputKind::Tokens;
    tokens.spec.inputSize = 6;
    tokens.spec.embeddingSize = 3;
    add("gru with token embedding", tokens);

    Case threads{
        stack(CellKind::Lstm, 2, true, OutputMode::PerStep), LossKind::MeanSquaredError, {4, 1, 3}};
    threads.threads = 2;
    add("lstm split across two threads", threads);
    return cases;
}

double relativeError(double analytic, double numeric) {
    return std::abs(analytic - numeric) / std::max({1e-3, std::abs(analytic), std::abs(numeric)});
}

} // namespace

class tst_NetworkGradients : public QObject {
    Q_OBJECT

private slots:
    void matchesFiniteDifferences_data();
    void matchesFiniteDifferences();
    void threadsGiveTheSameGradient();
    void trainingIsBitIdentical();
};

void tst_NetworkGradients::matchesFiniteDifferences_data() {
    QTest::addColumn<int>("index");
    const std::vector<NamedCase> cases = allCases();
    for (size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].first.c_str()) << int(i);
}

void tst_NetworkGradients::matchesFiniteDifferences() {
    QFETCH(int, index);
    const Case c = allCases()[size_t(index)].second;
    std::mt19937_64 engine(std::uint64_t(100 + index));
    Network<double> network(c.spec);
    NetworkInitializer::initialize(network, {InitScheme::PyTorchDefault, 0.7, 1.0}, 11);
    // Peepholes start at zero; give them values so their gradient paths are exercised.
    for (const ParameterInfo& info : network.parameterInfos())
        if (info.name.find("peephole") != std::string::npos)
            network.parameter(info.name).setRandom();
    const SequenceBatch<double> batch = makeBatch(c, engine);
    TrainingStep<double> step(network, c.loss, {}, c.threads);
    const std::uint64_t dropoutSeed = 5;
    step.lossAndGradient(batch, c.dropout, dropoutSeed);
    const Vector<double> analytic = step.gradients();
    QVERIFY(analytic.allFinite());
    QVERIFY2(analytic.norm() > 0, "the gradient should not vanish on a random network");

    const double epsilon = 1e-6;
    double worst = 0;
    std::string worstName;
    for (const ParameterInfo& info : network.parameterInfos())
        for (Index k = 0; k < info.size(); ++k) {
            double& parameter = network.values()[info.offset + k];
            const double saved = parameter;
            parameter = saved + epsilon;
            const double plus = step.lossAndGradient(batch, c.dropout, dropoutSeed);
            parameter = saved - epsilon;
            const double minus = step.lossAndGradient(batch, c.dropout, dropoutSeed);
            parameter = saved;
            const double numeric = (plus - minus) / (2 * epsilon);
            const double error = relativeError(analytic[info.offset + k], numeric);
            if (error > worst) {
                worst = error;
                worstName = info.name + "[" + std::to_string(k) + "]";
            }
        }
    QVERIFY2(worst < 1e-6, (QStringLiteral("worst relative error %1 at %2")
                                .arg(worst)
                                .arg(QString::fromStdString(worstName)))
                               .toUtf8());
}

void tst_NetworkGradients::threadsGiveTheSameGradient() {
    // Splitting a batch across threads changes only the order of the final sum.
    Case c{
        stack(CellKind::Gru, 2, true, OutputMode::PerStep), LossKind::MeanSquaredError, {4, 1, 3}};
    c.spec.layers[0].dropoutAfter = 0.4;
    std::mt19937_64 engine(3);
    Network<double> network(c.spec);
    NetworkInitializer::initialize(network, {}, 3);
    const SequenceBatch<double> batch = makeBatch(c, engine);
    TrainingStep<double> one(network, c.loss, {}, 1);
    TrainingStep<double> two(network, c.loss, {}, 2);
    const double lossOne = one.lossAndGradient(batch, true, 9);
    const double lossTwo = two.lossAndGradient(batch, true, 9);
    QVERIFY(std::abs(lossOne - lossTwo) < 1e-14);
    QVERIFY((one.gradients() - two.gradients()).norm() < 1e-13 * one.gradients().norm());
}

void tst_NetworkGradients::trainingIsBitIdentical() {
    // The same seed and the same inputs give the same bits: initialization, dropout, the split
    // across threads and the optimizer are all deterministic.
    Case c{
        stack(CellKind::Lstm, 2, true, OutputMode::PerStep), LossKind::MeanSquaredError, {4, 1, 3}};
    c.spec.layers[0].dropoutAfter = 0.3;
    std::mt19937_64 engine(5);
    const SequenceBatch<double> batch = makeBatch(c, engine);
    const auto train = [&] {
        Network<double> network(c.spec);
        NetworkInitializer::initialize(network, {}, 21);
        TrainingStep<double> step(network, c.loss, {}, 2);
        for (std::uint64_t i = 0; i < 5; ++i)
            step.run(batch, i);
        return Vector<double>(network.values());
    };
    const Vector<double> first = train();
    const Vector<double> second = train();
    QCOMPARE(std::memcmp(first.data(), second.data(), sizeof(double) * size_t(first.size())), 0);
}

QTEST_APPLESS_MAIN(tst_NetworkGradients)
#include "tst_network_gradients.moc"
