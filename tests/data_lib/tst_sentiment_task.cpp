// The sentiment task: stratified disjoint splits, a vocabulary that only training fills, padding
// that changes nothing, the seed's role, the majority baseline against a count, its messages.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/sentiment_task.h"
#include "data/task_registry.h"

#include <QTest>
#include <cmath>
#include <map>
#include <set>

using namespace data;
using core::Index;

namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words)
        out += w + ' ';
    return out;
}

SentimentTask::Settings settings(SentimentTask::Source source, std::int64_t minCount) {
    return {source, minCount};
}

constexpr Split kSplits[] = {Split::Train, Split::Validation, Split::Test};

} // namespace

class TestSentimentTask : public QObject {
    Q_OBJECT

private slots:
    void splitsAreDisjointAndStratified_data();
    void splitsAreDisjointAndStratified();
    void vocabularyComesFromTrainingOnly();
    void batchesArePaddedAndMasked();
    void paddingChangesNoOutput();
    void seedFixesSplitsAndShuffling();
    void majorityBaselineMatchesACount();
    void evaluatesAndRenders();
    void sizesCutTheSplits();
    void badOptionsAreExplained();
};

void TestSentimentTask::splitsAreDisjointAndStratified_data() {
    QTest::addColumn<int>("source");
    QTest::newRow("amazon") << 0;
    QTest::newRow("imdb") << 1;
    QTest::newRow("yelp") << 2;
    QTest::newRow("all") << 3;
}

void TestSentimentTask::splitsAreDisjointAndStratified() {
    QFETCH(int, source);
    const SentimentTask task(settings(SentimentTask::Source(source), 2), 5);
    std::map<std::string, Split> where;
    std::array<std::array<Index, 2>, 3> labels{};
    for (Split s : kSplits)
        for (Index i = 0; i < task.sequenceCount(s); ++i) {
            const SentimentTask::Sentence& sentence = task.sentence(s, i);
            QVERIFY(!sentence.words.empty());
            QVERIFY2(where.emplace(joined(sentence.words), s).second,
                     "a sentence in two splits, or twice in one");
            ++labels[size_t(s)][size_t(sentence.label)];
        }
    for (int label : {0, 1}) {
        const double n =
            double(labels[0][size_t(label)] + labels[1][size_t(label)] + labels[2][size_t(label)]);
        QCOMPARE(double(labels[0][size_t(label)]), double(std::lround(0.8 * n)));
        QVERIFY(std::abs(double(labels[1][size_t(label)]) - 0.1 * n) <= 1.0);
    }
    const Index total = task.sequenceCount(Split::Train) + task.sequenceCount(Split::Validation) +
                        task.sequenceCount(Split::Test);
    QVERIFY(total > (source == 3 ? 2700 : 900));
}

void TestSentimentTask::vocabularyComesFromTrainingOnly() {
    const SentimentTask task(settings(SentimentTask::Source::All, 2), 1);
    std::map<std::string, int> trainingCounts;
    for (Index i = 0; i < task.sequenceCount(Split::Train); ++i)
        for (const std::string& w : task.sentence(Split::Train, i).words)
            ++trainingCounts[w];
    const WordVocabulary& v = task.vocabulary();
    QCOMPARE(v.size(),
             Index(2) + Index(std::count_if(trainingCounts.begin(), trainingCounts.end(),
                                            [](const auto& e) { return e.second >= 2; })));
    int validationOnly = 0;
    for (Index i = 0; i < task.sequenceCount(Split::Validation); ++i) {
        const SentimentTask::Sentence& s = task.sentence(Split::Validation, i);
        for (size_t k = 0; k < s.words.size(); ++k) {
            const auto found = trainingCounts.find(s.words[k]);
            const int count = found == trainingCounts.end() ? 0 : found->second;
            if (count == 0)
                ++validationOnly;
            QCOMPARE(s.ids[k] == WordVocabulary::kUnknown, count < 2);
            if (count >= 2)
                QCOMPARE(v.wordOf(s.ids[k]), s.words[k]);
        }
    }
    QVERIFY(validationOnly > 10); // words only validation holds exist, and are <unk>
    QCOMPARE(v.idOf("the"), 2);   // the commonest word of the reviews
}

