#pragma once
/**
 * The user interface's handle on training: starts a TrainingWorker on a QThread of its own,
 * pauses, resumes and stops it, and turns what the worker publishes into signals on the thread
 * the controller lives on (the interface's): snapshots at most 30 times a second, the newest
 * one each time, then the trained weights by value. Nothing else crosses between the threads.
 */
#include "training/training_snapshot.h"
#include "training/training_worker.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace training {

class TrainingController : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,     ///< no run
        Running,  ///< training or validating
        Paused,   ///< held between two batches
        Stopping, ///< asked to stop; finished() follows once the batch it is on is done
    };
    Q_ENUM(State)

    enum class Outcome { Completed, Stopped };
    Q_ENUM(Outcome)

    explicit TrainingController(QObject* parent = nullptr);
    /** Stops a run still going and waits for the batch it is on. */
    ~TrainingController() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }

    /** Starts training `job` on a new thread; false, with nothing started, while a run goes on. */
    bool start(const TrainingJob& job);

public slots:
    void pause();
    void resume();
    /** Asks the run to stop after its current batch; finished() follows with its weights. */
    void stop();

signals:
    void stateChanged(training::TrainingController::State state);
    /** The newest progress; at most 30 a second while a run goes on, and its last one. */
    void snapshotReady(const training::TrainingSnapshot& snapshot);
    /** The run is over; the weights it trained, whether it completed or was stopped. */
    void finished(const core::Vector<double>& weights,
                  training::TrainingController::Outcome outcome);
    /** The run could not go on; the message says why, in words for people. */
    void failed(const QString& message);

private:
    void deliverSnapshot();
    void onWorkerFinished(const core::Vector<double>& weights, bool completed);
    void onWorkerFailed(const QString& message);
    /** Ends the thread (the worker's run has returned or been cancelled) and forgets both. */
    void endThread();
    void setState(State state);

    std::unique_ptr<QThread> m_thread;
    TrainingWorker* m_worker = nullptr; ///< lives on m_thread, deleted when it finishes
    State m_state = State::Idle;
};

} // namespace training
