#include "core/adam_w_optimizer.h"

namespace core {

template <typename T>
AdamWOptimizer<T>::AdamWOptimizer(const OptimizerSettings& settings, Index parameterCount)
    : AdamOptimizer<T>(OptimizerKind::AdamW, settings, parameterCount) {}

template <typename T>
void AdamWOptimizer<T>::update(Vector<T>& parameters, const Vector<T>& gradients) {
    const OptimizerSettings& s = this->settings();
    const T shrink = static_cast<T>(s.learningRate * s.weightDecay);
    if (shrink != T(0)) {
        const Vector<T>& multipliers = this->learningRateMultipliers();
        if (multipliers.size() > 0)
            parameters.array() *= T(1) - shrink * multipliers.array();
        else
            parameters *= T(1) - shrink;
    }
    this->momentStep(parameters, gradients);
}

template class AdamWOptimizer<float>;
template class AdamWOptimizer<double>;

} // namespace core