void TestSentimentTask::batchesArePaddedAndMasked() {
    const SentimentTask task(settings(SentimentTask::Source::Yelp, 2), 3);
    const Index count = task.batchCount(Split::Validation, 16);
    QCOMPARE(count, (task.sequenceCount(Split::Validation) + 15) / 16);
    for (Index index = 0; index < count; ++index) {
        const core::SequenceBatch<double> b = task.batch(Split::Validation, 16, index, 0);
        QCOMPARE(b.lengths.size(), size_t(b.batch));
        QCOMPARE(b.tokens.size(), size_t(b.steps * b.batch));
        QCOMPARE(b.targetClasses.size(), size_t(b.batch));
        Index longest = 0;
        for (Index q = 0; q < b.batch; ++q) {
            const SentimentTask::Sentence& s = task.sentence(Split::Validation, index * 16 + q);
            QCOMPARE(b.lengths[size_t(q)], Index(s.ids.size()));
            QCOMPARE(b.targetClasses[size_t(q)], s.label);
            longest = std::max(longest, Index(s.ids.size()));
            for (Index t = 0; t < b.steps; ++t)
                QCOMPARE(b.tokens[size_t(t * b.batch + q)],
                         t < Index(s.ids.size()) ? s.ids[size_t(t)] : WordVocabulary::kPad);
        }
        QCOMPARE(b.steps, longest);
    }
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.batch(Split::Validation, 16, count, 0));
}

void TestSentimentTask::paddingChangesNoOutput() {
    // A sentence's outputs in a padded batch are those it gets alone, without padding.
    const SentimentTask task(settings(SentimentTask::Source::Imdb, 2), 3);
    core::Network<double> network(task.recommendedNetwork());
    core::NetworkInitializer::initialize(network, {}, 8);
    core::NetworkExecutor<double> executor(network);
    const core::SequenceBatch<double> b = task.batch(Split::Test, 8, 0, 0);
    QVERIFY(!core::isFullBatch(b.lengths, b.steps));
    const core::Matrix<double> together = executor.forward(b);
    for (Index q = 0; q < b.batch; ++q) {
        core::SequenceBatch<double> alone;
        alone.batch = 1;
        alone.steps = b.lengths[size_t(q)];
        alone.tokens = task.sentence(Split::Test, q).ids;
        const core::Matrix<double> single = executor.forward(alone);
        QVERIFY((single.row(0) - together.row(q)).cwiseAbs().maxCoeff() < 1e-12);
    }
}

void TestSentimentTask::seedFixesSplitsAndShuffling() {
    const SentimentTask a(settings(SentimentTask::Source::Amazon, 2), 21);
    const SentimentTask same(settings(SentimentTask::Source::Amazon, 2), 21);
    const SentimentTask other(settings(SentimentTask::Source::Amazon, 2), 22);
    const auto tokens = [](const SentimentTask& t, Split s, int epoch) {
        return t.batch(s, 10, 1, epoch).tokens;
    };
    for (Split s : kSplits)
        QCOMPARE(tokens(a, s, 0), tokens(same, s, 0));
    QVERIFY(tokens(a, Split::Validation, 0) != tokens(other, Split::Validation, 0));
    QVERIFY(tokens(a, Split::Train, 0) != tokens(a, Split::Train, 1));
    QCOMPARE(tokens(a, Split::Validation, 0), tokens(a, Split::Validation, 3));
}

void TestSentimentTask::majorityBaselineMatchesACount() {
    for (auto source :
         {SentimentTask::Source::Amazon, SentimentTask::Source::Imdb, SentimentTask::Source::All}) {
        const SentimentTask task(settings(source, 2), 4);
        Index trainPositive = 0, validationPositive = 0;
        for (Index i = 0; i < task.sequenceCount(Split::Train); ++i)
            trainPositive += task.sentence(Split::Train, i).label;
        for (Index i = 0; i < task.sequenceCount(Split::Validation); ++i)
            validationPositive += task.sentence(Split::Validation, i).label;
        const Index n = task.sequenceCount(Split::Validation);
        const bool positive = 2 * trainPositive >= task.sequenceCount(Split::Train);
        const double p = double(trainPositive) / double(task.sequenceCount(Split::Train));
        const Baseline baseline = task.baseline();
        const double expected =
            double(positive ? validationPositive : n - validationPositive) / double(n);
        QCOMPARE(baseline.metric, expected);
        QVERIFY(std::abs(baseline.metric - 0.5) < 0.05);
        const double loss = -(double(validationPositive) * std::log(p) +
                              double(n - validationPositive) * std::log(1 - p)) /
                            double(n);
        QVERIFY(std::abs(baseline.loss - loss) < 1e-12);
    }
}

