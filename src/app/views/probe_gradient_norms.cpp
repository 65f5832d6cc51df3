#include "app/views/probe_gradient_norms.h"

namespace app {

const std::vector<float>* ProbeGradientNorms::of(const session::ProbeTrace& trace, int layer,
                                                 bool cell) {
    if (layer < 0 || layer >= layerCount(trace))
        return nullptr;
    const session::ProbeLayerTrace& chosen = trace.layers[size_t(layer)];
    return cell && !chosen.cellGradientNorm.empty() ? &chosen.cellGradientNorm
                                                    : &chosen.hiddenGradientNorm;
}

bool ProbeGradientNorms::hasCell(const session::ProbeTrace& trace, int layer) {
    return layer >= 0 && layer < layerCount(trace) &&
           !trace.layers[size_t(layer)].cellGradientNorm.empty();
}

} // namespace app
