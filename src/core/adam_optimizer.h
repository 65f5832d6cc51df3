#pragma once
/**
 * Adam (torch.optim.Adam, amsgrad off) with L2 weight decay λ folded into the gradient. With
 * moments m and v, zero at first, and t the number of steps taken including this one:
 *
 *   d = g + λ·p
 *   m ← β₁·m + (1 − β₁)·d
 *   v ← β₂·v + (1 − β₂)·d²
 *   p ← p − η/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
 *
 * AdamWOptimizer reuses the moment step, with its decay taken out of the gradient.
 */
#include "core/optimizer.h"

namespace core {

template <typename T>
class AdamOptimizer : public Optimizer<T> {
public:
    AdamOptimizer(const OptimizerSettings& settings, Index parameterCount);

protected:
    AdamOptimizer(OptimizerKind kind, const OptimizerSettings& settings, Index parameterCount);

    void update(Vector<T>& parameters, const Vector<T>& gradients) override;
    /** The bias-corrected moment step for the gradient d, without any weight decay. */
    void momentStep(Vector<T>& parameters, const Vector<T>& d);

private:
    Vector<T> m_decayed; ///< g + λ·p, when λ ≠ 0
};

} // namespace core