void TestSentimentTask::evaluatesAndRenders() {
    const SentimentTask task(settings(SentimentTask::Source::Yelp, 2), 1);
    const core::SequenceBatch<double> b = task.batch(Split::Validation, 4, 0, 0);
    // Right on sequences 0 and 2, wrong on 1 and 3.
    core::Matrix<double> outputs(4, 2);
    for (Index q = 0; q < 4; ++q) {
        const bool right = q % 2 == 0;
        const int said = right ? b.targetClasses[size_t(q)] : 1 - b.targetClasses[size_t(q)];
        outputs.row(q) << (said == 0 ? 1.0 : 0.0), (said == 1 ? 1.0 : 0.0);
    }
    const Evaluation e = task.evaluate(b, outputs);
    QCOMPARE(e.metric, 0.5);
    QCOMPARE(e.metricWeight, 4.0);
    // Cross-entropy of logits (1, 0): log(1 + e^−1) when right, log(1 + e) when wrong.
    const double loss = (std::log1p(std::exp(-1.0)) + std::log1p(std::exp(1.0))) / 2;
    QVERIFY(std::abs(e.loss - loss) < 1e-12);
    QVERIFY(!e.solved);

    Evaluation at;
    at.metricWeight = 100;
    at.metric = 0.72;
    QVERIFY(task.isSolved(at)); // one source: 0.70
    QVERIFY(!SentimentTask(settings(SentimentTask::Source::All, 2), 1).isSolved(at)); // all: 0.75
    at.metric = 0.75;
    QVERIFY(SentimentTask(settings(SentimentTask::Source::All, 2), 1).isSolved(at));

    const SentimentTask::Sentence& first = task.sentence(Split::Validation, 0);
    const std::string word = first.ids[0] == WordVocabulary::kUnknown ? "<unk>" : first.words[0];
    QCOMPARE(task.renderStep(b, 0, 0), word);
    if (b.lengths[0] < b.steps)
        QCOMPARE(task.renderStep(b, 0, b.steps - 1), std::string());
    QCOMPARE(task.renderTarget(b, 0, 0), std::string(first.label == 1 ? "positive" : "negative"));
    core::Matrix<double> logits(1, 2);
    logits << 0.0, 1.0;
    QCOMPARE(task.renderOutput(logits, 0), std::string("positive (0.73)"));
    logits << 2.0, 0.0;
    QCOMPARE(task.renderOutput(logits, 0), std::string("negative (0.88)"));
}

void TestSentimentTask::sizesCutTheSplits() {
    SentimentTask::Settings s = settings(SentimentTask::Source::All, 1);
    s.trainSize = 200;
    s.evalSize = 50;
    const SentimentTask task(s, 6);
    QCOMPARE(task.sequenceCount(Split::Train), Index(200));
    QCOMPARE(task.sequenceCount(Split::Validation), Index(50));
    QCOMPARE(task.sequenceCount(Split::Test), Index(50));
    // Both labels in the first validation batch: the split is shuffled before it is cut.
    const auto classes = task.batch(Split::Validation, 50, 0, 0).targetClasses;
    QVERIFY(std::count(classes.begin(), classes.end(), 1) > 10);
    QVERIFY(std::count(classes.begin(), classes.end(), 0) > 10);
    // The vocabulary knows exactly the words of those 200 sentences (minimum count 1).
    std::set<std::string> words;
    for (Index i = 0; i < 200; ++i)
        for (const std::string& w : task.sentence(Split::Train, i).words)
            words.insert(w);
    QCOMPARE(task.vocabulary().size(), std::int32_t(words.size() + 2));
}

void TestSentimentTask::badOptionsAreExplained() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    QCOMPARE(registry.check("sentiment", {{"source", "twitter"}}),
             std::string("task sentiment: --source expects one of amazon, imdb, yelp, all (got "
                         "\"twitter\")"));
    QVERIFY(registry.check("sentiment", {{"min-count", "0"}}).find("--min-count") !=
            std::string::npos);
    const auto task = registry.make("sentiment", {{"source", "imdb"}}, 2);
    QCOMPARE(task->options().at("source"), std::string("imdb"));
    QCOMPARE(task->checkNetwork(task->recommendedNetwork()), std::string());
}

QTEST_APPLESS_MAIN(TestSentimentTask)
#include "tst_sentiment_task.moc"
