// The sampling step against hand-computed softmax probabilities and the frequencies of many draws,
// and whole generations: their length, the seed's role, greedy decoding and bad settings.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/text_sampler.h"
#include "data/utf8_codec.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace data;
using core::Index;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

core::Network<double> smallModel(Index symbols, std::uint64_t seed) {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = symbols;
    spec.embeddingSize = 4;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 8}};
    spec.outputSize = symbols;
    spec.outputMode = core::OutputMode::PerStep;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, {}, seed);
    network.values() *= 4.0; // peaked predictions, so that seeds and k matter
    return network;
}

} // namespace

class TestTextSampler : public QObject {
    Q_OBJECT

private slots:
    void probabilitiesMatchHandComputation_data();
    void probabilitiesMatchHandComputation();
    void badTemperatureOrTopKIsRefused_data();
    void badTemperatureOrTopKIsRefused();
    void drawInvertsTheCumulativeDistribution();
    void drawFrequenciesMatchTheProbabilities();
    void generatesTheLengthAskedFor();
    void topOneIsGreedyDecoding();
    void refusesANetworkOfAnotherVocabulary();
};

void TestTextSampler::probabilitiesMatchHandComputation_data() {
    QTest::addColumn<std::vector<double>>("logits");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("topK");
    QTest::addColumn<std::vector<double>>("expected");
    // e^z / Σ e^z by hand (numpy): [1, 2, 3] → [e, e², e³] / (e + e² + e³).
    const std::vector<double> z = {1, 2, 3};
    QTest::newRow("T = 1") << z << 1.0 << 0
                           << std::vector<double>{0.09003057317038046, 0.24472847105479764,
                                                  0.6652409557748219};
    QTest::newRow("T = 0.5") << z << 0.5 << 0
                             << std::vector<double>{0.015876239976466765, 0.11731042782619838,
                                                    0.8668133321973349};
    QTest::newRow("T = 2") << z << 2.0 << 0
                           << std::vector<double>{0.1863237232258476, 0.30719588571849843,
                                                  0.506480391055654};
    QTest::newRow("top 2") << z << 1.0 << 2
                           << std::vector<double>{0.0, 0.2689414213699951, 0.7310585786300049};
    QTest::newRow("top 2, T = 0.5")
        << z << 0.5 << 2 << std::vector<double>{0.0, 0.11920292202211755, 0.8807970779778823};
    QTest::newRow("top 1") << z << 1.0 << 1 << std::vector<double>{0.0, 0.0, 1.0};
    QTest::newRow("k > V") << z << 1.0 << 7
                           << std::vector<double>{0.09003057317038046, 0.24472847105479764,
                                                  0.6652409557748219};
    QTest::newRow("tie at k: lower index")
        << std::vector<double>{0, 5, 5, 1} << 1.0 << 1 << std::vector<double>{0.0, 1.0, 0.0, 0.0};
    QTest::newRow("large logits") << std::vector<double>{1000, 1000} << 1.0 << 0
                                  << std::vector<double>{0.5, 0.5};
}

void TestTextSampler::probabilitiesMatchHandComputation() {
    QFETCH(std::vector<double>, logits);
    QFETCH(double, temperature);
    QFETCH(int, topK);
    QFETCH(std::vector<double>, expected);
    const std::vector<double> p = TextSampler::probabilities(logits, temperature, topK);
    QCOMPARE(p.size(), expected.size());
    for (size_t i = 0; i < p.size(); ++i)
        QVERIFY2(std::abs(p[i] - expected[i]) < 1e-12,
                 qPrintable(QStringLiteral("p[%1] = %2, expected %3")
                                .arg(i)
                                .arg(p[i], 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)));
}

void TestTextSampler::badTemperatureOrTopKIsRefused_data() {
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("topK");
    QTest::addColumn<QString>("message");
    QTest::newRow("T = 0") << 0.0 << 0 << "temperature must be above 0";
    QTest::newRow("T < 0") << -1.0 << 0 << "temperature must be above 0";
    QTest::newRow("T NaN") << std::nan("") << 0 << "temperature must be above 0";
    QTest::newRow("T huge") << 101.0 << 0 << "at most 100";
    QTest::newRow("k < 0") << 1.0 << -2 << "top-k must be 0";
}

void TestTextSampler::badTemperatureOrTopKIsRefused() {
    QFETCH(double, temperature);
    QFETCH(int, topK);
    QFETCH(QString, message);
    try {
        TextSampler::probabilities(std::vector<double>{1, 2}, temperature, topK);
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
    }
}

