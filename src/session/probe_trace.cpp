#include "session/probe_trace.h"

#include <algorithm>

namespace session {

namespace {

std::size_t bytesOf(const core::Matrix<float>& m) {
    return std::size_t(m.size()) * sizeof(float);
}

/** Every stride-th row of a steps×H matrix. */
core::Matrix<float> keepRows(const core::Matrix<float>& m, core::Index stride) {
    if (stride == 1 || m.rows() == 0)
        return m;
    const core::Index kept = (m.rows() + stride - 1) / stride;
    core::Matrix<float> out(kept, m.cols());
    for (core::Index r = 0; r < kept; ++r)
        out.row(r) = m.row(r * stride);
    return out;
}

std::vector<float> keepSteps(const std::vector<double>& values, core::Index stride) {
    std::vector<float> out;
    for (size_t t = 0; t < values.size(); t += size_t(stride))
        out.push_back(float(values[t]));
    return out;
}

ProbeLayerTrace layerOf(const core::LayerTrace<float>& trace, std::string name,
                        core::Index stride) {
    ProbeLayerTrace out;
    out.name = std::move(name);
    out.gateNames = trace.gateNames;
    for (const core::Matrix<float>& gate : trace.gates)
        out.gates.push_back(keepRows(gate, stride));
    out.cell = keepRows(trace.cell, stride);
    out.hidden = keepRows(trace.hidden, stride);
    out.hiddenGradientNorm = keepSteps(trace.hiddenGradientNorm, stride);
    out.cellGradientNorm = keepSteps(trace.cellGradientNorm, stride);
    return out;
}

} // namespace

std::size_t ProbeTrace::bytes() const {
    std::size_t total = sizeof(ProbeTrace) + bytesOf(attention) + bytesOf(outputs) +
                        (weights ? std::size_t(weights->size()) * sizeof(float) : 0);
    for (const ProbeLayerTrace& layer : layers) {
        for (const core::Matrix<float>& gate : layer.gates)
            total += bytesOf(gate);
        total += bytesOf(layer.cell) + bytesOf(layer.hidden) +
                 (layer.hiddenGradientNorm.size() + layer.cellGradientNorm.size()) * sizeof(float);
    }
    return total;
}

ProbeTrace ProbeTrace::fromNetworkTrace(const core::NetworkTrace<float>& trace,
                                        const core::Matrix<float>& outputs, core::Index steps) {
    ProbeTrace out;
    out.steps = steps;
    out.stride = std::max<core::Index>(1, (steps + kMaxSteps - 1) / kMaxSteps);
    for (size_t l = 0; l < trace.layers.size(); ++l)
        for (size_t d = 0; d < trace.layers[l].size(); ++d)
            out.layers.push_back(layerOf(
                trace.layers[l][d], "layer " + std::to_string(l + 1) + (d == 1 ? " (reverse)" : ""),
                out.stride));
    if (trace.decoder.hidden.size() > 0)
        out.layers.push_back(layerOf(trace.decoder, "decoder", 1));
    out.attention = trace.attention;
    out.outputs = outputs;
    return out;
}

} // namespace session
