#include "training/training_engine.h"

#include "core/network_executor.h"
#include "core/parameter_groups.h"
#include "core/training_step.h"
#include "data/batch_cast.h"
#include "data/task_registry.h"
#include "session/plain_number.h"
#include "training/divergence_check.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace training {

namespace {

/** A different, reproducible dropout seed for every step of a run. */
std::uint64_t dropoutSeed(std::uint64_t seed, std::int64_t step) {
    return seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(step);
}

/** Whether two optimizer settings differ in more than the learning rate. */
bool sameOptimizerButRate(core::OptimizerSettings a, const core::OptimizerSettings& b) {
    a.learningRate = b.learningRate;
    return a.kind == b.kind && a.momentum == b.momentum && a.nesterov == b.nesterov &&
           a.beta1 == b.beta1 && a.beta2 == b.beta2 && a.eps == b.eps && a.alpha == b.alpha &&
           a.weightDecay == b.weightDecay;
}

} // namespace

TrainingEngine::TrainingEngine(const TrainingJob& job)
    : m_seed(job.seed)
    , m_threads(std::max(1, job.threads))
    , m_taskReference{job.taskName, job.taskOptions, job.taskSeed, {}}
    , m_settings(job.initialSettings())
    , m_baseSpec(job.network.spec())
    , m_network(job.network.converted<float>())
    , m_initialWeights(m_network.values())
    , m_history(std::make_shared<session::TrainingHistory>()) {
    prepare();
}

TrainingEngine::TrainingEngine(const session::Session& saved, int threads)
    : m_seed(saved.seed)
    , m_threads(std::max(1, threads))
    , m_taskReference(saved.task)
    , m_settings(saved.settings)
    , m_baseSpec(saved.spec)
    , m_network(saved.spec)
    , m_initialWeights(saved.initialWeights)
    , m_history(std::make_shared<session::TrainingHistory>(saved.history)) {
    if (saved.weights.size() != m_network.parameterCount() ||
        m_initialWeights.size() != m_network.parameterCount())
        throw std::invalid_argument("the session's weights do not fit its network");
    m_network.values() = saved.weights;
    prepare();
    if (m_trainer->optimizer().kind() == saved.optimizer.kind)
        m_trainer->optimizer().setState(saved.optimizer.buffers, saved.optimizer.steps);
    const session::TrainingPosition& p = saved.position;
    m_epoch = p.epoch;
    m_batchIndex = p.batchIndex;
    m_step = p.step;
    m_completedEpochs = p.completedEpochs;
    m_epochLossSum = p.epochLossSum;
    m_earlyStopped = p.earlyStopped;
    m_bestLoss = p.bestLoss;
    m_bestEpoch = p.bestEpoch;
    m_epochsSinceBest = p.epochsSinceBest;
    m_lowestLoss = p.lowestBatchLoss;
    m_workTime = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(p.workSeconds));
    for (const session::EpochRecord& record : m_history->epochs())
        m_validations.append({record.epoch, record.step, record.validationLoss,
                              record.validationMetric, record.solved});
    if (!m_validations.isEmpty()) {
        m_validationLoss = m_validations.last().loss;
        m_validationMetric = m_validations.last().metric;
    }
    m_probeSequence = 0;
}

void TrainingEngine::prepare() {
    if (const std::string error = m_settings.validate(); !error.empty())
        throw std::invalid_argument(error);
    m_task = data::TaskRegistry::builtIn().make(m_taskReference.name, m_taskReference.options,
                                                m_taskReference.seed);
    if (const std::string error = m_task->checkNetwork(m_network.spec()); !error.empty())
        throw std::invalid_argument(error);
    if (const std::string error = m_settings.recurrentOptions().problemFor(m_baseSpec);
        !error.empty())
        throw std::invalid_argument(error);
    if (const std::string error = core::ParameterGroups::problem(m_baseSpec, m_settings.groups);
        !error.empty())
        throw std::invalid_argument(error);
    rebuildStep();
    if (batchesPerEpoch() <= 0)
        throw std::invalid_argument("the task has no training batches of " +
                                    std::to_string(m_settings.batchSize) + " sequences");
}

