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
};

QTEST_APPLESS_MAIN(TestTrainingHistory)
#include "tst_training_history.moc"
