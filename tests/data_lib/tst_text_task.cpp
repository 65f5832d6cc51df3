// The character-level language-model task: windows of the text with their next characters, splits
// that never share a character, the seed's role, the unigram baseline against counts made in
// Python, and its options' messages.
#include "data/embedded_files.h"
#include "data/task_registry.h"
#include "data/text_task.h"
#include "data/utf8_codec.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>

using namespace data;
using core::Index;

namespace {

TextTask::Settings settings(TextTask::Language language, Index length, std::int64_t minCount) {
    TextTask::Settings s;
    s.language = language;
    s.length = length;
    s.minCount = minCount;
    s.trainSize = 100;
    return s;
}

} // namespace

class TestTextTask : public QObject {
    Q_OBJECT

private slots:
    void batchesAreWindowsWithTheirNextCharacters_data();
    void batchesAreWindowsWithTheirNextCharacters();
    void splitsAreDisjointParts();
    void seedFixesTheTrainingWindowsOnly();
    void trainingWindowsTileTheTrainingPart();
    void unigramBaselineMatchesPython_data();
    void unigramBaselineMatchesPython();
    void unigramEntropyOfHandCounts();
    void uniformOutputsScoreLog2V();
    void rendersCharacters();
    void badOptionsAreExplained();
};

void TestTextTask::batchesAreWindowsWithTheirNextCharacters_data() {
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("split");
    for (int language : {0, 1})
        for (int split : {0, 1, 2})
            QTest::addRow("%s %s", language ? "french" : "english", splitName(Split(split)).c_str())
                << language << split;
}

void TestTextTask::batchesAreWindowsWithTheirNextCharacters() {
    QFETCH(int, language);
    QFETCH(int, split);
    const TextTask task(settings(TextTask::Language(language), 50, 1), 7);
    const Split s = Split(split);
    const Index batchSize = 16;
    const Index count = task.batchCount(s, batchSize);
    QCOMPARE(count, (task.sequenceCount(s) + 15) / 16);
    for (Index i : {Index(0), count - 1}) {
        const core::SequenceBatch<double> b = task.batch(s, batchSize, i, 2);
        const Index expectedB = std::min(batchSize, task.sequenceCount(s) - i * batchSize);
        QCOMPARE(b.batch, expectedB);
        QCOMPARE(b.steps, Index(50));
        QCOMPARE(b.tokens.size(), size_t(50 * expectedB));
        QCOMPARE(b.targetClasses.size(), size_t(50 * expectedB));
        QCOMPARE(b.lengths, core::Lengths(size_t(expectedB), 50));
        QCOMPARE(b.inputs.size(), Index(0));
        for (Index q = 0; q < b.batch; ++q) {
            const Index start = task.windowStart(s, i * batchSize + q, 2);
            for (Index t = 0; t < 50; ++t) {
                QCOMPARE(b.tokens[size_t(t * b.batch + q)], task.ids()[size_t(start + t)]);
                QCOMPARE(b.targetClasses[size_t(t * b.batch + q)],
                         task.ids()[size_t(start + t + 1)]);
            }
        }
    }
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.batch(s, batchSize, count, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, task.batch(s, 0, 0, 0));
}

void TestTextTask::splitsAreDisjointParts() {
    const TextTask task(settings(TextTask::Language::English, 64, 3), 1);
    // Python: len(text) = 119983, int(0.9·n) = 107984.
    QCOMPARE(task.partOf(Split::Train), std::make_pair(Index(0), Index(107984)));
    QCOMPARE(task.partOf(Split::Validation).first, Index(107984));
    QCOMPARE(task.partOf(Split::Validation).second, task.partOf(Split::Test).first);
    QCOMPARE(task.partOf(Split::Test).second, Index(119983));
    // Every character a window reads or predicts lies in its split's part.
    for (Split s : {Split::Train, Split::Validation, Split::Test}) {
        const auto [begin, end] = task.partOf(s);
        for (int epoch : {0, 1, 5})
            for (Index i = 0; i < task.sequenceCount(s); ++i) {
                const Index start = task.windowStart(s, i, epoch);
                QVERIFY(start >= begin && start + 64 < end);
            }
    }
    // Validation and test windows follow each other: each character is predicted once.
    for (Split s : {Split::Validation, Split::Test}) {
        const auto [begin, end] = task.partOf(s);
        QCOMPARE(task.sequenceCount(s), (end - begin - 1) / 64);
        for (Index i = 0; i < task.sequenceCount(s); ++i)
            QCOMPARE(task.windowStart(s, i, 3), begin + 64 * i);
    }
}