session::Session TrainingEngine::saveSession() const {
    session::Session saved;
    saved.spec = m_baseSpec;
    saved.weights = m_network.values();
    saved.initialWeights = m_initialWeights;
    const core::Optimizer<float>& optimizer = m_trainer->optimizer();
    saved.optimizer = {optimizer.kind(), optimizer.stateBuffers(), optimizer.stepCount()};
    saved.settings = m_pending ? *m_pending : m_settings;
    saved.position = {m_epoch,           m_batchIndex,   m_step,       m_completedEpochs,
                      m_epochLossSum,    m_earlyStopped, m_bestLoss,   m_bestEpoch,
                      m_epochsSinceBest, m_lowestLoss,   workSeconds()};
    saved.seed = m_seed;
    saved.threads = m_threads;
    saved.task = m_taskReference;
    saved.history = *m_history;
    saved.view.probeSequence = m_probeSequence;
    return saved;
}

TrainingEngine::~TrainingEngine() = default;

core::Index TrainingEngine::batchesPerEpoch() const {
    return m_task->batchCount(data::Split::Train, m_settings.batchSize);
}

bool TrainingEngine::isDone() const {
    return m_earlyStopped || m_solvedStop || m_completedEpochs >= m_settings.epochs;
}

double TrainingEngine::workSeconds() const {
    return std::chrono::duration<double>(m_workTime).count();
}

core::Index TrainingEngine::sequencesPerSlice(core::Index steps) const {
    const double perSequence =
        3.0 * double(std::max<core::Index>(steps, 1)) * double(m_network.parameterCount());
    return std::max<core::Index>(1, core::Index(kSliceBudget / perSequence));
}

TrainingEngine::Event TrainingEngine::advance() {
    if (m_divergence)
        return Event::Diverged;
    if (!m_batch && !m_validating)
        applyPendingSettings();
    if (isDone())
        return m_earlyStopped ? Event::EarlyStopped : Event::RunDone;
    const auto start = std::chrono::steady_clock::now();
    const Event event = m_validating ? validateNext() : trainSlice();
    m_workTime += std::chrono::steady_clock::now() - start;
    return event;
}

void TrainingEngine::beginBatch() {
    m_batch = data::castBatch<float>(
        m_task->batch(data::Split::Train, m_settings.batchSize, m_batchIndex, m_epoch));
    m_sliceStart = 0;
    m_trainer->beginBatch(*m_batch);
}

TrainingEngine::Event TrainingEngine::trainSlice() {
    if (!m_batch) {
        if (m_batchIndex >= batchesPerEpoch()) { // the batch size grew past the epoch's end
            m_validating = true;
            return validateNext();
        }
        beginBatch();
    }
    const core::Index count =
        std::min(sequencesPerSlice(m_batch->steps), m_batch->batch - m_sliceStart);
    const std::uint64_t seed = dropoutSeed(m_seed, m_step);
    if (count == m_batch->batch)
        m_trainer->accumulate(*m_batch, seed);
    else
        m_trainer->accumulate(m_batch->slice(m_sliceStart, count), seed);
    m_sliceStart += count;
    return m_sliceStart < m_batch->batch ? Event::Worked : finishBatch();
}

TrainingEngine::Event TrainingEngine::finishBatch() {
    const double loss = m_trainer->accumulatedLoss();
    if (std::isfinite(loss) && loss <= kExplosionFactor * m_lowestLoss) {
        m_lastGood.capture(m_network, m_trainer->optimizer());
        m_lastGood.step = m_step;
        m_lastGood.epoch = m_epoch;
        m_lastGood.batchIndex = m_batchIndex;
        m_lastGood.epochLossSum = m_epochLossSum;
        m_lowestLoss = std::min(m_lowestLoss, loss);
    }

    const auto result = m_trainer->finishBatch();
    m_batch.reset();
    ++m_step;
    ++m_batchIndex;
    m_batchLoss = result.loss;
    m_gradientNorm = result.gradientNorm;
    m_epochLossSum += result.loss;
    computeParameterNorms();
    m_divergence =
        DivergenceCheck::inspect(m_network, m_trainer->accumulatedGradients(), result.loss,
                                 result.gradientNorm, {m_step, m_epoch + 1, m_lastGood.step});
    if (m_divergence) {
        history().addEntry(
            {session::HistoryEntry::Kind::Diverged, m_step, m_epoch + 1, m_divergence->message});
        return Event::Diverged;
    }
    if (m_batchIndex >= batchesPerEpoch()) {
        m_validating = true;
        m_validationIndex = 0;
        m_validation = data::Evaluation();
    }
    return Event::BatchDone;
}

