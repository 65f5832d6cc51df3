// The dates task: the sequence-to-sequence batch layout (decoder input = targets shifted right
// behind the start token), splits disjoint by date, determinism, the computed baseline against
// the exact character distribution of every date, the metric, rendering and refusals.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "core/training_step.h"
#include "data/batch_cast.h"
#include "data/dates_task.h"
#include "data/greedy_decoder.h"
#include "data/task_registry.h"

#include <QTest>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

using namespace data;
using core::Index;

namespace {

GeneratedTask::Sizes sizes(Index train, Index eval) {
    return {train, eval, eval};
}

std::set<std::string> datesOf(const DatesTask& task, Split split) {
    std::set<std::string> out;
    for (Index i = 0; i < task.sequenceCount(split); ++i)
        out.insert(task.example(split, i).date.iso());
    return out;
}

bool sameBatch(const core::SequenceBatch<double>& a, const core::SequenceBatch<double>& b) {
    return a.tokens == b.tokens && a.lengths == b.lengths && a.decoderTokens == b.decoderTokens &&
           a.targetClasses == b.targetClasses;
}

/** Outputs whose argmax is the target everywhere, except at the rows in `wrong`. */
core::Matrix<double> outputsFor(const core::SequenceBatch<double>& batch,
                                const std::set<Index>& wrong = {}) {
    core::Matrix<double> out = core::Matrix<double>::Zero(Index(batch.targetClasses.size()), 11);
    for (Index r = 0; r < out.rows(); ++r)
        out(r, (batch.targetClasses[size_t(r)] + (wrong.count(r) ? 1 : 0)) % 11) = 10.0;
    return out;
}

} // namespace

class TestDatesTask : public QObject {
    Q_OBJECT

private slots:
    void batchesFollowTheSequenceToSequenceLayout();
    void splitsAreDisjointByDate();
    void theSeedFixesEverything();
    void languagesOptionChoosesTheLanguage_data();
    void languagesOptionChoosesTheLanguage();
    void baselineMatchesTheExactDistribution();
    void exactMatchCountsWholeDates();
    void rendersSourceTargetAndOutput();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void greedyAndTeacherForcedExactMatchesAgree();
};

void TestDatesTask::batchesFollowTheSequenceToSequenceLayout() {
    const DatesTask task(DatesTask::Languages::Both, 1900, 2099, sizes(300, 40), 7);
    const auto batch = task.batch(Split::Validation, 16, 1, 0);
    const Index B = 16;
    QCOMPARE(batch.batch, B);
    QCOMPARE(batch.decoderSteps, Index(10));
    QCOMPARE(batch.decoderTokens.size(), size_t(10 * B));
    QCOMPARE(batch.targetClasses.size(), size_t(10 * B));
    QCOMPARE(batch.tokens.size(), size_t(batch.steps * B));
    QCOMPARE(batch.inputs.size(), Index(0));
    Index longest = 0;
    for (Index b = 0; b < B; ++b) {
        const DatesTask::Example e = task.example(Split::Validation, 16 + b);
        const std::vector<int> source = DateWriter::encode(e.source());
        QCOMPARE(batch.lengths[size_t(b)], Index(source.size()));
        longest = std::max(longest, Index(source.size()));
        for (Index t = 0; t < batch.steps; ++t)
            QCOMPARE(batch.tokens[size_t(t * B + b)],
                     t < Index(source.size()) ? source[size_t(t)] : 0);
        // Targets: the ISO characters, '0'–'9' as 0–9 and '-' as 10.
        const std::string iso = e.date.iso();
        QCOMPARE(batch.decoderLengths[size_t(b)], Index(10));
        QCOMPARE(batch.decoderTokens[size_t(b)], DatesTask::kStartToken);
        for (Index j = 0; j < 10; ++j) {
            const char c = iso[size_t(j)];
            const int32_t cls = c == '-' ? 10 : c - '0';
            QCOMPARE(batch.targetClasses[size_t(j * B + b)], cls);
            if (j > 0) // the decoder reads the previous target
                QCOMPARE(batch.decoderTokens[size_t(j * B + b)],
                         batch.targetClasses[size_t((j - 1) * B + b)]);
        }
    }
    QCOMPARE(batch.steps, longest);
    // The last batch holds the rest; an index past it is refused.
    QCOMPARE(task.batchCount(Split::Validation, 16), Index(3));
    QCOMPARE(task.batch(Split::Validation, 16, 2, 0).batch, Index(8));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.batch(Split::Validation, 16, 3, 0));
}

