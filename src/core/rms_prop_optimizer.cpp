#include "core/rms_prop_optimizer.h"

namespace core {

template <typename T>
RmsPropOptimizer<T>::RmsPropOptimizer(const OptimizerSettings& settings, Index parameterCount)
    : Optimizer<T>(OptimizerKind::RmsProp, settings, parameterCount, 2) {}

template <typename T>
void RmsPropOptimizer<T>::update(Vector<T>& parameters, const Vector<T>& gradients) {
    const T decay = static_cast<T>(this->settings().weightDecay);
    if (decay != T(0))
        move(parameters, gradients.array() + decay * parameters.array());
    else
        move(parameters, gradients.array());
}

template <typename T>
template <typename Direction>
void RmsPropOptimizer<T>::move(Vector<T>& parameters, const Direction& d) {
    const OptimizerSettings& s = this->settings();
    const T rate = static_cast<T>(s.learningRate);
    const T alpha = static_cast<T>(s.alpha);
    const T eps = static_cast<T>(s.eps);
    const T momentum = static_cast<T>(s.momentum);
    auto squareAverage = this->buffer(0).array();
    squareAverage = alpha * squareAverage + (T(1) - alpha) * d.square();
    if (momentum > T(0)) {
        auto momentumBuffer = this->buffer(1).array();
        momentumBuffer = momentum * momentumBuffer + d / (squareAverage.sqrt() + eps);
        this->descend(parameters, momentumBuffer, rate);
    } else {
        this->descend(parameters, d / (squareAverage.sqrt() + eps), rate);
    }
}

template class RmsPropOptimizer<float>;
template class RmsPropOptimizer<double>;

} // namespace core
