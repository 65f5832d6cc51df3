#include "training/training_race.h"

#include <QThread>
#include <algorithm>

namespace training {

TrainingRace::TrainingRace(QObject* parent)
    : QObject(parent) {}

TrainingRace::~TrainingRace() = default;

int TrainingRace::threadsPerRun(int runs, int cores) {
    return std::max(1, cores / std::max(1, runs));
}

bool TrainingRace::isRunning() const {
    return std::any_of(m_runs.begin(), m_runs.end(),
                       [](const auto& run) { return run->isRunning(); });
}

bool TrainingRace::start(std::vector<TrainingJob> jobs) {
    if (isRunning() || jobs.empty() || int(jobs.size()) > kMaxRuns)
        return false;
    m_runs.clear();
    const int threads = threadsPerRun(int(jobs.size()), QThread::idealThreadCount());
    for (size_t i = 0; i < jobs.size(); ++i) {
        auto controller = std::make_unique<TrainingController>();
        const int index = int(i);
        connect(controller.get(), &TrainingController::snapshotReady, this,
                [this, index](const TrainingSnapshot& s) { emit snapshotReady(index, s); });
        connect(controller.get(), &TrainingController::finished, this,
                [this, index](const core::Vector<double>& weights,
                              TrainingController::Outcome outcome) {
                    emit runFinished(index, weights, outcome);
                    if (--m_running == 0)
                        emit finished();
                });
        connect(controller.get(), &TrainingController::failed, this,
                [this, index](const QString& message) {
                    emit runFailed(index, message);
                    if (--m_running == 0)
                        emit finished();
                });
        m_runs.push_back(std::move(controller));
    }
    m_running = int(jobs.size());
    for (size_t i = 0; i < jobs.size(); ++i) {
        jobs[i].threads = threads;
        m_runs[i]->start(jobs[i]);
    }
    return true;
}

void TrainingRace::forEachRun(quint64 (TrainingController::*command)()) {
    for (const auto& run : m_runs)
        (run.get()->*command)();
}

void TrainingRace::pause() {
    forEachRun(&TrainingController::pause);
}
void TrainingRace::resume() {
    forEachRun(&TrainingController::resume);
}
void TrainingRace::stepEpoch() {
    forEachRun(&TrainingController::stepEpoch);
}
void TrainingRace::stop() {
    forEachRun(&TrainingController::stop);
}

} // namespace training
