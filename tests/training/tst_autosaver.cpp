// Autosaver: no autosave without a change; one interval after the first change, one autosave of
// what the provider gives, never two within an interval however many changes come; markSaved()
// cancels what is pending and removes the autosave; a failed write is reported, kept pending and
// tried again; a provider that answers later hands the session over with write(). And what an
// autosave costs, measured on real training sessions (printed with qInfo).
#include "../session/session_comparison.h"
#include "data/task_registry.h"
#include "session/session_codec.h"
#include "training/autosave_store.h"
#include "training/autosaver.h"
#include "training/session_file.h"
#include "training/training_engine.h"
#include "training_fixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace std::chrono_literals;
using training::Autosaver;
using training::AutosaveStore;

namespace {

/** About 12 MB on disk: a write that takes a while. */
session::Session bigSession() {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Lstm, 256)}),
                                 2);
}

session::Session smallSession(unsigned seed = 1) {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Gru, 3)}),
                                 seed);
}

/** A session trained by TrainingEngine to its end. */
session::Session trainedSession(const training::TrainingJob& job) {
    training::TrainingEngine engine(job);
    while (!engine.isDone())
        engine.advance();
    return engine.saveSession();
}

/** The median of `runs` timings of `work`, in milliseconds. */
template <typename Work>
double medianMs(int runs, Work work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

class TestAutosaver : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AutosaveStore>(m_dir->filePath(QStringLiteral("autosave")),
                                                  QStringLiteral("me"));
        m_calls = 0;
        m_answer = smallSession();
    }

    void cleanup() {
        m_store->markCleanExit();
        m_store.reset();
        m_dir.reset();
    }

    void theDefaultIntervalIsAMinute() {
        Autosaver saver(m_store.get(), provider());
        QCOMPARE(saver.interval(), 60000ms);
        QVERIFY(!saver.hasPendingChanges());
        saver.noteChange();
        QVERIFY(saver.isScheduled());
        QVERIFY(saver.hasPendingChanges());
    }

    void nothingIsSavedWithoutAChange() {
        Autosaver saver(m_store.get(), provider());
        saver.setInterval(0ms);
        QSignalSpy saved(&saver, &Autosaver::saved);
        QTest::qWait(50);
        saver.saveNow();
        QCOMPARE(saved.size(), 0);
        QCOMPARE(m_calls, 0);
        QVERIFY(!QFile::exists(m_store->sessionPath()));
    }

    void aChangeIsAutosavedAfterTheInterval() {
        Autosaver saver(m_store.get(), provider());
        saver.setInterval(300ms);
        saver.setOriginalPath(QStringLiteral("/work/sine.lstmsession"));
        saver.setTitle(QStringLiteral("sine.lstmsession"));
        QSignalSpy saved(&saver, &Autosaver::saved);
        QElapsedTimer clock;
        clock.start();
        saver.noteChange();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(saved.front().front().toString(), m_store->sessionPath());
        QCOMPARE(m_calls, 1);
        QVERIFY(!saver.hasPendingChanges());
        // What a new instance would find after a crash.
        AutosaveStore next(m_store->folder());
        m_store.reset(); // the lock goes with the "crashed" store; its files stay
        const QList<AutosaveStore::Entry> entries = next.recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().originalPath, QStringLiteral("/work/sine.lstmsession"));
        QCOMPARE(entries.front().title, QStringLiteral("sine.lstmsession"));
        session::Session loaded;
        QString error;
        QVERIFY2(next.load(entries.front(), loaded, &error), qPrintable(error));
        QVERIFY(fixtures::difference(smallSession(), loaded).empty());
        m_store = std::make_unique<AutosaveStore>(m_dir->filePath(QStringLiteral("autosave")),
                                                  QStringLiteral("me"));
    }

    void manyChangesMakeAtMostOneAutosaveAnInterval() {
        Autosaver saver(m_store.get(), provider());
        saver.setInterval(200ms);
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        connect(&saver, &Autosaver::saved, this, [&] { times.append(clock.elapsed()); });
        while (clock.elapsed() < 1100) { // a snapshot every 10 ms, as while training
            saver.noteChange();
            QTest::qWait(10);
        }
        QTRY_VERIFY(!saver.hasPendingChanges() && !saver.isWriting());
        qInfo("autosaves at %s ms", qPrintable([&] {
                  QStringList list;
                  for (qint64 t : times)
                      list << QString::number(t);
                  return list.join(QStringLiteral(", "));
              }()));
        // saved() comes when a write ends, and writes last more or less on a loaded machine; the
        // timer may also fire 5% early (a coarse timer). So: saves hundreds of milliseconds
        // apart, at most one an interval — never one a change, every 10 ms.
        QVERIFY2(times.size() >= 2 && times.size() <= 7, qPrintable(QString::number(times.size())));
        for (qsizetype i = 1; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 1] >= 100, qPrintable(QString::number(times[i])));
        QCOMPARE(m_calls, int(times.size()));
    }

    void markSavedCancelsAndRemovesTheAutosave() {
        Autosaver saver(m_store.get(), provider());
        saver.setInterval(0ms);
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.noteChange();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(QFile::exists(m_store->sessionPath()));
        saver.setInterval(100ms);
        saver.noteChange();
        saver.markSaved(); // the user saved the session to its own file
        QVERIFY(!saver.hasPendingChanges());
        QVERIFY(!saver.isScheduled());
        QVERIFY(!QFile::exists(m_store->sessionPath()));
        QTest::qWait(200);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_calls, 1);
    }

    void aFailedWriteIsReportedAndTriedAgain() {
        // A file where the autosave folder should be: every write fails.
        const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
        QVERIFY(QFile(blocked).open(QIODevice::WriteOnly));
        AutosaveStore store(blocked, QStringLiteral("me"));
        Autosaver saver(&store, provider());
        saver.setInterval(100ms);
        QSignalSpy failed(&saver, &Autosaver::failed);
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.noteChange();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.front().front().toString(),
                 blocked + QStringLiteral("/me.lstmsession: the folder ") + blocked +
                     QStringLiteral(" does not exist"));
        QVERIFY(saver.hasPendingChanges());
        QVERIFY(saver.isScheduled());
        QTRY_COMPARE(failed.size(), 2); // tried again after the interval
        QCOMPARE(saved.size(), 0);
        QVERIFY(m_calls >= 2);
    }

    void aProviderMayAnswerLater() {
        std::optional<session::Session> nothing;
        Autosaver saver(m_store.get(), [&] {
            ++m_calls;
            return nothing; // as while training: requestSession() answers later
        });
        saver.setInterval(0ms);
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.noteChange();
        QTRY_COMPARE(m_calls, 1);
        QTest::qWait(20);
        QCOMPARE(saved.size(), 0);
        QVERIFY(!saver.hasPendingChanges());
        saver.write(smallSession(6)); // TrainingController::sessionReady
        QTRY_COMPARE(saved.size(), 1);
        session::Session loaded;
        QString error;
        QVERIFY(training::SessionFile::load(m_store->sessionPath(), loaded, &error));
        QVERIFY(fixtures::difference(smallSession(6), loaded).empty());
    }

    void sessionsHandedOverDuringAWriteWaitNewestFirst() {
        Autosaver saver(m_store.get(), provider());
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.write(bigSession()); // long enough to hand over two more meanwhile
        QVERIFY(saver.isWriting());
        saver.write(smallSession(2));
        saver.write(smallSession(3));
        QTRY_COMPARE(saved.size(), 2);
        QTest::qWait(100);
        QCOMPARE(saved.size(), 2); // the big one, then the newest: 2 was dropped
        QVERIFY(!saver.isWriting());
        session::Session loaded;
        QString error;
        QVERIFY(training::SessionFile::load(m_store->sessionPath(), loaded, &error));
        QVERIFY(fixtures::difference(smallSession(3), loaded).empty());
    }

    void markSavedDuringAWriteRemovesItsFile() {
        Autosaver saver(m_store.get(), provider());
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.write(bigSession());
        saver.write(smallSession(2)); // queued, then dropped by markSaved
        QVERIFY(saver.isWriting());
        saver.markSaved();
        QTRY_VERIFY(!saver.isWriting());
        QTest::qWait(100);
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QFile::exists(m_store->sessionPath()));
    }

    void waitForWriteReportsBeforeReturning() {
        Autosaver saver(m_store.get(), provider());
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.write(bigSession());
        saver.write(smallSession(4));
        saver.waitForWrite(); // as at quitting, before markCleanExit()
        QCOMPARE(saved.size(), 2);
        QVERIFY(!saver.isWriting());
        QTest::qWait(50); // the threads' late finished() signals report nothing more
        QCOMPARE(saved.size(), 2);
        m_store->markCleanExit();
        QVERIFY(!QFile::exists(m_store->sessionPath()));
    }

    /** What an autosave costs: printed, and bounded loosely so a regression shows. */
    void autosaveCost() {
        // The sine task as the app offers it: its recommended 1×32 LSTM and recipe (5 epochs).
        measure(QStringLiteral("sine task, 1×32 LSTM, 5 epochs"), sineDefault());
        training::TrainingJob big =
            fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Lstm, 256, 2), 2, 64, 50);
        session::Session full = trainedSession(big);
        measure(QStringLiteral("sine task, 2×256 LSTM, 2 epochs"), full);
        // The same with a history at its trace budget: 2×256 units × 512 steps × 6 series.
        fillTraceBudget(full);
        measure(QStringLiteral("2×256 LSTM, history at its 32 MiB trace budget"), full, 1);
    }