void TrainingEngine::computeParameterNorms() {
    const core::Vector<float>& gradients = m_trainer->accumulatedGradients();
    m_parameterNorms.clear();
    for (const core::ParameterInfo& info : m_network.parameterInfos())
        m_parameterNorms.emplace_back(info.name,
                                      double(gradients.segment(info.offset, info.size()).norm()));
}

TrainingEngine::Event TrainingEngine::validateNext() {
    const core::Index batchSize = m_settings.batchSize;
    const core::Index count = m_task->batchCount(data::Split::Validation, batchSize);
    if (m_validationIndex < count) {
        const auto batch =
            m_task->batch(data::Split::Validation, batchSize, m_validationIndex++, 0);
        const auto& outputs = m_evaluator->forward(data::castBatch<float>(batch));
        m_validation += m_task->evaluate(batch, outputs.cast<double>());
        if (m_validationIndex < count)
            return Event::Worked;
    }
    return finishEpoch();
}

TrainingEngine::Event TrainingEngine::finishEpoch() {
    const bool measured = m_validation.lossWeight > 0;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const EpochValidation validation{m_epoch + 1, m_step, measured ? m_validation.loss : nan,
                                     measured ? m_validation.metric : nan,
                                     measured && m_task->isSolved(m_validation)};
    m_validations.append(validation);
    m_validationLoss = validation.loss;
    m_validationMetric = validation.metric;
    history().addEpoch({validation.epoch, m_step,
                        m_epochLossSum / double(std::max<std::int64_t>(1, m_batchIndex)),
                        validation.loss, validation.metric, validation.solved,
                        m_trainer->optimizer().learningRate(), workSeconds()});
    ++m_completedEpochs;
    ++m_epoch;
    m_batchIndex = 0;
    m_epochLossSum = 0;
    m_validating = false;
    history().addTrace(validation.epoch, probeTrace());

    if (measured && validation.loss < m_bestLoss) {
        m_bestLoss = validation.loss;
        m_bestEpoch = validation.epoch;
        m_best.capture(m_network, m_trainer->optimizer());
        m_epochsSinceBest = 0;
    } else {
        ++m_epochsSinceBest;
    }
    if (m_settings.patience > 0 && m_epochsSinceBest >= m_settings.patience && !m_best.isEmpty()) {
        m_best.restore(m_network, m_trainer->optimizer());
        m_earlyStopped = true;
        history().addEntry({session::HistoryEntry::Kind::EarlyStopped, m_step, validation.epoch,
                            "no better validation loss for " + std::to_string(m_epochsSinceBest) +
                                " epochs: kept the weights of epoch " +
                                std::to_string(m_bestEpoch) + " (validation loss " +
                                session::plainNumber(m_bestLoss) + ")"});
        return Event::EarlyStopped;
    }
    m_solvedStop = m_settings.stopWhenSolved && validation.solved;
    return isDone() ? Event::RunDone : Event::EpochDone;
}

void TrainingEngine::changeSettings(const session::TrainingSettings& settings) {
    if (const std::string error = settings.validate(); !error.empty())
        throw std::invalid_argument(error);
    if (const std::string error = settings.recurrentOptions().problemFor(m_baseSpec);
        !error.empty())
        throw std::invalid_argument(error);
    if (const std::string error = core::ParameterGroups::problem(m_baseSpec, settings.groups);
        !error.empty())
        throw std::invalid_argument(error);
    m_pending = settings;
    if (!m_batch && !m_validating)
        applyPendingSettings();
}

