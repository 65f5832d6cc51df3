#pragma once
/**
 * The arithmetic behind one step of one unit of a recurrent cell, redone from the network's
 * weights so that a student can check it by hand: each gate's pre-activation as its separate
 * dot products W·x_t and U·h_{t−1}, its bias (b_ih + b_hh) and peephole term, then the gate, and
 * the state updates c_t and h_t. The input x_t is the probe sequence's (or its embedding) for the
 * first layer and the layer below's traced outputs above it; h_{t−1} and c_{t−1} come from the
 * trace. The weights are read directly from the flat parameter vector in the layout the layer
 * headers state (gate blocks i,f,g,o / r,z,n stacked in W_ih, W_hh, b_ih, b_hh), independently
 * of the core's own step code, so a mismatch with the traced value is a finding, not a tautology.
 */
#include "app/views/gate_equation.h"
#include "core/network.h"
#include "core/sequence_batch.h"
#include "session/probe_trace.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace app {

class GateArithmetic {
    Q_DECLARE_TR_FUNCTIONS(app::GateArithmetic)

public:
    /** Products listed per dot-product term. */
    static constexpr int kContributions = 8;

    GateArithmetic() = default;
    /** `input` is the probe sequence as a batch of one (what the trace was recorded on). */
    GateArithmetic(core::Network<double> network, core::SequenceBatch<double> input,
                   std::shared_ptr<const session::ProbeTrace> trace);
    /** The same, sharing the network (a view keeps one copy for every step and epoch). */
    GateArithmetic(std::shared_ptr<const core::Network<double>> network,
                   core::SequenceBatch<double> input,
                   std::shared_ptr<const session::ProbeTrace> trace);

    /** Empty when the equations of trace layer `layer` can be computed, else why not. */
    QString unavailableReason(int layer) const;
    /** The gates then the states of `unit` at `step`; empty when unavailable. */
    std::vector<GateEquation> equations(int layer, core::Index unit, core::Index step) const;

private:
    struct Place {
        core::Index level = -1; ///< the network's layer, −1 for none (the decoder)
        bool reverse = false;
        int firstTraceLayer = 0; ///< trace index of the level's forward direction
    };
    Place placeOf(int traceLayer) const;
    core::RowVector<double> layerInput(const Place& place, core::Index step) const;
    core::RowVector<double> stateBefore(int traceLayer, const core::Matrix<float>& states,
                                        core::Index step) const;
    GateTerm dot(const QString& symbol, const QString& source, const core::RowVector<double>& w,
                 const core::RowVector<double>& v) const;
    std::vector<GateEquation> lstm(int layer, core::Index unit, core::Index t) const;
    std::vector<GateEquation> gru(int layer, core::Index unit, core::Index t) const;
    std::vector<GateEquation> rnn(int layer, core::Index unit, core::Index t) const;
    GateEquation gate(int layer, int block, core::Index unit, core::Index t,
                      GateEquation::Activation activation) const;
    std::string parameterName(const std::string& stem, int layer) const;

    std::shared_ptr<const core::Network<double>> m_network;
    core::SequenceBatch<double> m_input;
    std::shared_ptr<const session::ProbeTrace> m_trace;
};

} // namespace app
