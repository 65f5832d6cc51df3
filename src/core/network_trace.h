#pragma once
/**
 * Everything a network did inside on one batch, recorded only when a NetworkTrace is passed to
 * NetworkExecutor::forward()/backward(): per layer and direction the LayerTrace (gates, states,
 * per-step gradient norms), the decoder's, the attention weights, and each parameter's gradient
 * norm ‖∂L/∂θ‖ after backward.
 */
#include "core/layer_trace.h"
#include "core/types.h"

#include <string>
#include <utility>
#include <vector>

namespace core {

template <typename T>
struct NetworkTrace {
    std::vector<std::vector<LayerTrace<T>>> layers; ///< [layer][0 forward, 1 reverse]
    LayerTrace<T> decoder;                          ///< sequence-to-sequence only
    Matrix<T> attention; ///< (Q·B)×S weights: query step j of sequence b in row j·B+b
    std::vector<std::pair<std::string, double>> parameterGradientNorms;
};

} // namespace core