void TrainingEngine::applyPendingSettings() {
    if (!m_pending)
        return;
    const session::TrainingSettings before = m_settings;
    m_settings = *std::exchange(m_pending, std::nullopt);
    const std::vector<std::string> changes = session::describeChanges(before, m_settings);
    if (changes.empty())
        return;
    if (m_settings.batchSize != before.batchSize) // keep the place in the epoch, in sequences
        m_batchIndex = m_batchIndex * before.batchSize / m_settings.batchSize;
    if (!sameOptimizerButRate(before.optimizer, m_settings.optimizer) ||
        before.dropout != m_settings.dropout) {
        rebuildStep();
    } else {
        m_trainer->setBaseLearningRate(m_settings.optimizer.learningRate);
        m_trainer->schedule() = m_settings.schedule;
        m_trainer->clipping() =
            m_settings.clipNorm > 0
                ? core::GradientClipping{core::ClipMode::Norm, m_settings.clipNorm}
                : core::GradientClipping{core::ClipMode::None, 1.0};
        applyRecurrentOptions();
    }
    for (const std::string& change : changes)
        history().addEntry(
            {session::HistoryEntry::Kind::SettingsChanged, m_step, m_epoch + 1, change});
}

void TrainingEngine::rebuildStep() {
    std::optional<WeightsCheckpoint> state;
    if (m_trainer && m_trainer->optimizer().kind() == m_settings.optimizer.kind) {
        state.emplace();
        state->capture(m_network, m_trainer->optimizer());
    }
    core::NetworkSpec spec = m_baseSpec;
    if (m_settings.dropout)
        for (size_t l = 0; l + 1 < spec.layers.size(); ++l)
            spec.layers[l].dropoutAfter = *m_settings.dropout;
    bool dropoutChanged = false;
    for (size_t l = 0; l < spec.layers.size(); ++l)
        dropoutChanged |= spec.layers[l].dropoutAfter != m_network.spec().layers[l].dropoutAfter;
    if (dropoutChanged) {
        m_evaluator.reset();
        m_trainer.reset();
        core::Network<float> network(spec);
        network.values() = m_network.values();
        m_network = std::move(network);
    }
    m_evaluator.reset(); // both hold the network by reference
    m_trainer.reset();
    m_trainer = std::make_unique<core::TrainingStep<float>>(m_network, m_task->lossKind(),
                                                            m_settings.optimizer, m_threads);
    if (state) // same optimizer: its moments go on; a new one starts fresh
        m_trainer->optimizer().setState(state->optimizerBuffers, state->optimizerSteps);
    m_trainer->schedule() = m_settings.schedule;
    if (m_settings.clipNorm > 0)
        m_trainer->clipping() = {core::ClipMode::Norm, m_settings.clipNorm};
    m_evaluator = std::make_unique<core::NetworkExecutor<float>>(m_network);
    applyRecurrentOptions();
}

void TrainingEngine::applyRecurrentOptions() {
    // The evaluator too: a frozen gate changes the forward pass, so validation and the probe
    // trace see the network as it trains.
    const core::RecurrentOptions options = m_settings.recurrentOptions();
    m_trainer->setRecurrentOptions(options);
    m_evaluator->setRecurrentOptions(options);
    // Frozen groups and rate factors: the optimizer scales each element's step, the gradient is
    // computed and shown as before.
    m_trainer->optimizer().setLearningRateMultipliers(
        core::ParameterGroups::multipliers(m_network, m_settings.groups));
}

void TrainingEngine::reset() {
    m_network.values() = m_initialWeights;
    m_pending.reset();
    rebuildStep();
    m_trainer->optimizer().reset();
    m_epoch = m_completedEpochs = 0;
    m_batchIndex = m_step = 0;
    m_validating = m_earlyStopped = m_solvedStop = false;
    m_batch.reset();
    m_epochLossSum = 0;
    m_batchLoss = m_gradientNorm = m_validationLoss = m_validationMetric =
        std::numeric_limits<double>::quiet_NaN();
    m_validations.clear();
    m_parameterNorms.clear();
    m_lastGood = {};
    m_lowestLoss = std::numeric_limits<double>::infinity();
    m_best = {};
    m_bestLoss = std::numeric_limits<double>::infinity();
    m_bestEpoch = m_epochsSinceBest = 0;
    m_divergence.reset();
    m_workTime = {};
    m_history = std::make_shared<session::TrainingHistory>();
    m_history->addEntry(
        {session::HistoryEntry::Kind::Reset, 0, 1, "restarted from the first weights"});
}