void TestTextTask::seedFixesTheTrainingWindowsOnly() {
    const TextTask a(settings(TextTask::Language::French, 32, 3), 11);
    const TextTask same(settings(TextTask::Language::French, 32, 3), 11);
    const TextTask other(settings(TextTask::Language::French, 32, 3), 12);
    const auto tokens = [](const TextTask& t, Split s, int epoch) {
        return t.batch(s, 20, 1, epoch).tokens;
    };
    QCOMPARE(tokens(a, Split::Train, 0), tokens(same, Split::Train, 0));
    QVERIFY(tokens(a, Split::Train, 0) != tokens(other, Split::Train, 0));
    QVERIFY(tokens(a, Split::Train, 0) != tokens(a, Split::Train, 1));
    QCOMPARE(tokens(a, Split::Validation, 0), tokens(other, Split::Validation, 4));
    QCOMPARE(tokens(a, Split::Test, 0), tokens(other, Split::Test, 0));
    QCOMPARE(a.vocabulary().size(), other.vocabulary().size());
}

void TestTextTask::trainingWindowsTileTheTrainingPart() {
    TextTask::Settings all = settings(TextTask::Language::English, 64, 3);
    all.trainSize = TextTask::kAll;
    const TextTask task(all, 4);
    const Index n = task.sequenceCount(Split::Train);
    const auto startsOf = [&](int epoch) {
        std::vector<Index> starts;
        for (Index i = 0; i < n; ++i)
            starts.push_back(task.windowStart(Split::Train, i, epoch));
        return starts;
    };
    std::vector<Index> epoch0 = startsOf(0), epoch1 = startsOf(1);
    QVERIFY(epoch0 != epoch1);
    std::sort(epoch0.begin(), epoch0.end());
    std::sort(epoch1.begin(), epoch1.end());
    QCOMPARE(epoch0, epoch1); // the same windows, in another order
    // Consecutive windows from a phase in [0, 64) to the end of the 107984 training characters.
    QVERIFY(epoch0.front() >= 0 && epoch0.front() < 64);
    for (size_t k = 1; k < epoch0.size(); ++k)
        QCOMPARE(epoch0[k] - epoch0[k - 1], Index(64));
    QVERIFY(epoch0.back() + 64 < 107984 && epoch0.back() + 128 >= 107984);
    QCOMPARE(n, (107984 - 1 - epoch0.front()) / 64);
}

void TestTextTask::unigramBaselineMatchesPython_data() {
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("minCount");
    QTest::addColumn<int>("symbols");
    QTest::addColumn<double>("bits");
    // collections.Counter over text[:int(0.9·len(text))], rare characters pooled as one symbol.
    QTest::newRow("english, all") << 0 << 1 << 62 << 4.758412059025551;
    QTest::newRow("english, min 3") << 0 << 3 << 60 << 4.758386547028384;
    QTest::newRow("french, all") << 1 << 1 << 91 << 4.537042627462149;
    QTest::newRow("french, min 3") << 1 << 3 << 88 << 4.536974659588298;
}

