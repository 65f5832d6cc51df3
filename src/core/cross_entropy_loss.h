#pragma once
/**
 * Cross-entropy of a softmax over the last axis against class indices, for classification and
 * next-token outputs (PyTorch's CrossEntropyLoss on logits, ignore_index = −1, reduction 'mean'):
 *
 *   p_r = softmax(x_r),   L = Σ_r w_r (logΣ_o exp x_ro − x_r,c_r) / W,   W = Σ_{r: c_r ≠ −1} w_r
 *   ∂L/∂x_ro = w_r (p_ro − [o = c_r]) / W
 *
 * The log-sum-exp subtracts max_o x_ro first, so large logits cannot overflow.
 */
#include "core/loss.h"

namespace core {

template <typename T>
class CrossEntropyLoss final : public Loss<T> {
public:
    LossKind kind() const override { return LossKind::CrossEntropy; }
    /** Throws std::invalid_argument when a class index is outside [0, O) and not −1. */
    T evaluate(const Matrix<T>& outputs, const LossTarget<T>& target, const Vector<T>* rowWeights,
               Matrix<T>* dOutputs) const override;
};

} // namespace core
