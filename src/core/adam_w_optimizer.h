#pragma once
/**
 * AdamW (torch.optim.AdamW, amsgrad off): Adam with the weight decay decoupled from the gradient
 * (Loshchilov & Hutter), so it shrinks every weight by the same fraction whatever its gradient
 * history:
 *
 *   p ← p − η·λ·p
 *   then the Adam step of AdamOptimizer with d = g
 */
#include "core/adam_optimizer.h"

namespace core {

template <typename T>
class AdamWOptimizer final : public AdamOptimizer<T> {
public:
    AdamWOptimizer(const OptimizerSettings& settings, Index parameterCount);

protected:
    void update(Vector<T>& parameters, const Vector<T>& gradients) override;
};

} // namespace core
