#include "training/training_worker.h"

#include "training/background_priority.h"
#include "training/training_engine.h"

#include <exception>
#include <stdexcept>
#include <utility>

namespace training {

using Kind = TrainingCommand::Kind;
using Event = TrainingEngine::Event;

TrainingWorker::TrainingWorker(const TrainingJob& job, QObject* parent)
    : QObject(parent)
    , m_job(job)
    , m_goal(job.startPaused ? Goal::Hold : Goal::Run) {}

TrainingWorker::~TrainingWorker() = default;

std::uint64_t TrainingWorker::post(TrainingCommand command) {
    const std::lock_guard lock(m_commandMutex);
    command.id = m_nextId++;
    m_commands.push_back(std::move(command));
    m_commandPosted.notify_all();
    return m_commands.back().id;
}

template <typename Fill>
void TrainingWorker::tell(Fill fill) {
    // Signalled under the lock: the emission's reads of this object are then ordered before the
    // interface takes the outbox — and, after the last one, deletes the worker.
    const std::lock_guard lock(m_outboxMutex);
    const bool wasEmpty = m_outbox.isEmpty();
    fill(m_outbox);
    if (wasEmpty)
        emit outboxChanged(); // queued to the interface: nothing runs under the lock
}

WorkerOutbox TrainingWorker::takeOutbox() {
    const std::lock_guard lock(m_outboxMutex);
    return std::exchange(m_outbox, WorkerOutbox());
}

std::optional<TrainingSnapshot> TrainingWorker::takeSnapshot() {
    const std::lock_guard lock(m_mailboxMutex);
    return std::exchange(m_mailbox, std::nullopt);
}

void TrainingWorker::run() {
    BackgroundPriority::lowerThisThread(); // before the engine starts its worker threads
    try {
        m_engine = m_job.resume ? std::make_unique<TrainingEngine>(*m_job.resume, m_job.threads)
                                : std::make_unique<TrainingEngine>(m_job);
        m_job.resume.reset();
        m_job.network = core::Network<double>(m_job.network.spec()); // the engine has its copy
        m_lastPublished = Clock::now();
        emit runningChanged(m_goal != Goal::Hold);
        tell([running = m_goal != Goal::Hold](WorkerOutbox& o) { o.running = running; });
        publish(true);
        while (!m_outcome) {
            if (!takeCommands())
                break;
            if (m_goal == Goal::Hold) {
                waitWhileHeld();
                continue;
            }
            afterWork(int(m_engine->advance()));
            publish(false);
        }
        publish(true);
        if (m_job.sessionAtEnd) {
            auto saved = std::make_shared<const session::Session>(m_engine->saveSession());
            emit sessionReady(0, saved);
            tell([&](WorkerOutbox& o) { o.sessions.push_back({0, saved}); });
        }
        const core::Vector<double> weights = m_engine->network().values().cast<double>();
        m_engine.reset(); // its threads end on this thread, not with the worker on another
        const Outcome outcome = m_outcome.value_or(Stopped);
        emit finished(weights, outcome);
        tell([&](WorkerOutbox& o) { o.end = WorkerOutbox::End{weights, int(outcome)}; });
    } catch (const std::exception& error) {
        m_engine.reset();
        const QString message = tr("Training failed: %1").arg(QString::fromStdString(error.what()));
        emit failed(message);
        tell([&](WorkerOutbox& o) { o.failure = message; });
    }
}

bool TrainingWorker::takeCommands() {
    std::deque<TrainingCommand> commands;
    {
        const std::lock_guard lock(m_commandMutex);
        commands.swap(m_commands);
    }
    for (const TrainingCommand& command : commands)
        if (!carryOut(command))
            return false;
    return true;
}

bool TrainingWorker::carryOut(const TrainingCommand& command) {
    QString error;
    switch (command.kind) {
    case Kind::Run:
        setGoal(Goal::Run);
        break;
    case Kind::Pause:
        setGoal(Goal::Hold);
        break;
    case Kind::StepBatch: // steps add up: three presses, three batches
        m_batchesLeft = m_goal == Goal::Batch ? m_batchesLeft + 1 : 1;
        setGoal(Goal::Batch);
        break;
    case Kind::StepEpoch:
        m_goalEpoch = (m_goal == Goal::Epoch ? m_goalEpoch : m_engine->completedEpochs()) + 1;
        setGoal(Goal::Epoch);
        break;
    case Kind::RunToEpoch:
        if (command.epoch <= m_engine->completedEpochs()) {
            error = tr("Epoch %1 is already done.").arg(command.epoch);
            break;
        }
        if (command.epoch > m_engine->settings().epochs) {
            session::TrainingSettings settings = m_engine->settings();
            settings.epochs = command.epoch;
            m_engine->changeSettings(settings);
        }
        m_goalEpoch = command.epoch;
        setGoal(Goal::ToEpoch);
        break;
    case Kind::Stop:
        m_outcome = Stopped;
        emit commandDone(command.id, error);
        tell([&](WorkerOutbox& o) { o.answers.push_back({command.id, error}); });
        return false;
    case Kind::Reset:
        m_engine->reset();
        m_lastProbe.reset();
        setGoal(Goal::Hold);
        break;
    case Kind::RollBack:
        if (!m_engine->rollBack())
            error = tr("There is nothing to roll back: the run has not diverged.");
        m_lastProbe.reset();
        setGoal(Goal::Hold);
        break;
    case Kind::Change:
        try {
            m_engine->changeSettings(command.settings.value_or(m_engine->settings()));
        } catch (const std::invalid_argument& invalid) {
            error = tr("These settings cannot be used: %1.").arg(invalid.what());
        }
        break;
    case Kind::Save: {
        auto saved = std::make_shared<const session::Session>(m_engine->saveSession());
        emit sessionReady(command.id, saved);
        tell([&](WorkerOutbox& o) { o.sessions.push_back({command.id, saved}); });
    } break;
    case Kind::Trace:
        m_probe = command.probe;
        if (m_probe)
            m_engine->setProbeSequence(*m_probe);
        m_lastProbe.reset();
        break;
    }
    publish(true);
    emit commandDone(command.id, error);
    tell([&](WorkerOutbox& o) { o.answers.push_back({command.id, error}); });
    return true;
}

void TrainingWorker::waitWhileHeld() {
    std::unique_lock lock(m_commandMutex);
    m_commandPosted.wait(lock, [this] { return !m_commands.empty(); });
}

void TrainingWorker::afterWork(int event) {
    switch (Event(event)) {
    case Event::Worked:
        break;
    case Event::BatchDone:
        m_recentLossSum += m_engine->batchLoss();
        ++m_recentSteps;
        if (m_goal == Goal::Batch && --m_batchesLeft <= 0)
            setGoal(Goal::Hold);
        break;
    case Event::EpochDone:
        if ((m_goal == Goal::Epoch || m_goal == Goal::ToEpoch) &&
            m_engine->completedEpochs() >= m_goalEpoch)
            setGoal(Goal::Hold);
        break;
    case Event::RunDone:
        m_outcome = Completed;
        break;
    case Event::EarlyStopped:
        m_outcome = EarlyStopped;
        break;
    case Event::Diverged:
        setGoal(Goal::Hold);
        {
            const QString message = QString::fromStdString(m_engine->divergence()->message);
            emit diverged(message);
            tell([&](WorkerOutbox& o) { o.divergences.push_back(message); });
        }
        break;
    }
}

void TrainingWorker::setGoal(Goal goal) {
    const bool wasRunning = m_goal != Goal::Hold;
    m_goal = goal;
    if (wasRunning != (goal != Goal::Hold)) {
        publish(true);
        emit runningChanged(goal != Goal::Hold);
        tell([running = goal != Goal::Hold](WorkerOutbox& o) { o.running = running; });
    }
}

void TrainingWorker::publish(bool now) {
    using namespace std::chrono;
    const auto time = Clock::now();
    if (!now && time - m_lastPublished < duration<double>(1.0 / kMaxSnapshotsPerSecond))
        return;
    TrainingSnapshot snapshot = m_engine->snapshot();
    // Only the time spent on work counts: not a pause, not waiting for the interface.
    const double work = m_engine->workSeconds();
    const std::int64_t steps = snapshot.step - m_stepAtLastPublished;
    if (steps > 0 && work > m_workAtLastPublished)
        m_stepsPerSecond = double(steps) / (work - m_workAtLastPublished);
    snapshot.stepsPerSecond = m_stepsPerSecond;
    if (m_stepsPerSecond > 0)
        snapshot.etaSeconds = double(snapshot.steps - snapshot.step) / m_stepsPerSecond;
    if (m_probe)
        snapshot.probe = probeTrace(snapshot.step, work);
    m_lastPublished = time;
    m_stepAtLastPublished = snapshot.step;
    m_workAtLastPublished = work;

    bool wasEmpty = false;
    {
        const std::lock_guard lock(m_mailboxMutex);
        wasEmpty = !m_mailbox.has_value();
        // A snapshot replaced before it was taken hands its batches on to this one, so that
        // the recent losses the interface receives cover every batch, however late it looks.
        if (wasEmpty)
            m_untakenLoss = {0.0, 0};
        m_untakenLoss.sum += m_recentLossSum;
        m_untakenLoss.steps += m_recentSteps;
        if (m_untakenLoss.steps > 0)
            snapshot.recentLoss = m_untakenLoss.sum / double(m_untakenLoss.steps);
        m_mailbox = std::move(snapshot);
    }
    m_recentLossSum = 0.0;
    m_recentSteps = 0;
    if (wasEmpty)
        emit snapshotAvailable();
}

std::shared_ptr<const session::ProbeTrace> TrainingWorker::probeTrace(std::int64_t step,
                                                                      double work) {
    const bool stale = !m_lastProbe || m_lastProbe->step != step;
    const bool due = work - m_workAtLastProbe >= m_probeSeconds / kTraceShare;
    if (!m_lastProbe || (stale && due)) {
        const auto start = Clock::now();
        m_lastProbe = m_engine->probeTrace();
        m_probeSeconds = std::chrono::duration<double>(Clock::now() - start).count();
        m_workAtLastProbe = work;
    }
    return m_lastProbe;
}

} // namespace training
