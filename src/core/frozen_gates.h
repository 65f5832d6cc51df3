#pragma once
/**
 * LSTM gates held at a constant instead of learned, to show what each gate is for: f ≡ 1 keeps
 * the whole cell state (a perfect memory, c_t = c_{t−1} + i_t ⊙ g_t), i ≡ c writes a fixed share
 * of every candidate. A frozen gate's value c ∈ [0, 1] replaces its activation in the forward
 * pass; its pre-activation gets no gradient, so neither do its weights.
 */
#include <optional>

namespace core {

struct FrozenGates {
    std::optional<double> forget; ///< f_t ≡ forget; none: learned
    std::optional<double> input;  ///< i_t ≡ input; none: learned

    bool any() const { return forget.has_value() || input.has_value(); }
    bool operator==(const FrozenGates&) const = default;
};

} // namespace core
