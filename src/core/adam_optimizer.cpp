#include "core/adam_optimizer.h"

#include <cmath>

namespace core {

template <typename T>
AdamOptimizer<T>::AdamOptimizer(const OptimizerSettings& settings, Index parameterCount)
    : AdamOptimizer(OptimizerKind::Adam, settings, parameterCount) {}

template <typename T>
AdamOptimizer<T>::AdamOptimizer(OptimizerKind kind, const OptimizerSettings& settings,
                                Index parameterCount)
    : Optimizer<T>(kind, settings, parameterCount, 2) {}

template <typename T>
void AdamOptimizer<T>::update(Vector<T>& parameters, const Vector<T>& gradients) {
    const T decay = static_cast<T>(this->settings().weightDecay);
    if (decay == T(0)) {
        momentStep(parameters, gradients);
        return;
    }
    m_decayed = gradients + decay * parameters;
    momentStep(parameters, m_decayed);
}

template <typename T>
void AdamOptimizer<T>::momentStep(Vector<T>& parameters, const Vector<T>& d) {
    const OptimizerSettings& s = this->settings();
    const T beta1 = static_cast<T>(s.beta1), beta2 = static_cast<T>(s.beta2);
    const double t = static_cast<double>(this->stepCount());
    const double correction1 = 1 - std::pow(s.beta1, t);
    const T correction2Root = static_cast<T>(std::sqrt(1 - std::pow(s.beta2, t)));
    const T eps = static_cast<T>(s.eps);

    auto m = this->buffer(0).array();
    auto v = this->buffer(1).array();
    m = beta1 * m + (T(1) - beta1) * d.array();
    v = beta2 * v + (T(1) - beta2) * d.array().square();
    this->descend(parameters, m / (v.sqrt() / correction2Root + eps),
                  static_cast<T>(s.learningRate / correction1));
}

template class AdamOptimizer<float>;
template class AdamOptimizer<double>;

} // namespace core
