#include "core/optimizer.h"

#include "core/adam_optimizer.h"
#include "core/adam_w_optimizer.h"
#include "core/rms_prop_optimizer.h"
#include "core/sgd_optimizer.h"

#include <stdexcept>

namespace core {

std::string optimizerKindName(OptimizerKind kind) {
    switch (kind) {
    case OptimizerKind::Sgd:
        return "sgd";
    case OptimizerKind::RmsProp:
        return "rmsprop";
    case OptimizerKind::Adam:
        return "adam";
    case OptimizerKind::AdamW:
        return "adamw";
    }
    return "adam";
}

std::optional<OptimizerKind> optimizerKindFromName(std::string_view name) {
    for (OptimizerKind kind :
         {OptimizerKind::Sgd, OptimizerKind::RmsProp, OptimizerKind::Adam, OptimizerKind::AdamW})
        if (optimizerKindName(kind) == name)
            return kind;
    return std::nullopt;
}

OptimizerSettings OptimizerSettings::defaults(OptimizerKind kind) {
    OptimizerSettings settings;
    settings.kind = kind;
    switch (kind) {
    case OptimizerKind::Sgd:
    case OptimizerKind::RmsProp:
        settings.learningRate = 1e-2;
        break;
    case OptimizerKind::AdamW:
        settings.weightDecay = 1e-2;
        break;
    case OptimizerKind::Adam:
        break;
    }
    return settings;
}

template <typename T>
Optimizer<T>::Optimizer(OptimizerKind kind, const OptimizerSettings& settings, Index parameterCount,
                        int bufferCount)
    : m_settings(settings)
    , m_parameterCount(parameterCount)
    , m_buffers(static_cast<size_t>(bufferCount), Vector<T>::Zero(parameterCount)) {
    m_settings.kind = kind;
    // torch.optim's argument checks.
    const OptimizerSettings& s = m_settings;
    if (!(s.learningRate >= 0 && s.momentum >= 0 && s.eps >= 0 && s.alpha >= 0 &&
          s.weightDecay >= 0 && s.beta1 >= 0 && s.beta1 < 1 && s.beta2 >= 0 && s.beta2 < 1))
        throw std::invalid_argument("optimizer: invalid hyper-parameter");
    if (parameterCount < 0)
        throw std::invalid_argument("optimizer: negative parameter count");
}

template <typename T>
void Optimizer<T>::step(Vector<T>& parameters, const Vector<T>& gradients) {
    if (parameters.size() != m_parameterCount || gradients.size() != m_parameterCount)
        throw std::invalid_argument("optimizer: parameter or gradient count differs");
    ++m_stepCount;
    update(parameters, gradients);
}

template <typename T>
void Optimizer<T>::setLearningRateMultipliers(Vector<T> multipliers) {
    if (multipliers.size() != 0 && multipliers.size() != m_parameterCount)
        throw std::invalid_argument("optimizer: one learning-rate multiplier per parameter");
    m_multipliers = std::move(multipliers);
}

template <typename T>
void Optimizer<T>::setState(std::vector<Vector<T>> buffers, std::int64_t stepCount) {
    if (buffers.size() != m_buffers.size() || stepCount < 0)
        throw std::invalid_argument("optimizer: saved state is of another optimizer");
    for (const Vector<T>& buffer : buffers)
        if (buffer.size() != m_parameterCount)
            throw std::invalid_argument("optimizer: saved state is of another parameter count");
    m_buffers = std::move(buffers);
    m_stepCount = stepCount;
}

template <typename T>
void Optimizer<T>::reset() {
    for (Vector<T>& buffer : m_buffers)
        buffer.setZero();
    m_stepCount = 0;
}

template <typename T>
std::unique_ptr<Optimizer<T>> makeOptimizer(const OptimizerSettings& settings,
                                            Index parameterCount) {
    switch (settings.kind) {
    case OptimizerKind::Sgd:
        return std::make_unique<SgdOptimizer<T>>(settings, parameterCount);
    case OptimizerKind::RmsProp:
        return std::make_unique<RmsPropOptimizer<T>>(settings, parameterCount);
    case OptimizerKind::AdamW:
        return std::make_unique<AdamWOptimizer<T>>(settings, parameterCount);
    case OptimizerKind::Adam:
        break;
    }
    return std::make_unique<AdamOptimizer<T>>(settings, parameterCount);
}

template class Optimizer<float>;
template class Optimizer<double>;
template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerSettings&, Index);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerSettings&, Index);

} // namespace core
