#pragma once
/**
 * The one place that picks, from a probe trace, which per-step gradient norms a view draws: one
 * layer's ‖∂L/∂h_t‖, or its ‖∂L/∂c_t‖ when the layer carries a cell state (the LSTMs). The
 * gradient fade heatmap and the gradient flow chart both choose a layer through it, so a "layer"
 * means the same in both.
 */
#include "session/probe_trace.h"

#include <vector>

namespace app {

class ProbeGradientNorms {
public:
    /** ‖∂L/∂c_t‖ of `layer` when `cell` and the layer has a cell state, else its ‖∂L/∂h_t‖;
     * null when the trace has no such layer. */
    static const std::vector<float>* of(const session::ProbeTrace& trace, int layer, bool cell);
    /** Whether `layer` of the trace carries ‖∂L/∂c_t‖. */
    static bool hasCell(const session::ProbeTrace& trace, int layer);
    static int layerCount(const session::ProbeTrace& trace) { return int(trace.layers.size()); }
};

} // namespace app
