#pragma once
/**
 * RMSprop (torch.optim.RMSprop, not centered): divides the gradient by a running root mean square
 * of it. With smoothing α, square average v and momentum buffer b, both zero at first:
 *
 *   d = g + λ·p
 *   v ← α·v + (1 − α)·d²
 *   u = d / (√v + ε)                  μ = 0
 *   b ← μ·b + d / (√v + ε),  u = b    μ > 0
 *   p ← p − η·u
 */
#include "core/optimizer.h"

namespace core {

template <typename T>
class RmsPropOptimizer final : public Optimizer<T> {
public:
    RmsPropOptimizer(const OptimizerSettings& settings, Index parameterCount);

protected:
    void update(Vector<T>& parameters, const Vector<T>& gradients) override;

private:
    template <typename Direction>
    void move(Vector<T>& parameters, const Direction& d);
};

} // namespace core
