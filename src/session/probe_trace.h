#pragma once
/**
 * What the network did inside on one sequence the user picked (the probe), at one moment of
 * training: per layer and direction the gates, the cell and hidden states and the per-step
 * gradient norms ‖∂L/∂h_t‖, ‖∂L/∂c_t‖; the attention weights; the outputs. A plain value in
 * single precision: views draw it, the history keeps one per epoch, a session may save it.
 *
 * Long sequences are kept whole up to kMaxSteps steps; beyond, every k-th step is kept
 * (k = ⌈S / kMaxSteps⌉), so one trace never holds more than kMaxSteps rows per series.
 */
#include "core/network_trace.h"
#include "core/types.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace session {

struct ProbeLayerTrace {
    std::string name;                   ///< "layer 1", "layer 2 (reverse)", "decoder"
    std::vector<std::string> gateNames; ///< "i","f","g","o" (LSTM), "r","z","n" (GRU), "a" (RNN)
    std::vector<core::Matrix<float>> gates; ///< one steps×H matrix per gate
    core::Matrix<float> cell;               ///< c_t, steps×H; empty without a cell state
    core::Matrix<float> hidden;             ///< h_t, steps×H
    std::vector<float> hiddenGradientNorm;  ///< ‖∂L/∂h_t‖ per kept step
    std::vector<float> cellGradientNorm;    ///< ‖∂L/∂c_t‖ per kept step (LSTMs)
};

struct ProbeTrace {
    static constexpr core::Index kMaxSteps = 512;

    int epoch = 0;            ///< epochs completed when it was recorded
    std::int64_t step = 0;    ///< optimizer steps done when it was recorded
    core::Index sequence = 0; ///< index in the validation split
    core::Index steps = 0;    ///< the sequence's length
    core::Index stride = 1;   ///< every stride-th step is kept
    double loss = 0.0;        ///< the task's loss on this sequence
    std::vector<ProbeLayerTrace> layers;
    core::Matrix<float> attention; ///< query steps × source steps (whole), empty without attention
    core::Matrix<float> outputs;   ///< the network's outputs on the sequence (whole)
    /** The weights the network had when the trace was recorded, so a view can redo its
     * arithmetic; null when unknown. Not kept in session files: a trace read back has none. */
    std::shared_ptr<const core::Vector<float>> weights;

    /** Heap bytes held, to keep the history within its bound. */
    std::size_t bytes() const;

    /** The trace of a batch of one sequence (B = 1). */
    static ProbeTrace fromNetworkTrace(const core::NetworkTrace<float>& trace,
                                       const core::Matrix<float>& outputs, core::Index steps);
};

} // namespace session
