#pragma once
/**
 * Several runs side by side — a plain RNN, an LSTM, a GRU and optionally a peephole LSTM on the
 * same task and seed, the race the vanishing-gradient lesson is about. Each run is a
 * TrainingController of its own; the machine's cores are shared fairly: every run gets max(1,
 * ⌊cores / runs⌋) threads, its own QThread at the same priority, and the same commands at the same
 * moment.
 */
#include "training/training_controller.h"
#include "training/training_job.h"

#include <QObject>
#include <memory>
#include <vector>

namespace training {

class TrainingRace : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRuns = 4;

    explicit TrainingRace(QObject* parent = nullptr);
    ~TrainingRace() override;

    /** Threads each of `runs` runs gets on a machine of `cores` cores. */
    static int threadsPerRun(int runs, int cores);

    /** Starts every job (at most kMaxRuns); false, with nothing started, when a run still goes
     * on or there are no or too many jobs. The jobs' thread counts are set here. */
    bool start(std::vector<TrainingJob> jobs);
    int runCount() const { return int(m_runs.size()); }
    bool isRunning() const;
    TrainingController& run(int index) { return *m_runs.at(size_t(index)); }

    void pause();
    void resume();
    void stepEpoch();
    void stop();

signals:
    void snapshotReady(int run, const training::TrainingSnapshot& snapshot);
    void runFinished(int run, const core::Vector<double>& weights,
                     training::TrainingController::Outcome outcome);
    void runFailed(int run, const QString& message);
    /** Every run is over. */
    void finished();

private:
    void forEachRun(quint64 (TrainingController::*command)());

    std::vector<std::unique_ptr<TrainingController>> m_runs;
    int m_running = 0;
};

} // namespace training
