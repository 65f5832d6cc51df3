#include "training/training_worker.h"

#include "core/network_executor.h"
#include "core/training_step.h"
#include "data/batch_cast.h"
#include "data/task_registry.h"

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <string>
#include <utility>

namespace training {

namespace {

/** A different, reproducible dropout seed for every step of a run. */
std::uint64_t dropoutSeed(std::uint64_t seed, std::int64_t step) {
    return seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(step);
}

} // namespace

TrainingWorker::TrainingWorker(const TrainingJob& job, QObject* parent)
    : QObject(parent)
    , m_taskName(job.taskName)
    , m_taskOptions(job.taskOptions)
    , m_taskSeed(job.taskSeed)
    , m_recipe(job.recipe)
    , m_seed(job.seed)
    , m_threads(std::max(1, job.threads))
    , m_network(job.network.converted<float>()) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::cancel() {
    const std::lock_guard lock(m_pauseMutex);
    m_cancelled = true;
    m_resumed.notify_all();
}

void TrainingWorker::pause() {
    const std::lock_guard lock(m_pauseMutex);
    m_paused = true;
}

void TrainingWorker::resume() {
    const std::lock_guard lock(m_pauseMutex);
    m_paused = false;
    m_resumed.notify_all();
}

std::optional<TrainingSnapshot> TrainingWorker::takeSnapshot() {
    const std::lock_guard lock(m_mailboxMutex);
    return std::exchange(m_mailbox, std::nullopt);
}

void TrainingWorker::run() {
    try {
        prepare();
        const bool completed = train();
        publish(true);
        // The heavy parts go on this thread rather than with the worker on another one.
        m_validator.reset();
        m_step.reset();
        m_task.reset();
        emit finished(m_network.values().cast<double>(), completed);
    } catch (const std::exception& error) {
        emit failed(tr("Training failed: %1").arg(QString::fromStdString(error.what())));
    }
}

void TrainingWorker::prepare() {
    m_task = data::TaskRegistry::builtIn().make(m_taskName, m_taskOptions, m_taskSeed);
    m_step = std::make_unique<core::TrainingStep<float>>(m_network, m_task->lossKind(),
                                                         m_recipe.optimizer, m_threads);
    if (m_recipe.clipNorm > 0)
        m_step->clipping() = {core::ClipMode::Norm, m_recipe.clipNorm};
    m_validator = std::make_unique<core::NetworkExecutor<float>>(m_network);

    const core::Index batches = m_task->batchCount(data::Split::Train, m_recipe.batchSize);
    if (batches <= 0)
        throw std::invalid_argument("the task has no training batches of " +
                                    std::to_string(m_recipe.batchSize) + " sequences");
    m_current = TrainingSnapshot();
    m_current.epochs = m_recipe.epochs;
    m_current.steps = std::int64_t(std::max(0, m_recipe.epochs)) * batches;
    m_current.learningRate = m_recipe.optimizer.learningRate;
    m_lastPublished = Clock::now();
}

bool TrainingWorker::train() {
    const core::Index batches = m_task->batchCount(data::Split::Train, m_recipe.batchSize);
    for (int epoch = 0; epoch < m_recipe.epochs; ++epoch) {
        m_current.epoch = epoch + 1;
        double lossSum = 0.0;
        for (core::Index index = 0; index < batches; ++index) {
            if (!mayContinue())
                return false;
            const Clock::time_point start = Clock::now();
            const auto batch = data::castBatch<float>(
                m_task->batch(data::Split::Train, m_recipe.batchSize, index, epoch));
            const auto result = m_step->run(batch, dropoutSeed(m_seed, m_current.step));
            m_stepTime += Clock::now() - start;
            lossSum += result.loss;
            m_recentLossSum += result.loss;
            ++m_current.step;
            m_current.batchLoss = result.loss;
            m_current.epochLoss = lossSum / double(index + 1);
            m_current.gradientNorm = result.gradientNorm;
            m_current.learningRate = m_step->optimizer().learningRate();
            m_current.progress = double(m_current.step) / double(m_current.steps);
            publish(false);
        }
        const std::optional<EpochValidation> validation = validate(epoch + 1);
        if (!validation)
            return false;
        m_current.validations.append(*validation);
        m_current.validationLoss = validation->loss;
        m_current.validationMetric = validation->metric;
    }
    return true;
}

std::optional<EpochValidation> TrainingWorker::validate(int epoch) {
    data::Evaluation total;
    const core::Index batches = m_task->batchCount(data::Split::Validation, m_recipe.batchSize);
    for (core::Index index = 0; index < batches; ++index) {
        if (!mayContinue())
            return std::nullopt;
        const auto batch = m_task->batch(data::Split::Validation, m_recipe.batchSize, index, 0);
        const auto& outputs = m_validator->forward(data::castBatch<float>(batch));
        total += m_task->evaluate(batch, outputs.cast<double>());
    }
    const bool measured = total.lossWeight > 0;
    return EpochValidation{
        epoch, m_current.step, measured ? total.loss : TrainingSnapshot::kUnknown,
        measured ? total.metric : TrainingSnapshot::kUnknown, measured && m_task->isSolved(total)};
}

bool TrainingWorker::mayContinue() {
    if (m_paused) {
        std::unique_lock lock(m_pauseMutex);
        m_resumed.wait(lock, [this] { return !m_paused || m_cancelled; });
    }
    return !m_cancelled;
}

void TrainingWorker::publish(bool now) {
    using namespace std::chrono;
    const auto time = Clock::now();
    const auto elapsed = time - m_lastPublished;
    if (!now && elapsed < duration<double>(1.0 / kMaxSnapshotsPerSecond))
        return;
    // Only the time spent on training batches counts: not validation, not a pause.
    const double seconds = duration<double>(m_stepTime).count();
    const std::int64_t steps = m_current.step - m_stepAtLastPublished;
    if (seconds > 0 && steps > 0)
        m_current.stepsPerSecond = double(steps) / seconds;
    m_lastPublished = time;
    m_stepAtLastPublished = m_current.step;
    m_stepTime = Clock::duration::zero();

    bool wasEmpty = false;
    {
        const std::lock_guard lock(m_mailboxMutex);
        wasEmpty = !m_mailbox.has_value();
        // A snapshot replaced before it was taken hands its batches on to this one, so that
        // the recent losses the interface receives cover every batch, however late it looks.
        if (wasEmpty)
            m_untakenLoss = {0.0, 0};
        m_untakenLoss.sum += m_recentLossSum;
        m_untakenLoss.steps += steps;
        if (m_untakenLoss.steps > 0)
            m_current.recentLoss = m_untakenLoss.sum / double(m_untakenLoss.steps);
        m_mailbox = m_current;
    }
    m_recentLossSum = 0.0;
    if (wasEmpty)
        emit snapshotAvailable();
}

} // namespace training
