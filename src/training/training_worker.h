#pragma once
/**
 * Trains a network on a task on a thread of its own (TrainingController moves it there): epochs
 * of batches through core::TrainingStep, a validation pass after each epoch, and a snapshot after
 * every batch, published at most 30 times a second into a one-slot mailbox where the newest
 * replaces any the interface has not taken yet, so a busy interface never faces a growing queue.
 *
 * As in Qt's mandelbrot example, the interface steers the running loop only through flags that
 * the loop reads between two batches (pause, cancel) and receives only copies. The worker owns
 * everything it computes with — a deep single-precision copy of the network, the training step,
 * the task — and gives the trained weights back by value in finished().
 */
#include "core/network.h"
#include "data/task.h"
#include "training/training_snapshot.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace core {
template <typename T>
class NetworkExecutor;
template <typename T>
class TrainingStep;
} // namespace core

namespace training {

/** What to train: the weights to start from, the task (made by data::TaskRegistry) and how. */
struct TrainingJob {
    core::Network<double> network;
    std::string taskName;          ///< a name data::TaskRegistry knows, e.g. "sine"
    data::TaskOptions taskOptions; ///< the task's options; those left out take their defaults
    std::uint64_t taskSeed = 1;    ///< fixes the task's data and shuffling
    data::TrainingRecipe recipe;   ///< optimizer, batch size, epochs, clipping
    std::uint64_t seed = 1;        ///< fixes the dropout masks
    int threads = 1;               ///< threads sharing each batch's backpropagation
};

class TrainingWorker : public QObject {
    Q_OBJECT

public:
    /** Snapshots published per second, at most. */
    static constexpr int kMaxSnapshotsPerSecond = 30;

    /** Copies the job's network (in single precision); nothing heavier happens before run(). */
    explicit TrainingWorker(const TrainingJob& job, QObject* parent = nullptr);
    ~TrainingWorker() override;

    /** Thread-safe: the run stops after the batch it is on, paused or not. */
    void cancel();
    /** Thread-safe: the run holds after the batch it is on until resume() or cancel(). */
    void pause();
    void resume();

    /** Thread-safe: the newest snapshot not taken yet, if any; empties the mailbox. */
    std::optional<TrainingSnapshot> takeSnapshot();

public slots:
    /** Trains until the job is done or cancelled; emits finished() or failed(), once. */
    void run();

signals:
    /** The mailbox went from empty to full; not emitted again until it has been emptied. */
    void snapshotAvailable();
    /** The weights after the last batch trained; `completed` is false when cancelled. */
    void finished(const core::Vector<double>& weights, bool completed);
    void failed(const QString& message);

private:
    using Clock = std::chrono::steady_clock;

    void prepare();
    bool train();
    /** The epoch's validation, or nullopt when cancelled while measuring it. */
    std::optional<EpochValidation> validate(int epoch);
    /** Blocks while paused; false when the run is cancelled. */
    bool mayContinue();
    /** Puts the current snapshot into the mailbox if 1/30 s has passed since the last, or now. */
    void publish(bool now);

    std::string m_taskName;
    data::TaskOptions m_taskOptions;
    std::uint64_t m_taskSeed;
    data::TrainingRecipe m_recipe;
    std::uint64_t m_seed;
    int m_threads;
    core::Network<float> m_network;
    std::unique_ptr<data::Task> m_task;
    std::unique_ptr<core::TrainingStep<float>> m_step;
    std::unique_ptr<core::NetworkExecutor<float>> m_validator;

    TrainingSnapshot m_current; ///< the worker thread's own
    Clock::time_point m_lastPublished;
    std::int64_t m_stepAtLastPublished = 0;
    Clock::duration m_stepTime{}; ///< spent on training batches since the last publication
    double m_recentLossSum = 0.0; ///< of the batches since the last publication
    struct LossSum {
        double sum = 0.0;
        std::int64_t steps = 0;
    };
    LossSum m_untakenLoss; ///< batches since the interface last took a snapshot

    std::atomic<bool> m_cancelled = false;
    std::atomic<bool> m_paused = false;
    // The standard library's, which ThreadSanitizer sees through, unlike an uninstrumented
    // QWaitCondition that unlocks its mutex out of its sight.
    std::mutex m_pauseMutex;
    std::condition_variable m_resumed; ///< woken by resume() and cancel(), under m_pauseMutex

    std::mutex m_mailboxMutex;
    std::optional<TrainingSnapshot> m_mailbox; // guarded by m_mailboxMutex
};

} // namespace training
