#pragma once
/**
 * Binary cross-entropy on logits, for independent yes/no outputs (PyTorch's BCEWithLogitsLoss,
 * reduction 'mean' over the valid elements). With σ the logistic function and y ∈ [0, 1]:
 *
 *   ℓ(x, y) = −y·log σ(x) − (1 − y)·log(1 − σ(x)) = max(x, 0) − x·y + log(1 + e^−|x|)
 *   L = Σ_r w_r Σ_o ℓ(x_ro, y_ro) / (O·W),   W = Σ_r w_r
 *   ∂L/∂x_ro = w_r (σ(x_ro) − y_ro) / (O·W)
 *
 * The right-hand form of ℓ never exponentiates a positive number, so it is finite for any logit.
 */
#include "core/loss.h"

namespace core {

template <typename T>
class BinaryCrossEntropyLoss final : public Loss<T> {
public:
    LossKind kind() const override { return LossKind::BinaryCrossEntropy; }
    T evaluate(const Matrix<T>& outputs, const LossTarget<T>& target, const Vector<T>* rowWeights,
               Matrix<T>* dOutputs) const override;
};

} // namespace core
