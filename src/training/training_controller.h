#pragma once
/**
 * The user interface's handle on training: starts a TrainingWorker on a QThread of its own and
 * steers it — pause, resume, step a batch or an epoch, run to an epoch, stop, reset, roll back
 * after a divergence, change the settings live, trace a probe sequence — and turns what the
 * worker publishes into signals on the thread the controller lives on (the interface's):
 * snapshots at most 30 times a second, the newest one each time, then the weights by value.
 *
 * Every command is queued to the worker and answered (commandAnswered) once carried out, within
 * one unit of the worker's work: a slice of a batch (see TrainingEngine) or a validation batch.
 * state() follows the worker: Running or Paused as it reports them, Stopping at once on stop().
 */
#include "training/training_job.h"
#include "training/training_snapshot.h"
#include "training/training_worker.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QThread;

namespace training {

class TrainingController : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,     ///< no run
        Running,  ///< training or validating
        Paused,   ///< held between two units of work
        Stopping, ///< asked to stop; finished() follows once the unit it is on is done
    };
    Q_ENUM(State)

    enum class Outcome { Completed, Stopped, EarlyStopped };
    Q_ENUM(Outcome)

    explicit TrainingController(QObject* parent = nullptr);
    /** Stops a run still going and waits for the unit of work it is on. */
    ~TrainingController() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }

    /** Starts training `job` on a new thread (held before the first batch if job.startPaused);
     * false, with nothing started, while a run goes on. */
    bool start(const TrainingJob& job);

    /** The commands return the id commandAnswered() will carry, 0 when there is no run. */
    quint64 pause();
    quint64 resume();
    quint64 stepBatch();
    quint64 stepEpoch();
    quint64 runToEpoch(int epoch);
    /** Asks the run to stop after its current unit of work; finished() follows. */
    quint64 stop();
    quint64 reset();
    quint64 rollBack();
    quint64 changeSettings(const session::TrainingSettings& settings);
    /** Asks for the run as a session: sessionReady() follows with the returned id. */
    quint64 requestSession();
    /** Traces validation sequence `sequence` in every snapshot; none: stop tracing. */
    quint64 trace(std::optional<core::Index> sequence);

signals:
    void stateChanged(training::TrainingController::State state);
    /** The newest progress; at most 30 a second while a run goes on, and its last one. */
    void snapshotReady(const training::TrainingSnapshot& snapshot);
    /** Command `id` was carried out; `error` is empty, or says why it was refused. */
    void commandAnswered(quint64 id, const QString& error);
    /** The run as a session, answering requestSession() `id`. */
    void sessionReady(quint64 id, std::shared_ptr<const session::Session> session);
    /** The run diverged and is held: the message says what went wrong and where. */
    void diverged(const QString& message);
    /** The run is over; the weights it ends with. */
    void finished(const core::Vector<double>& weights,
                  training::TrainingController::Outcome outcome);
    /** The run could not go on; the message says why, in words for people. */
    void failed(const QString& message);

private:
    quint64 post(TrainingCommand command);
    void deliverSnapshot();
    /** Turns what the worker told into signals, in the order it told them. */
    void takeOutbox();
    /** Ends the thread (the worker's run has returned or been cancelled) and forgets both. */
    void endThread();
    void setState(State state);

    std::unique_ptr<QThread> m_thread;
    TrainingWorker* m_worker = nullptr; ///< lives on m_thread, deleted once it is joined
    State m_state = State::Idle;
};

} // namespace training
