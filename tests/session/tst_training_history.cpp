#include "session/training_history.h"

#include <QTest>

using session::ProbeTrace;
using session::TrainingHistory;

namespace {

/** A trace of about `megabytes` MiB. */
std::shared_ptr<const session::ProbeTrace> traceOf(int epoch, double megabytes) {
    auto trace = std::make_shared<session::ProbeTrace>();
    trace->epoch = epoch;
    trace->step = epoch * 10;
    trace->outputs.resize(core::Index(megabytes * (1 << 20) / sizeof(float)), 1);
    return trace;
}

} // namespace

class TestTrainingHistory : public QObject {
    Q_OBJECT

private slots:
    void tracesStayWithinTheBudgetAndThinEvenly() {
        session::TrainingHistory history;
        for (int epoch = 1; epoch <= 1000; ++epoch) {
            history.addTrace(epoch, traceOf(epoch, 1.0));
            QVERIFY(history.traceBytes() <=
                    session::TrainingHistory::kTraceBudget + (std::size_t(1) << 20) + 4096);
        }
        const auto& traces = history.traces();
        QVERIFY(traces.size() >= 8);
        QCOMPARE(traces.begin()->first, 1);     // the first stays
        QCOMPARE(traces.rbegin()->first, 1000); // the newest stays
        // Kept epochs are spread over the run: no gap is more than a few times the mean.
        const double meanGap = 999.0 / double(traces.size() - 1);
        int previous = 0;
        for (const auto& [epoch, trace] : traces) {
            if (previous > 0)
                QVERIFY(epoch - previous <= 3 * meanGap);
            previous = epoch;
        }
    }

    void traceAtAnswersWithTheNearestKeptEpochBefore() {
        session::TrainingHistory history;
        history.addTrace(2, traceOf(2, 0.01));
        history.addTrace(5, traceOf(5, 0.01));
        QVERIFY(!history.traceAt(1));
        QCOMPARE(history.traceAt(2)->epoch, 2);
        QCOMPARE(history.traceAt(4)->epoch, 2);
        QCOMPARE(history.traceAt(9)->epoch, 5);
    }

    void truncateForgetsLaterEpochsButKeepsTheEntries() {
        session::TrainingHistory history;
        for (int epoch = 1; epoch <= 4; ++epoch) {
            history.addEpoch({epoch, epoch * 10});
            history.addTrace(epoch, traceOf(epoch, 0.01));
        }
        history.addEntry({session::HistoryEntry::Kind::Diverged, 35, 4, "NaN"});
        history.truncateAfter(20);
        QCOMPARE(history.epochs().size(), size_t(2));
        QCOMPARE(history.traces().size(), size_t(2));
        QCOMPARE(history.entries().size(), size_t(1));
        std::size_t bytes = 0;
        for (const auto& [epoch, trace] : history.traces())
            bytes += trace->bytes();
        QCOMPARE(history.traceBytes(), bytes);
    }

    /** A restored history thins on exactly as the one it was saved from. */
    void aRestoredHistoryGoesOnLikeTheOriginal() {
        session::TrainingHistory original;
        for (int epoch = 3; epoch <= 120; ++epoch)
            original.addTrace(epoch, traceOf(epoch, 1.0));
        QVERIFY(original.traceStride() > 1);
        QCOMPARE(original.firstTraceEpoch(), 3);
        session::TrainingHistory restored;
        restored.restore(original.epochs(), original.entries(), original.traces(),
                         original.traceStride(), original.firstTraceEpoch());
        QCOMPARE(restored.traceBytes(), original.traceBytes());
        for (int epoch = 121; epoch <= 200; ++epoch) {
            original.addTrace(epoch, traceOf(epoch, 1.0));
            restored.addTrace(epoch, traceOf(epoch, 1.0));
        }
        std::vector<int> kept, keptAfterRestore;
        for (const auto& [epoch, trace] : original.traces())
            kept.push_back(epoch);
        for (const auto& [epoch, trace] : restored.traces())
            keptAfterRestore.push_back(epoch);
        QCOMPARE(keptAfterRestore, kept);
        QCOMPARE(restored.traceStride(), original.traceStride());
    }

    void restoreRefusesWhatCannotBe() {
        session::TrainingHistory history;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, history.restore({}, {}, {}, 0, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 history.restore({}, {}, {{1, nullptr}}, 1, 1));
    }
};

QTEST_APPLESS_MAIN(TestTrainingHistory)
#include "tst_training_history.moc"
