// Greedy decoding against fake networks whose answers are known: a counter that continues from
// its own previous output, an oracle, and a network of the wrong shape.
#include "data/adding_task.h"
#include "data/dates_task.h"
#include "data/greedy_decoder.h"

#include <QTest>
#include <stdexcept>

using namespace data;
using core::Index;

namespace {

constexpr int kClasses = 5;
constexpr int32_t kStart = kClasses;

/** A batch of `B` sequences with `steps` decoder steps whose decoder tokens are all 0 (the
 * decoder must not read them). */
core::SequenceBatch<double> emptyBatch(Index B, Index steps, core::Lengths decoderLengths = {}) {
    core::SequenceBatch<double> batch;
    batch.batch = B;
    batch.steps = 1;
    batch.inputs = core::Matrix<double>::Zero(B, 1);
    batch.decoderSteps = steps;
    batch.decoderTokens.assign(size_t(steps * B), 0);
    batch.decoderLengths = std::move(decoderLengths);
    return batch;
}

/** Outputs (S'·B)×5: after the start token, class b mod 5; after token k, class (k + 1) mod 5.
 * It records the decoder lengths it was run with. */
struct Counter {
    std::vector<Index>* calls;
    core::Matrix<double> operator()(const core::SequenceBatch<double>& batch) const {
        calls->push_back(batch.decoderSteps);
        core::Matrix<double> out =
            core::Matrix<double>::Zero(batch.decoderSteps * batch.batch, kClasses);
        for (Index j = 0; j < batch.decoderSteps; ++j)
            for (Index b = 0; b < batch.batch; ++b) {
                const int32_t token = batch.decoderTokens[size_t(j * batch.batch + b)];
                out(j * batch.batch + b, token == kStart ? b % kClasses : (token + 1) % kClasses) =
                    1;
            }
        return out;
    }
};

} // namespace

class TestGreedyDecoder : public QObject {
    Q_OBJECT

private slots:
    void feedsItsOwnOutputsBack();
    void leavesPaddedStepsOut();
    void refusesOutputsOfTheWrongShape();
    void scoresADatesSplitFreeRunning();
};

void TestGreedyDecoder::feedsItsOwnOutputsBack() {
    std::vector<Index> calls;
    const GreedyDecoder decoder(kStart);
    const auto result = decoder.decode(emptyBatch(3, 4), Counter{&calls});
    // Sequence b counts b, b+1, b+2, b+3 (mod 5) — only if every step read the previous choice.
    const std::vector<int32_t> expected{0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 0};
    QCOMPARE(result.classes, expected);
    QCOMPARE(calls, (std::vector<Index>{1, 2, 3, 4})); // the growing prefix: O(S'²)
    QCOMPARE(result.outputs.rows(), Index(12));
    for (Index r = 0; r < 12; ++r)
        QCOMPARE(result.outputs(r, expected[size_t(r)]), 1.0);
}

void TestGreedyDecoder::leavesPaddedStepsOut() {
    std::vector<Index> calls;
    const auto result = GreedyDecoder(kStart).decode(emptyBatch(2, 3, {3, 1}), Counter{&calls});
    QCOMPARE(result.classes, (std::vector<int32_t>{0, 1, 1, -1, 2, -1}));
}

void TestGreedyDecoder::refusesOutputsOfTheWrongShape() {
    const auto tooFew = [](const core::SequenceBatch<double>& batch) {
        return core::Matrix<double>::Zero(batch.batch, kClasses).eval();
    };
    try {
        GreedyDecoder(kStart).decode(emptyBatch(2, 3), tooFew);
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString(error.what()).contains("2 output rows for 2 decoder steps"), error.what());
    }
}

void TestGreedyDecoder::scoresADatesSplitFreeRunning() {
    const DatesTask task(DatesTask::Languages::Both, 1900, 2099, {100, 40, 40}, 2);
    const GreedyDecoder decoder = GreedyDecoder::forTask(task);
    // An oracle that knows the targets: every date right.
    const auto oracle = [](const core::SequenceBatch<double>& batch) {
        core::Matrix<double> out = core::Matrix<double>::Zero(batch.decoderSteps * batch.batch, 11);
        for (Index r = 0; r < out.rows(); ++r)
            out(r, batch.targetClasses[size_t(r)]) = 5;
        return out;
    };
    const Evaluation right = decoder.evaluateSplit(task, Split::Validation, 16, oracle);
    QCOMPARE(right.metric, 1.0);
    QVERIFY(right.solved);
    QCOMPARE(right.metricWeight, 40.0);
    // A network that repeats its previous input (the start token 11 wrapping to class 0): free
    // running it writes "0000000000", never a date; teacher-forced, it would copy the target
    // prefix and get every character after the first right.
    const auto repeat = [](const core::SequenceBatch<double>& batch) {
        core::Matrix<double> out = core::Matrix<double>::Zero(batch.decoderSteps * batch.batch, 11);
        for (Index r = 0; r < out.rows(); ++r)
            out(r, batch.decoderTokens[size_t(r)] % 11) = 5;
        return out;
    };
    QCOMPARE(decoder.evaluateSplit(task, Split::Validation, 16, repeat).metric, 0.0);
    const AddingTask perSequence(10, {10, 10, 10}, 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GreedyDecoder::forTask(perSequence));
}

QTEST_APPLESS_MAIN(TestGreedyDecoder)
#include "tst_greedy_decoder.moc"
