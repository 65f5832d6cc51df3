#include "core/sgd_optimizer.h"

#include <stdexcept>

namespace core {

template <typename T>
SgdOptimizer<T>::SgdOptimizer(const OptimizerSettings& settings, Index parameterCount)
    : Optimizer<T>(OptimizerKind::Sgd, settings, parameterCount, 1) {
    if (settings.nesterov && settings.momentum <= 0)
        throw std::invalid_argument("optimizer: Nesterov momentum needs a momentum");
}

template <typename T>
void SgdOptimizer<T>::update(Vector<T>& parameters, const Vector<T>& gradients) {
    const T decay = static_cast<T>(this->settings().weightDecay);
    if (decay != T(0))
        move(parameters, gradients.array() + decay * parameters.array());
    else
        move(parameters, gradients.array());
}

template <typename T>
template <typename Direction>
void SgdOptimizer<T>::move(Vector<T>& parameters, const Direction& d) {
    const OptimizerSettings& s = this->settings();
    const T rate = static_cast<T>(s.learningRate);
    const T momentum = static_cast<T>(s.momentum);
    if (momentum == T(0)) {
        this->descend(parameters, d, rate);
        return;
    }
    auto momentumBuffer = this->buffer(0).array();
    momentumBuffer = momentum * momentumBuffer + d;
    if (s.nesterov)
        this->descend(parameters, d + momentum * momentumBuffer, rate);
    else
        this->descend(parameters, momentumBuffer, rate);
}

template class SgdOptimizer<float>;
template class SgdOptimizer<double>;

} // namespace core
