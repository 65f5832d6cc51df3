#include "core/cross_entropy_loss.h"

#include <cmath>
#include <stdexcept>

namespace core {

template <typename T>
T CrossEntropyLoss<T>::evaluate(const Matrix<T>& outputs, const LossTarget<T>& target,
                                const Vector<T>* rowWeights, Matrix<T>* dOutputs) const {
    this->checkRowWeights(outputs, rowWeights);
    if (static_cast<Index>(target.classes.size()) != outputs.rows())
        throw std::invalid_argument("cross-entropy: needs one class index per output row");
    const Index classCount = outputs.cols();
    if (dOutputs)
        dOutputs->setZero(outputs.rows(), classCount);

    T sum = 0, weightSum = 0;
    for (Index r = 0; r < outputs.rows(); ++r) {
        const int32_t c = target.classes[static_cast<size_t>(r)];
        const T w = this->rowWeight(rowWeights, r);
        if (c == kIgnoredClass || w == T(0))
            continue;
        if (c < 0 || c >= classCount)
            throw std::invalid_argument("cross-entropy: class index out of range");
        const auto x = outputs.row(r);
        const T max = x.maxCoeff();
        const T logSumExp = max + std::log((x.array() - max).exp().sum());
        weightSum += w;
        sum += w * (logSumExp - x[c]);
        if (dOutputs) {
            auto d = dOutputs->row(r);
            d = w * (x.array() - logSumExp).exp();
            d[c] -= w;
        }
    }
    if (weightSum == T(0))
        return T(0);
    if (dOutputs)
        *dOutputs /= weightSum;
    return sum / weightSum;
}

template class CrossEntropyLoss<float>;
template class CrossEntropyLoss<double>;

} // namespace core
