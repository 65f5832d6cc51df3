#pragma once
/**
 * Gradient clipping, which keeps one exploding batch (long sequences through time) from throwing
 * the weights far away. Works on the network's flat gradient vector g:
 *
 *   by norm (torch.nn.utils.clip_grad_norm_, L2):  n = ‖g‖₂;  g ← g·c/(n + 10⁻⁶) when that is < 1
 *   by value (torch.nn.utils.clip_grad_value_):    g_i ← min(max(g_i, −c), c)
 *
 * Both report the norm before clipping, which the training curves show.
 */
#include "core/types.h"

#include <optional>
#include <string>
#include <string_view>

namespace core {

enum class ClipMode { None, Norm, Value };

/** "none", "norm", "value". */
std::string clipModeName(ClipMode mode);
std::optional<ClipMode> clipModeFromName(std::string_view name);

struct GradientClipping {
    ClipMode mode = ClipMode::None;
    double threshold = 1.0; ///< c: the largest norm, or the largest |g_i|

    /** Clips by `mode` and returns ‖g‖₂ before clipping. */
    template <typename T>
    T apply(Vector<T>& gradients) const;
};

/** Scales g down to norm maxNorm if it is longer; returns its norm before. */
template <typename T>
T clipGradientNorm(Vector<T>& gradients, T maxNorm);

/** Clamps every g_i into [−maxValue, maxValue]. */
template <typename T>
void clipGradientValue(Vector<T>& gradients, T maxValue);

} // namespace core
