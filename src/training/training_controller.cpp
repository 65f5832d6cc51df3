#include "training/training_controller.h"

#include <QThread>

namespace training {

TrainingController::TrainingController(QObject* parent)
    : QObject(parent) {}

TrainingController::~TrainingController() {
    if (m_worker)
        m_worker->cancel();
    if (m_thread)
        endThread();
}

bool TrainingController::start(const TrainingJob& job) {
    if (isRunning())
        return false;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("training"));
    m_worker = new TrainingWorker(job);
    m_worker->moveToThread(m_thread.get());

    connect(m_thread.get(), &QThread::started, m_worker, &TrainingWorker::run);
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::snapshotAvailable, this,
            &TrainingController::deliverSnapshot);
    connect(m_worker, &TrainingWorker::finished, this, &TrainingController::onWorkerFinished);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingController::onWorkerFailed);

    // Below the interface's priority, so that the window stays fluid on a busy machine.
    m_thread->start(QThread::LowPriority);
    setState(State::Running);
    return true;
}

void TrainingController::pause() {
    if (m_state != State::Running)
        return;
    m_worker->pause();
    setState(State::Paused);
}

void TrainingController::resume() {
    if (m_state != State::Paused)
        return;
    m_worker->resume();
    setState(State::Running);
}

void TrainingController::stop() {
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_worker->cancel();
    setState(State::Stopping);
}

void TrainingController::deliverSnapshot() {
    // A notification may outlive its worker: the run it came from is over.
    if (!m_worker)
        return;
    if (const std::optional<TrainingSnapshot> snapshot = m_worker->takeSnapshot())
        emit snapshotReady(*snapshot);
}

void TrainingController::onWorkerFinished(const core::Vector<double>& weights, bool completed) {
    deliverSnapshot();
    endThread();
    setState(State::Idle);
    emit finished(weights, completed ? Outcome::Completed : Outcome::Stopped);
}

void TrainingController::onWorkerFailed(const QString& message) {
    endThread();
    setState(State::Idle);
    emit failed(message);
}

void TrainingController::endThread() {
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
}

void TrainingController::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace training