void TestTextTask::unigramBaselineMatchesPython() {
    QFETCH(int, language);
    QFETCH(int, minCount);
    QFETCH(int, symbols);
    QFETCH(double, bits);
    const TextTask task(settings(TextTask::Language(language), 64, minCount), 1);
    QCOMPARE(task.vocabulary().size(), symbols);
    const Baseline baseline = task.baseline();
    QVERIFY(std::abs(baseline.metric - bits) < 1e-12);
    QVERIFY(std::abs(baseline.loss - bits * std::log(2.0)) < 1e-12);
}

void TestTextTask::unigramEntropyOfHandCounts() {
    // Counts 2, 1, 1 of 4: H = ½·1 + ¼·2 + ¼·2 = 1.5 bits.
    QCOMPARE(TextTask::unigramEntropyBits({3, 5, 3, 7}), 1.5);
    QCOMPARE(TextTask::unigramEntropyBits({4, 4, 4}), 0.0);
}

void TestTextTask::uniformOutputsScoreLog2V() {
    const TextTask task(settings(TextTask::Language::English, 40, 3), 1);
    const core::SequenceBatch<double> b = task.batch(Split::Validation, 8, 0, 0);
    const core::Matrix<double> outputs =
        core::Matrix<double>::Constant(b.steps * b.batch, task.vocabulary().size(), 0.3);
    const Evaluation e = task.evaluate(b, outputs);
    QVERIFY(std::abs(e.metric - std::log2(60.0)) < 1e-12);
    QCOMPARE(e.metricWeight, double(8 * 40));
    QCOMPARE(e.solved, false);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             task.evaluate(b, core::Matrix<double>::Zero(3, 60)));
}

void TestTextTask::rendersCharacters() {
    const TextTask task(settings(TextTask::Language::English, 64, 3), 1);
    const core::SequenceBatch<double> b = task.batch(Split::Validation, 4, 0, 0);
    // The validation part starts at character 107984 of the text, which is ASCII.
    const std::string_view text = EmbeddedFiles::get(TextTask::fileOf(TextTask::Language::English));
    std::string expected(1, text[107984]);
    if (expected == " ")
        expected = "\u2423";
    else if (expected == "\n")
        expected = "\u21B5";
    QCOMPARE(task.renderStep(b, 0, 0), expected);
    QCOMPARE(task.renderTarget(b, 0, 0), task.renderStep(b, 0, 1));
    core::Matrix<double> outputs = core::Matrix<double>::Zero(1, 60);
    outputs(0, task.vocabulary().idOf(U'e')) = 10.0;
    QVERIFY(task.renderOutput(outputs, 0).starts_with("e (1.00)"));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.renderStep(b, 4, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.renderStep(b, 0, 64));
}

void TestTextTask::badOptionsAreExplained() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    QVERIFY(registry.find("text"));
    QCOMPARE(QString::fromStdString(registry.check("text", {{"language", "german"}})),
             QStringLiteral("task text: --language expects one of english, french (got "
                            "\"german\")"));
    QVERIFY(registry.check("text", {{"length", "4"}}).find("--length") != std::string::npos);
    QVERIFY(registry.check("text", {{"min-count", "0"}}).find("--min-count") != std::string::npos);
    try {
        TextTask(settings(TextTask::Language::French, 5000, 1), 1);
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QCOMPARE(QString::fromUtf8(error.what()),
                 QStringLiteral("the french text is too short for sequences of 5000 characters"));
    }
    const auto small = registry.make("text", {{"train-size", "200"}, {"eval-size", "50"}}, 3);
    QCOMPARE(small->sequenceCount(Split::Train), Index(200));
    QCOMPARE(small->sequenceCount(Split::Validation), Index(50));
    QCOMPARE(small->sequenceCount(Split::Test), Index(50));
    const auto task = registry.make("text", {{"language", "french"}, {"length", "100"}}, 3);
    QCOMPARE(task->options().at("language"), std::string("french"));
    QCOMPARE(task->recommendedNetwork().inputSize, Index(88));
    QCOMPARE(task->checkNetwork(task->recommendedNetwork()), std::string());
}

QTEST_APPLESS_MAIN(TestTextTask)
#include "tst_text_task.moc"