void TestTextSampler::drawInvertsTheCumulativeDistribution() {
    const std::vector<double> p = {0.2, 0.0, 0.5, 0.3};
    QCOMPARE(TextSampler::draw(p, 0.0), 0);
    QCOMPARE(TextSampler::draw(p, 0.1999), 0);
    QCOMPARE(TextSampler::draw(p, 0.2), 2);
    QCOMPARE(TextSampler::draw(p, 0.6999), 2);
    QCOMPARE(TextSampler::draw(p, 0.7), 3);
    QCOMPARE(TextSampler::draw(p, 0.99999999), 3);
    QCOMPARE(TextSampler::draw({0.5, 0.5, 0.0}, 1.0), 1); // rounding: the last possible one
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TextSampler::draw({0.0, 0.0}, 0.3));
}

void TestTextSampler::drawFrequenciesMatchTheProbabilities() {
    const std::vector<double> p =
        TextSampler::probabilities(std::vector<double>{0.5, -1.0, 2.0, 1.0, 0.0}, 0.8, 3);
    std::mt19937_64 engine(42);
    const int n = 200000;
    std::vector<int> counts(p.size(), 0);
    for (int i = 0; i < n; ++i)
        ++counts[size_t(TextSampler::draw(p, double(engine() >> 11) * 0x1.0p-53))];
    for (size_t i = 0; i < p.size(); ++i) {
        const double sigma = std::sqrt(p[i] * (1 - p[i]) / n);
        const double frequency = double(counts[i]) / n;
        QVERIFY2(
            std::abs(frequency - p[i]) <= 5 * sigma,
            qPrintable(
                QStringLiteral("symbol %1: %2 drawn, p = %3").arg(i).arg(frequency).arg(p[i])));
    }
    QCOMPARE(counts[1], 0); // outside the top 3
    QCOMPARE(counts[4], 0);
}

void TestTextSampler::generatesTheLengthAskedFor() {
    const CharVocabulary vocabulary = CharVocabulary::build(U"abcé \n", 1);
    const core::Network<double> network = smallModel(vocabulary.size(), 5);
    const TextSampler sampler(network, vocabulary);
    TextSampler::Settings settings;
    settings.seed = 9;
    const std::string text = sampler.generate("abé", 40, settings);
    QCOMPARE(Utf8Codec::decode(text).size(), size_t(40));
    QCOMPARE(sampler.generate("abé", 40, settings), text);
    settings.seed = 10;
    QVERIFY(sampler.generate("abé", 40, settings) != text);
    QCOMPARE(sampler.generate("", 0, settings), std::string());
    QCOMPARE(Utf8Codec::decode(sampler.generate("", 5, settings)).size(), size_t(5));
    settings.temperature = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampler.generate("a", 5, settings));
    settings.temperature = 1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampler.generate("a\xC3", 5, settings));
}

void TestTextSampler::topOneIsGreedyDecoding() {
    // With k = 1 every draw is the arg max of the last step's outputs: redo it by hand, with one
    // forward pass of the whole text so far per character.
    const CharVocabulary vocabulary = CharVocabulary::build(U"xyz.", 1);
    const core::Network<double> network = smallModel(vocabulary.size(), 3);
    const TextSampler sampler(network, vocabulary);
    TextSampler::Settings settings;
    settings.topK = 1;
    settings.seed = 77;
    std::vector<std::int32_t> ids = vocabulary.encode(U"xy");
    core::NetworkExecutor<double> executor(network);
    std::vector<std::int32_t> greedy;
    for (int n = 0; n < 12; ++n) {
        core::SequenceBatch<double> batch;
        batch.steps = Index(ids.size());
        batch.batch = 1;
        batch.tokens = ids;
        Index best = 0;
        executor.forward(batch).row(batch.steps - 1).maxCoeff(&best);
        ids.push_back(std::int32_t(best));
        greedy.push_back(std::int32_t(best));
    }
    QCOMPARE(sampler.generate("xy", 12, settings), vocabulary.decode(greedy));
    settings.seed = 78; // greedy ignores the seed
    QCOMPARE(sampler.generate("xy", 12, settings), vocabulary.decode(greedy));
}

void TestTextSampler::refusesANetworkOfAnotherVocabulary() {
    const CharVocabulary vocabulary = CharVocabulary::build(U"abc", 1);
    const core::Network<double> network = smallModel(7, 1);
    try {
        TextSampler sampler(network, vocabulary);
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QCOMPARE(QString::fromUtf8(error.what()),
                 QStringLiteral("the model does not read tokens of 4 characters, as this text's "
                                "vocabulary has (it reads 7 tokens)"));
    }
}

QTEST_APPLESS_MAIN(TestTextSampler)
#include "tst_text_sampler.moc"
