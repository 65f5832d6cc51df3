#pragma once
/**
 * Stochastic gradient descent with optional momentum μ, Nesterov momentum and L2 weight decay λ
 * (torch.optim.SGD, dampening 0). With buffer b (zero at first, so b_1 = d_1):
 *
 *   d = g + λ·p
 *   b ← μ·b + d                       (only when μ ≠ 0)
 *   u = d  |  b  |  d + μ·b           (μ = 0 | momentum | Nesterov)
 *   p ← p − η·u
 */
#include "core/optimizer.h"

namespace core {

template <typename T>
class SgdOptimizer final : public Optimizer<T> {
public:
    /** Throws std::invalid_argument for Nesterov without momentum, as PyTorch does. */
    SgdOptimizer(const OptimizerSettings& settings, Index parameterCount);

protected:
    void update(Vector<T>& parameters, const Vector<T>& gradients) override;

private:
    template <typename Direction>
    void move(Vector<T>& parameters, const Direction& d);
};

} // namespace core