void TestDatesTask::splitsAreDisjointByDate() {
    const DatesTask task(DatesTask::Languages::Both, 2000, 2009, sizes(5000, 300), 3);
    const std::set<std::string> train = datesOf(task, Split::Train);
    const std::set<std::string> validation = datesOf(task, Split::Validation);
    const std::set<std::string> test = datesOf(task, Split::Test);
    QCOMPARE(validation.size(), size_t(300)); // distinct dates, one example each
    QCOMPARE(test.size(), size_t(300));
    for (const std::string& date : validation) {
        QVERIFY2(!train.count(date), date.c_str());
        QVERIFY2(!test.count(date), date.c_str());
    }
    for (const std::string& date : test)
        QVERIFY2(!train.count(date), date.c_str());
    // 3053 dates left to train on, drawn 5000 times: 3053·(1 − e^(−5000/3053)) ≈ 2460 distinct.
    QVERIFY(train.size() > 2350 && train.size() < 2570);
}

void TestDatesTask::theSeedFixesEverything() {
    const DatesTask a(DatesTask::Languages::Both, 1900, 2099, sizes(200, 50), 11);
    const DatesTask b(DatesTask::Languages::Both, 1900, 2099, sizes(200, 50), 11);
    const DatesTask c(DatesTask::Languages::Both, 1900, 2099, sizes(200, 50), 12);
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        QVERIFY(sameBatch(a.batch(split, 32, 1, 2), b.batch(split, 32, 1, 2)));
        QVERIFY(!sameBatch(a.batch(split, 32, 1, 2), c.batch(split, 32, 1, 2)));
    }
    // Training batches are reshuffled every epoch; validation ones are not.
    QVERIFY(!sameBatch(a.batch(Split::Train, 32, 0, 0), a.batch(Split::Train, 32, 0, 1)));
    QVERIFY(sameBatch(a.batch(Split::Validation, 32, 0, 0), a.batch(Split::Validation, 32, 0, 1)));
}

void TestDatesTask::languagesOptionChoosesTheLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << "english";
    QTest::newRow("french") << "french";
    QTest::newRow("both") << "both";
}

void TestDatesTask::languagesOptionChoosesTheLanguage() {
    QFETCH(QString, language);
    const auto task = TaskRegistry::builtIn().make(
        "dates", {{"language", language.toStdString()}, {"train-size", "400"}, {"eval-size", "50"}},
        1);
    const auto& dates = dynamic_cast<const DatesTask&>(*task);
    std::map<DateLanguage, int> counts;
    std::set<int> styles;
    for (Index i = 0; i < 400; ++i) {
        const DatesTask::Example e = dates.example(Split::Train, i);
        ++counts[e.language];
        styles.insert(e.style);
    }
    QCOMPARE(styles.size(), size_t(DateWriter::kStyles));
    if (language == "both") // 400 fair coins: 200 ± 50 is beyond five standard deviations
        QVERIFY(std::abs(counts[DateLanguage::French] - 200) < 50);
    else
        QCOMPARE(counts[language == "french" ? DateLanguage::French : DateLanguage::English], 400);
    QCOMPARE(dates.options().at("language"), language.toStdString());
}

void TestDatesTask::baselineMatchesTheExactDistribution() {
    // The cross-entropy of per-position character frequencies tends to the mean entropy of the
    // positions of a uniformly drawn date, computed here over every date of the range.
    const std::vector<CalendarDate> all = CalendarDate::allBetween(1900, 2099);
    double entropy = 0;
    for (size_t j = 0; j < 10; ++j) {
        std::map<char, double> counts;
        for (const CalendarDate& d : all)
            counts[d.iso()[j]] += 1;
        for (const auto& [c, n] : counts)
            entropy -= n / double(all.size()) * std::log(n / double(all.size()));
    }
    entropy /= 10;
    const DatesTask task(DatesTask::Languages::Both, 1900, 2099, sizes(20000, 1000), 1);
    const Baseline baseline = task.baseline();
    QVERIFY2(std::abs(baseline.loss - entropy) < 0.02,
             qPrintable(QString("%1 vs %2").arg(baseline.loss).arg(entropy)));
    QVERIFY(baseline.metric < 0.01); // the majority string is one date at most
    QVERIFY(baseline.description.find("majority string") != std::string::npos);
}

void TestDatesTask::exactMatchCountsWholeDates() {
    const DatesTask task(DatesTask::Languages::Both, 1900, 2099, sizes(200, 40), 5);
    const auto batch = task.batch(Split::Validation, 8, 0, 0);
    const Evaluation perfect = task.evaluate(batch, outputsFor(batch));
    QCOMPARE(perfect.metric, 1.0);
    QCOMPARE(perfect.metricWeight, 8.0);
    QVERIFY(perfect.solved);
    QCOMPARE(perfect.lossWeight, 80.0); // 10 decoder steps of 8 dates
    // One wrong character in date 3 (step 6), two in date 5: 6 of 8 dates right.
    const Evaluation some =
        task.evaluate(batch, outputsFor(batch, {6 * 8 + 3, 0 * 8 + 5, 9 * 8 + 5}));
    QCOMPARE(some.metric, 6.0 / 8.0);
    QVERIFY(!some.solved);
    QVERIFY(some.loss > perfect.loss);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             task.evaluate(batch, core::Matrix<double>::Zero(8, 11)));
}

