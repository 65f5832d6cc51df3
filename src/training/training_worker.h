#pragma once
/**
 * Trains a network on a task on a thread of its own (TrainingController moves it there), steered
 * by commands (TrainingCommand): run, pause, step a batch or an epoch, run to an epoch, stop,
 * reset, roll back, change the settings, trace a probe sequence. The work itself is a
 * TrainingEngine's; the worker takes the queued commands between two of its units of work (a
 * slice of a batch, a validation batch), so every command is answered within one unit.
 *
 * Progress leaves as snapshots, at most 30 a second, through a one-slot mailbox where the newest
 * replaces any the interface has not taken yet, so a busy interface never faces a growing queue.
 * While a probe is traced, a snapshot also carries its trace, computed only when a snapshot is
 * published, the weights changed since the last one, and at least 1/kTraceShare times the last
 * trace's cost of work has passed since it — tracing takes at most 2% of the time, and nothing
 * when no view asks.
 *
 * As in Qt's mandelbrot example, the interface reaches the running loop only through the command
 * queue and receives only copies; the trained weights come back by value in finished().
 */
#include "training/training_command.h"
#include "training/training_job.h"
#include "training/training_snapshot.h"
#include "training/worker_outbox.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace training {

class TrainingEngine;

class TrainingWorker : public QObject {
    Q_OBJECT

public:
    /** Snapshots published per second, at most. */
    static constexpr int kMaxSnapshotsPerSecond = 30;
    /** The largest share of the time tracing the probe may take. */
    static constexpr double kTraceShare = 0.02;

    enum Outcome { Completed, Stopped, EarlyStopped };
    Q_ENUM(Outcome)

    /** Keeps the job; nothing heavier happens before run(). */
    explicit TrainingWorker(const TrainingJob& job, QObject* parent = nullptr);
    ~TrainingWorker() override;

    /** Thread-safe: queues a command, taken after the unit of work under way; returns its id. */
    std::uint64_t post(TrainingCommand command);
    void cancel() { post(TrainingCommand::of(TrainingCommand::Kind::Stop)); }
    void pause() { post(TrainingCommand::of(TrainingCommand::Kind::Pause)); }
    void resume() { post(TrainingCommand::of(TrainingCommand::Kind::Run)); }

    /** Thread-safe: the newest snapshot not taken yet, if any; empties the mailbox. */
    std::optional<TrainingSnapshot> takeSnapshot();
    /** Thread-safe: everything else the worker has told since the last call; empties it. */
    WorkerOutbox takeOutbox();

public slots:
    /** Runs the command loop until the run is stopped or over; emits finished() or failed(). */
    void run();

signals:
    // Signals with arguments are for a caller on the worker's own thread (the command line);
    // another thread connects to the two without, and takes the mailbox and the outbox.

    /** The mailbox went from empty to full; not emitted again until it has been emptied. */
    void snapshotAvailable();
    /** The outbox went from empty to holding something; not emitted again until taken. */
    void outboxChanged();
    /** The loop started training (true) or now holds (false). */
    void runningChanged(bool running);
    /** Command `id` has been carried out (or refused, with `error` saying why). */
    void commandDone(quint64 id, const QString& error);
    /** The run as a session, for the Save command `id`; the caller adds the diagram and view. */
    void sessionReady(quint64 id, std::shared_ptr<const session::Session> session);
    /** The run diverged and holds; the message says what and where. */
    void diverged(const QString& message);
    /** The weights the run ends with (the best epoch's after early stopping). */
    void finished(const core::Vector<double>& weights, training::TrainingWorker::Outcome outcome);
    void failed(const QString& message);

private:
    enum class Goal { Hold, Run, Batch, Epoch, ToEpoch };
    using Clock = std::chrono::steady_clock;

    /** Takes the queued commands; false when the run is to stop. */
    bool takeCommands();
    bool carryOut(const TrainingCommand& command);
    /** Waits for a command while holding. */
    void waitWhileHeld();
    /** After a unit of work: whether the goal is reached, or the run is over (outcome set). */
    void afterWork(int event);
    void setGoal(Goal goal);
    /** Puts the current snapshot into the mailbox if 1/30 s has passed since the last, or now. */
    void publish(bool now);
    /** The probe's trace: the last one, or a new one when it is due. */
    std::shared_ptr<const session::ProbeTrace> probeTrace(std::int64_t step, double work);

    TrainingJob m_job;
    std::unique_ptr<TrainingEngine> m_engine;
    Goal m_goal = Goal::Run;
    int m_goalEpoch = 0;   ///< Epoch, ToEpoch: hold once this many epochs are done
    int m_batchesLeft = 0; ///< Batch: hold after this many more batches
    std::optional<Outcome> m_outcome;
    std::optional<core::Index> m_probe;
    std::shared_ptr<const session::ProbeTrace> m_lastProbe;
    double m_probeSeconds = 0.0;    ///< what the last trace cost
    double m_workAtLastProbe = 0.0; ///< the engine's work seconds when it was made

    Clock::time_point m_lastPublished;
    std::int64_t m_stepAtLastPublished = 0;
    double m_workAtLastPublished = 0.0;
    double m_stepsPerSecond = 0.0;
    double m_recentLossSum = 0.0; ///< of the batches since the last publication
    std::int64_t m_recentSteps = 0;
    struct LossSum {
        double sum = 0.0;
        std::int64_t steps = 0;
    };
    LossSum m_untakenLoss; ///< batches since the interface last took a snapshot

    std::mutex m_commandMutex;
    std::condition_variable m_commandPosted; ///< under m_commandMutex
    std::deque<TrainingCommand> m_commands;  // guarded by m_commandMutex
    std::uint64_t m_nextId = 1;              // guarded by m_commandMutex

    /** Puts something in the outbox (under its mutex) and signals if it was empty. */
    template <typename Fill>
    void tell(Fill fill);

    std::mutex m_outboxMutex;
    WorkerOutbox m_outbox; // guarded by m_outboxMutex

    std::mutex m_mailboxMutex;
    std::optional<TrainingSnapshot> m_mailbox; // guarded by m_mailboxMutex
};

} // namespace training
