#include "core/binary_cross_entropy_loss.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

template <typename T>
T logistic(T x) {
    if (x >= 0)
        return T(1) / (T(1) + std::exp(-x));
    const T e = std::exp(x);
    return e / (T(1) + e);
}

} // namespace

template <typename T>
T BinaryCrossEntropyLoss<T>::evaluate(const Matrix<T>& outputs, const LossTarget<T>& target,
                                      const Vector<T>* rowWeights, Matrix<T>* dOutputs) const {
    this->checkValueTarget(outputs, target);
    this->checkRowWeights(outputs, rowWeights);
    const Matrix<T>& y = *target.values;
    if (dOutputs)
        dOutputs->setZero(outputs.rows(), outputs.cols());

    T sum = 0, weightSum = 0;
    for (Index r = 0; r < outputs.rows(); ++r) {
        const T w = this->rowWeight(rowWeights, r);
        if (w == T(0))
            continue;
        weightSum += w;
        T rowSum = 0;
        for (Index o = 0; o < outputs.cols(); ++o) {
            const T x = outputs(r, o);
            rowSum += std::max(x, T(0)) - x * y(r, o) + std::log1p(std::exp(-std::abs(x)));
            if (dOutputs)
                (*dOutputs)(r, o) = w * (logistic(x) - y(r, o));
        }
        sum += w * rowSum;
    }
    if (weightSum == T(0) || outputs.cols() == 0)
        return T(0);
    const T scale = T(1) / (weightSum * static_cast<T>(outputs.cols()));
    if (dOutputs)
        *dOutputs *= scale;
    return sum * scale;
}

template class BinaryCrossEntropyLoss<float>;
template class BinaryCrossEntropyLoss<double>;

} // namespace core