void TestDatesTask::rendersSourceTargetAndOutput() {
    const DatesTask task(DatesTask::Languages::French, 1900, 2099, sizes(200, 40), 5);
    const auto batch = task.batch(Split::Validation, 4, 0, 0);
    const DatesTask::Example e = task.example(Split::Validation, 2);
    std::string source, target, output;
    for (Index t = 0; t < batch.steps; ++t)
        source += task.renderStep(batch, 2, t);
    const core::Matrix<double> outputs = outputsFor(batch);
    for (Index j = 0; j < 10; ++j) {
        target += task.renderTarget(batch, 2, j);
        output += task.renderOutput(outputs, j * 4 + 2);
    }
    QCOMPARE(source, e.source());
    QCOMPARE(target, e.date.iso());
    QCOMPARE(output, e.date.iso());
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, task.renderTarget(batch, 2, 10));
}

void TestDatesTask::refusesBadOptions_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("language") << "language"
                              << "german"
                              << "expects one of english, french, both";
    QTest::newRow("first year") << "first-year"
                                << "999"
                                << "--first-year expects an integer";
    QTest::newRow("years reversed") << "first-year"
                                    << "2100"
                                    << "the first no later than the last";
    QTest::newRow("too few dates") << "last-year"
                                   << "1900"
                                   << "hold 365 dates, too few for 400";
}

void TestDatesTask::refusesBadOptions() {
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);
    TaskOptions options{{"train-size", "200"}, {"eval-size", "200"}};
    options[option.toStdString()] = value.toStdString();
    try {
        TaskRegistry::builtIn().make("dates", options, 1);
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString(error.what()).contains(message), error.what());
    }
}

void TestDatesTask::greedyAndTeacherForcedExactMatchesAgree() {
    // A short run of the recommended network and recipe, stopped while it still gets some dates
    // wrong: the network reads the core's sequence-to-sequence batches, learns, and a date is
    // exactly right under greedy decoding if and only if it is under teacher forcing (the decoder
    // is causal, see GreedyDecoder), while the character accuracies of the two differ.
    const DatesTask task(DatesTask::Languages::Both, 1900, 2099, sizes(4000, 200), 1);
    const TrainingRecipe recipe = task.recommendedRecipe();
    core::Network<float> network(task.recommendedNetwork());
    core::NetworkInitializer::initialize(network, recipe.initialization, 1);
    core::TrainingStep<float> step(network, task.lossKind(), recipe.optimizer, 1);
    step.clipping() = {core::ClipMode::Norm, recipe.clipNorm};
    core::NetworkExecutor<float> executor(network);
    const Task::Predictor predict = [&](const core::SequenceBatch<double>& batch) {
        return core::Matrix<double>(executor.forward(castBatch<float>(batch)).cast<double>());
    };
    for (Index i = 0; i < 250; ++i)
        step.run(castBatch<float>(task.batch(Split::Train, recipe.batchSize, i % 125, 0)));

    const GreedyDecoder decoder = GreedyDecoder::forTask(task);
    double teacherRight = 0, greedyRight = 0, characterDifferences = 0;
    for (Index i = 0; i < task.batchCount(Split::Validation, 50); ++i) {
        const auto batch = task.batch(Split::Validation, 50, i, 0);
        const core::Matrix<double> forced = predict(batch);
        const GreedyDecoder::Result greedy = decoder.decode(batch, predict);
        for (Index b = 0; b < 50; ++b) {
            bool forcedRight = true, greedyAll = true;
            for (Index j = 0; j < 10; ++j) {
                Index c = 0;
                forced.row(j * 50 + b).maxCoeff(&c);
                const int32_t target = batch.targetClasses[size_t(j * 50 + b)];
                forcedRight = forcedRight && c == target;
                greedyAll = greedyAll && greedy.classes[size_t(j * 50 + b)] == target;
                characterDifferences += c != greedy.classes[size_t(j * 50 + b)] ? 1 : 0;
            }
            QCOMPARE(greedyAll, forcedRight);
            teacherRight += forcedRight ? 1 : 0;
            greedyRight += greedyAll ? 1 : 0;
        }
    }
    qInfo("dates after 250 steps: exact match %.3f teacher-forced, %.3f greedy; %g characters "
          "differ",
          teacherRight / 200, greedyRight / 200, characterDifferences);
    QVERIFY(teacherRight > 10 && teacherRight < 190); // learning, not done: the test can fail
    QVERIFY(characterDifferences > 0); // …and the two decodings do differ on wrong dates
    QCOMPARE(decoder.evaluateSplit(task, Split::Validation, 50, predict).metric,
             task.evaluateSplit(Split::Validation, 50, predict).metric);
}

QTEST_APPLESS_MAIN(TestDatesTask)
#include "tst_dates_task.moc"
