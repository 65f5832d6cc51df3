#include "training/training_controller.h"

#include <QThread>

namespace training {

using Kind = TrainingCommand::Kind;

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
    connect(m_worker, &TrainingWorker::snapshotAvailable, this,
            &TrainingController::deliverSnapshot);
    connect(m_worker, &TrainingWorker::outboxChanged, this, &TrainingController::takeOutbox);

    // Below the interface's priority, so that the window stays fluid on a busy machine.
    m_thread->start(QThread::LowPriority);
    setState(job.startPaused ? State::Paused : State::Running);
    return true;
}

quint64 TrainingController::post(TrainingCommand command) {
    if (!m_worker || m_state == State::Stopping)
        return 0;
    return m_worker->post(std::move(command));
}

quint64 TrainingController::pause() {
    return post(TrainingCommand::of(Kind::Pause));
}
quint64 TrainingController::resume() {
    return post(TrainingCommand::of(Kind::Run));
}
quint64 TrainingController::stepBatch() {
    return post(TrainingCommand::of(Kind::StepBatch));
}
quint64 TrainingController::stepEpoch() {
    return post(TrainingCommand::of(Kind::StepEpoch));
}
quint64 TrainingController::reset() {
    return post(TrainingCommand::of(Kind::Reset));
}
quint64 TrainingController::rollBack() {
    return post(TrainingCommand::of(Kind::RollBack));
}
quint64 TrainingController::requestSession() {
    return post(TrainingCommand::of(Kind::Save));
}

quint64 TrainingController::runToEpoch(int epoch) {
    auto command = TrainingCommand::of(Kind::RunToEpoch);
    command.epoch = epoch;
    return post(std::move(command));
}

quint64 TrainingController::changeSettings(const session::TrainingSettings& settings) {
    auto command = TrainingCommand::of(Kind::Change);
    command.settings = settings;
    return post(std::move(command));
}

quint64 TrainingController::trace(std::optional<core::Index> sequence) {
    auto command = TrainingCommand::of(Kind::Trace);
    command.probe = sequence;
    return post(std::move(command));
}

quint64 TrainingController::stop() {
    const quint64 id = post(TrainingCommand::of(Kind::Stop));
    if (id != 0)
        setState(State::Stopping);
    return id;
}

void TrainingController::deliverSnapshot() {
    // A notification may outlive its worker: the run it came from is over.
    if (!m_worker)
        return;
    if (const std::optional<TrainingSnapshot> snapshot = m_worker->takeSnapshot())
        emit snapshotReady(*snapshot);
}

void TrainingController::takeOutbox() {
    // A notification may outlive its worker: the run it came from is over.
    if (!m_worker)
        return;
    WorkerOutbox box = m_worker->takeOutbox();
    if (box.running && m_state != State::Stopping)
        setState(*box.running ? State::Running : State::Paused);
    for (const WorkerOutbox::Answer& answer : box.answers)
        emit commandAnswered(answer.id, answer.error);
    for (const WorkerOutbox::SavedSession& saved : box.sessions)
        emit sessionReady(saved.id, saved.session);
    for (const QString& message : box.divergences)
        emit diverged(message);
    if (box.end) {
        deliverSnapshot();
        endThread();
        setState(State::Idle);
        const auto outcome = TrainingWorker::Outcome(box.end->outcome);
        emit finished(box.end->weights, outcome == TrainingWorker::Completed ? Outcome::Completed
                                        : outcome == TrainingWorker::Stopped
                                            ? Outcome::Stopped
                                            : Outcome::EarlyStopped);
    } else if (box.failure) {
        endThread();
        setState(State::Idle);
        emit failed(*box.failure);
    }
}

void TrainingController::endThread() {
    m_thread->quit();
    m_thread->wait();
    // Deleted here, after the thread has been joined, rather than by a deleteLater() on the
    // thread: the join orders every access the interface made to it before the deletion.
    delete m_worker;
    m_worker = nullptr;
    m_thread.reset();
}

void TrainingController::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace training