private:
    Autosaver::Provider provider() {
        return [this]() -> std::optional<session::Session> {
            ++m_calls;
            return m_answer;
        };
    }

    static session::Session sineDefault() {
        const std::unique_ptr<data::Task> task = data::TaskRegistry::builtIn().make("sine", {}, 3);
        core::Network<double> network(task->recommendedNetwork());
        core::NetworkInitializer::initialize(network, core::InitOptions(), 7);
        training::TrainingJob job(std::move(network));
        job.taskName = "sine";
        job.taskSeed = 3;
        job.recipe = task->recommendedRecipe();
        return trainedSession(job);
    }

    static void fillTraceBudget(session::Session& s) {
        fixtures::Numbers random(3);
        std::map<int, std::shared_ptr<const session::ProbeTrace>> traces;
        std::size_t bytes = 0;
        for (int epoch = 1; bytes < session::TrainingHistory::kTraceBudget; ++epoch) {
            auto trace = std::make_shared<session::ProbeTrace>();
            trace->epoch = epoch;
            trace->steps = 512;
            for (int l = 0; l < 2; ++l) {
                session::ProbeLayerTrace layer;
                layer.name = "layer " + std::to_string(l + 1);
                layer.gateNames = {"i", "f", "g", "o"};
                for (int g = 0; g < 4; ++g)
                    layer.gates.push_back(fixtures::randomMatrix(512, 256, random));
                layer.cell = fixtures::randomMatrix(512, 256, random);
                layer.hidden = fixtures::randomMatrix(512, 256, random);
                layer.hiddenGradientNorm.assign(512, 1.0f);
                layer.cellGradientNorm.assign(512, 1.0f);
                trace->layers.push_back(std::move(layer));
            }
            trace->outputs = fixtures::randomMatrix(512, 1, random);
            bytes += trace->bytes();
            traces.emplace(epoch, std::move(trace));
        }
        s.history.restore(s.history.epochs(), s.history.entries(), std::move(traces), 1, 1);
    }

    void measure(const QString& name, const session::Session& s, int runs = 3) {
        std::size_t size = 0;
        const double encode =
            medianMs(runs, [&] { size = session::SessionCodec::encode(s).size(); });
        QString error;
        bool ok = true;
        const double write =
            medianMs(runs, [&] { ok = ok && m_store->write(s, {}, name, &error); });
        QVERIFY2(ok, qPrintable(error));
        // Through the Autosaver: what the UI thread spends (the provider's copy and the
        // thread's start), and how long until saved().
        Autosaver saver(m_store.get(), [&] { return std::optional<session::Session>(s); });
        saver.setInterval(0ms);
        QSignalSpy saved(&saver, &Autosaver::saved);
        QElapsedTimer clock;
        saver.noteChange();
        clock.start();
        saver.saveNow();
        const double uiMs = double(clock.nsecsElapsed()) / 1e6;
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 60000);
        const double totalMs = double(clock.nsecsElapsed()) / 1e6;
        qInfo("autosave of %s: %.1f MB; SessionCodec::encode %.1f ms, AutosaveStore::write "
              "%.1f ms (medians of %d); through the Autosaver %.1f ms on the UI thread, saved() "
              "after %.1f ms",
              qPrintable(name), double(size) / 1e6, encode, write, runs, uiMs, totalMs);
        QVERIFY2(uiMs < 500, "the UI thread was held more than 0.5 s");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AutosaveStore> m_store;
    session::Session m_answer;
    int m_calls = 0;
};

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
