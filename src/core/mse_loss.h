#pragma once
/**
 * Mean squared error, for regression outputs (PyTorch's MSELoss, reduction 'mean'):
 *
 *   L = Σ_r w_r Σ_o (x_ro − y_ro)² / (O·W),   W = Σ_r w_r
 *   ∂L/∂x_ro = 2·w_r·(x_ro − y_ro) / (O·W)
 */
#include "core/loss.h"

namespace core {

template <typename T>
class MseLoss final : public Loss<T> {
public:
    LossKind kind() const override { return LossKind::MeanSquaredError; }
    T evaluate(const Matrix<T>& outputs, const LossTarget<T>& target, const Vector<T>* rowWeights,
               Matrix<T>* dOutputs) const override;
};

} // namespace core