bool TrainingEngine::rollBack() {
    if (!m_divergence || m_lastGood.isEmpty())
        return false;
    m_lastGood.restore(m_network, m_trainer->optimizer());
    m_step = m_lastGood.step;
    m_epoch = m_lastGood.epoch;
    m_batchIndex = m_lastGood.batchIndex;
    m_epochLossSum = m_lastGood.epochLossSum;
    m_batch.reset();
    m_validating = false;
    m_divergence.reset();
    history().truncateAfter(m_step);
    history().addEntry({session::HistoryEntry::Kind::RolledBack, m_step, m_epoch + 1,
                        "rolled back to the weights after step " + std::to_string(m_step)});
    return true;
}

void TrainingEngine::setProbeSequence(core::Index sequence) {
    const core::Index count = m_task->sequenceCount(data::Split::Validation);
    m_probeSequence = std::clamp<core::Index>(sequence, 0, std::max<core::Index>(0, count - 1));
}

std::shared_ptr<const session::ProbeTrace> TrainingEngine::probeTrace() {
    if (m_task->sequenceCount(data::Split::Validation) == 0)
        return nullptr;
    const auto batch =
        data::castBatch<float>(m_task->batch(data::Split::Validation, 1, m_probeSequence, 0));
    // On the validation executor, so that the trainer's buffers keep the batch's shape: one
    // sequence alone has no padding, so its loss needs no row weights.
    core::NetworkTrace<float> trace;
    const core::Matrix<float>& outputs = m_evaluator->forward(batch, &trace);
    const auto target = core::LossTarget<float>::ofBatch(m_task->lossKind(), batch);
    core::Matrix<float> dOutputs;
    const double loss = double(m_trainer->loss().evaluate(outputs, target, nullptr, &dOutputs));
    m_evaluator->zeroGradients();
    m_evaluator->backward(dOutputs, &trace);
    const core::Index steps = batch.lengths.empty() ? batch.steps : batch.lengths.front();
    auto probe = std::make_shared<session::ProbeTrace>(
        session::ProbeTrace::fromNetworkTrace(trace, outputs, steps));
    probe->epoch = m_completedEpochs;
    probe->step = m_step;
    probe->sequence = m_probeSequence;
    probe->loss = loss;
    probe->weights = std::make_shared<const core::Vector<float>>(m_network.values());
    return probe;
}

session::TrainingHistory& TrainingEngine::history() {
    if (m_history.use_count() > 1) // a snapshot holds it: copy on write
        m_history = std::make_shared<session::TrainingHistory>(*m_history);
    return *m_history;
}

TrainingSnapshot TrainingEngine::snapshot() const {
    TrainingSnapshot s;
    const session::TrainingSettings& settings = m_pending ? *m_pending : m_settings;
    const std::int64_t perEpoch = batchesPerEpoch();
    s.epochs = settings.epochs;
    s.epoch = std::min(m_epoch + 1, std::max(1, settings.epochs));
    s.step = m_step;
    s.steps = m_step + std::max<std::int64_t>(
                           0, std::int64_t(settings.epochs - m_epoch) * perEpoch - m_batchIndex);
    s.batchInEpoch = m_batchIndex;
    s.batchesPerEpoch = perEpoch;
    s.batchLoss = m_batchLoss;
    // Between two epochs, the epoch just ended.
    s.epochLoss = m_batchIndex > 0               ? m_epochLossSum / double(m_batchIndex)
                  : !m_history->epochs().empty() ? m_history->epochs().back().trainLoss
                                                 : TrainingSnapshot::kUnknown;
    s.validationLoss = m_validationLoss;
    s.validationMetric = m_validationMetric;
    s.gradientNorm = m_gradientNorm;
    s.learningRate = m_trainer->optimizer().learningRate();
    s.progress = s.steps > 0 ? double(s.step) / double(s.steps) : 1.0;
    s.bestEpoch = m_bestEpoch;
    s.parameterGradientNorms = m_parameterNorms;
    s.validations = m_validations;
    s.settings = settings;
    s.history = m_history;
    s.divergence = m_divergence;
    return s;
}

} // namespace training
