#include "core/loss.h"

#include "core/binary_cross_entropy_loss.h"
#include "core/cross_entropy_loss.h"
#include "core/mse_loss.h"

#include <stdexcept>
#include <string>

namespace core {

std::string lossKindName(LossKind kind) {
    switch (kind) {
    case LossKind::MeanSquaredError:
        return "mse";
    case LossKind::CrossEntropy:
        return "cross-entropy";
    case LossKind::BinaryCrossEntropy:
        return "bce";
    }
    return "mse";
}

std::optional<LossKind> lossKindFromName(std::string_view name) {
    for (LossKind kind :
         {LossKind::MeanSquaredError, LossKind::CrossEntropy, LossKind::BinaryCrossEntropy})
        if (lossKindName(kind) == name)
            return kind;
    return std::nullopt;
}

template <typename T>
void Loss<T>::checkRowWeights(const Matrix<T>& outputs, const Vector<T>* rowWeights) {
    if (rowWeights && rowWeights->size() != outputs.rows())
        throw std::invalid_argument("loss: " + std::to_string(rowWeights->size()) +
                                    " row weights for " + std::to_string(outputs.rows()) +
                                    " output rows");
}

template <typename T>
void Loss<T>::checkValueTarget(const Matrix<T>& outputs, const LossTarget<T>& target) {
    if (!target.values)
        throw std::invalid_argument("loss: needs a target matrix");
    if (target.values->rows() != outputs.rows() || target.values->cols() != outputs.cols())
        throw std::invalid_argument("loss: target shape differs from the output shape");
}

template <typename T>
std::unique_ptr<Loss<T>> makeLoss(LossKind kind) {
    switch (kind) {
    case LossKind::CrossEntropy:
        return std::make_unique<CrossEntropyLoss<T>>();
    case LossKind::BinaryCrossEntropy:
        return std::make_unique<BinaryCrossEntropyLoss<T>>();
    case LossKind::MeanSquaredError:
        break;
    }
    return std::make_unique<MseLoss<T>>();
}

template <typename T>
Vector<T> rowWeightsFromLengths(const Lengths& lengths, Index steps, Index batch) {
    Vector<T> weights(steps * batch);
    for (Index t = 0; t < steps; ++t)
        weights.segment(t * batch, batch) = stepMask<T>(lengths, t, batch);
    return weights;
}

template class Loss<float>;
template class Loss<double>;
template std::unique_ptr<Loss<float>> makeLoss<float>(LossKind);
template std::unique_ptr<Loss<double>> makeLoss<double>(LossKind);
template Vector<float> rowWeightsFromLengths<float>(const Lengths&, Index, Index);
template Vector<double> rowWeightsFromLengths<double>(const Lengths&, Index, Index);

} // namespace core
