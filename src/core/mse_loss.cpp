#include "core/mse_loss.h"

namespace core {

template <typename T>
T MseLoss<T>::evaluate(const Matrix<T>& outputs, const LossTarget<T>& target,
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
            continue; // padding may hold anything, even NaN
        weightSum += w;
        sum += w * (outputs.row(r) - y.row(r)).squaredNorm();
        if (dOutputs)
            dOutputs->row(r) = (2 * w) * (outputs.row(r) - y.row(r));
    }
    if (weightSum == T(0) || outputs.cols() == 0)
        return T(0);
    const T scale = T(1) / (weightSum * static_cast<T>(outputs.cols()));
    if (dOutputs)
        *dOutputs *= scale;
    return sum * scale;
}

template class MseLoss<float>;
template class MseLoss<double>;

} // namespace core
