#include "app/views/gate_arithmetic.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace app {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double activate(GateEquation::Activation activation, double a) {
    switch (activation) {
    case GateEquation::Activation::Sigmoid:
        return 1.0 / (1.0 + std::exp(-a));
    case GateEquation::Activation::Tanh:
        return std::tanh(a);
    case GateEquation::Activation::Relu:
        return a > 0 ? a : 0.0;
    case GateEquation::Activation::Identity:
        break;
    }
    return a;
}

/** Sums the terms into the pre-activation and applies the activation. */
void settle(GateEquation& equation) {
    equation.preActivation = 0.0;
    for (const GateTerm& term : equation.terms)
        equation.preActivation += term.value;
    equation.value = activate(equation.activation, equation.preActivation);
}

double tracedAt(const core::Matrix<float>& m, core::Index t, core::Index unit) {
    return t < m.rows() && unit < m.cols() ? double(m(t, unit)) : kNaN;
}

GateTerm product(const QString& symbol, double a, double b) {
    return GateTerm{symbol, a * b, {}};
}

} // namespace

GateArithmetic::GateArithmetic(core::Network<double> network, core::SequenceBatch<double> input,
                               std::shared_ptr<const session::ProbeTrace> trace)
    : GateArithmetic(std::make_shared<const core::Network<double>>(std::move(network)),
                     std::move(input), std::move(trace)) {}

GateArithmetic::GateArithmetic(std::shared_ptr<const core::Network<double>> network,
                               core::SequenceBatch<double> input,
                               std::shared_ptr<const session::ProbeTrace> trace)
    : m_network(std::move(network))
    , m_input(std::move(input))
    , m_trace(std::move(trace)) {}

GateArithmetic::Place GateArithmetic::placeOf(int traceLayer) const {
    int index = 0;
    const auto& layers = m_network->spec().layers;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const int directions = layers[l].bidirectional ? 2 : 1;
        if (traceLayer < index + directions)
            return {core::Index(l), traceLayer > index, index};
        index += directions;
    }
    return {};
}

QString GateArithmetic::unavailableReason(int layer) const {
    if (!m_network || !m_trace)
        return tr("No network or no trace to compute with.");
    if (layer < 0 || std::size_t(layer) >= m_trace->layers.size())
        return tr("The trace has no layer %1.").arg(layer + 1);
    if (placeOf(layer).level < 0)
        return tr("The decoder's arithmetic is not shown: it reads the encoder's state and the "
                  "target tokens.");
    if (m_trace->stride != 1)
        return tr("The trace keeps only every %1th step of this long sequence, so h(t−1) is "
                  "not known for every step.")
            .arg(m_trace->stride);
    const bool tokens = m_network->spec().inputKind == core::InputKind::Tokens;
    const core::Index rows = tokens ? core::Index(m_input.tokens.size()) : m_input.inputs.rows();
    if (m_input.batch != 1 || rows < m_trace->steps)
        return tr("The probe sequence's inputs are not known.");
    const core::Index hidden = m_network->spec().layers[std::size_t(placeOf(layer).level)].hidden;
    if (m_trace->layers[std::size_t(layer)].hidden.cols() != hidden)
        return tr("The trace was recorded on another network.");
    return {};
}

std::string GateArithmetic::parameterName(const std::string& stem, int layer) const {
    const Place place = placeOf(layer);
    return "rnn." + stem + core::Network<double>::layerSuffix(place.level, place.reverse);
}

core::RowVector<double> GateArithmetic::layerInput(const Place& place, core::Index step) const {
    const core::NetworkSpec& spec = m_network->spec();
    if (place.level == 0) {
        if (spec.inputKind == core::InputKind::Features)
            return m_input.inputs.row(step);
        const auto embedding = m_network->parameter("embedding.weight");
        return embedding.row(m_input.tokens[std::size_t(step)]);
    }
    // The layer below's outputs: its forward then its reverse direction, side by side.
    const auto& below = spec.layers[std::size_t(place.level - 1)];
    const int directions = below.bidirectional ? 2 : 1;
    const int first = place.firstTraceLayer - directions;
    core::RowVector<double> x(directions * below.hidden);
    for (int d = 0; d < directions; ++d)
        x.segment(d * below.hidden, below.hidden) =
            m_trace->layers[std::size_t(first + d)].hidden.row(step).cast<double>();
    return x;
}

core::RowVector<double> GateArithmetic::stateBefore(int traceLayer,
                                                    const core::Matrix<float>& states,
                                                    core::Index step) const {
    const core::Index before = placeOf(traceLayer).reverse ? step + 1 : step - 1;
    if (before < 0 || before >= m_trace->steps)
        return core::RowVector<double>::Zero(states.cols()); // the zero initial state
    return states.row(before).cast<double>();
}

GateTerm GateArithmetic::dot(const QString& symbol, const QString& source,
                             const core::RowVector<double>& w,
                             const core::RowVector<double>& v) const {
    GateTerm term{symbol, 0.0, {}};
    std::vector<TermContribution> all;
    for (core::Index k = 0; k < w.size(); ++k) {
        all.push_back({source, k, w[k], v[k], w[k] * v[k]});
        term.value += w[k] * v[k];
    }
    std::sort(all.begin(), all.end(), [](const TermContribution& a, const TermContribution& b) {
        return std::abs(a.product) > std::abs(b.product);
    });
    all.resize(std::min<std::size_t>(all.size(), kContributions));
    term.contributions = std::move(all);
    return term;
}

GateEquation GateArithmetic::gate(int layer, int block, core::Index unit, core::Index t,
                                  GateEquation::Activation activation) const {
    const session::ProbeLayerTrace& traced = m_trace->layers[std::size_t(layer)];
    const core::Index hidden = traced.hidden.cols();
    const core::Index row = block * hidden + unit;
    const QString name = QString::fromStdString(traced.gateNames[std::size_t(block)]);
    const auto weightIh = m_network->parameter(parameterName("weight_ih", layer));
    const auto weightHh = m_network->parameter(parameterName("weight_hh", layer));
    const auto biasIh = m_network->parameter(parameterName("bias_ih", layer));
    const auto biasHh = m_network->parameter(parameterName("bias_hh", layer));

    GateEquation equation;
    equation.name = name;
    equation.activation = activation;
    equation.terms.push_back(
        dot(u"W_%1·x_t"_s.arg(name), u"x_t"_s, weightIh.row(row), layerInput(placeOf(layer), t)));
    equation.terms.push_back(dot(u"U_%1·h_{t−1}"_s.arg(name), u"h_{t−1}"_s, weightHh.row(row),
                                 stateBefore(layer, traced.hidden, t)));
    equation.terms.push_back({u"b_%1"_s.arg(name), biasIh(row, 0) + biasHh(row, 0), {}});
    equation.traced = tracedAt(traced.gates[std::size_t(block)], t, unit);
    settle(equation);
    return equation;
}

std::vector<GateEquation> GateArithmetic::lstm(int layer, core::Index unit, core::Index t) const {
    using A = GateEquation::Activation;
    const session::ProbeLayerTrace& traced = m_trace->layers[std::size_t(layer)];
    GateEquation i = gate(layer, 0, unit, t, A::Sigmoid);
    GateEquation f = gate(layer, 1, unit, t, A::Sigmoid);
    GateEquation g = gate(layer, 2, unit, t, A::Tanh);
    GateEquation o = gate(layer, 3, unit, t, A::Sigmoid);
    const double cellBefore = stateBefore(layer, traced.cell, t)[unit];
    const bool peephole = m_network->spec().layers[std::size_t(placeOf(layer).level)].cell ==
                          core::CellKind::PeepholeLstm;
    auto peep = [&](GateEquation& e, const char* stem, const QString& symbol, double c) {
        e.terms.push_back(
            product(symbol, m_network->parameter(parameterName(stem, layer))(unit, 0), c));
        settle(e);
    };
    if (peephole) {
        peep(i, "weight_peephole_i", u"p_i⊙c_{t−1}"_s, cellBefore);
        peep(f, "weight_peephole_f", u"p_f⊙c_{t−1}"_s, cellBefore);
    }
    GateEquation c{
        u"c"_s,
        A::Identity,
        {product(u"f_t⊙c_{t−1}"_s, f.value, cellBefore), product(u"i_t⊙g_t"_s, i.value, g.value)},
        0.0,
        0.0,
        tracedAt(traced.cell, t, unit)};
    settle(c);
    if (peephole)
        peep(o, "weight_peephole_o", u"p_o⊙c_t"_s, c.value);
    GateEquation h{u"h"_s, A::Identity, {product(u"o_t⊙tanh(c_t)"_s, o.value, std::tanh(c.value))},
                   0.0,    0.0,         tracedAt(traced.hidden, t, unit)};
    settle(h);
    return {i, f, g, o, c, h};
}

std::vector<GateEquation> GateArithmetic::gru(int layer, core::Index unit, core::Index t) const {
    using A = GateEquation::Activation;
    const session::ProbeLayerTrace& traced = m_trace->layers[std::size_t(layer)];
    const core::Index hidden = traced.hidden.cols();
    GateEquation r = gate(layer, 0, unit, t, A::Sigmoid);
    GateEquation z = gate(layer, 1, unit, t, A::Sigmoid);
    GateEquation n = gate(layer, 2, unit, t, A::Tanh);
    // n_t = tanh(W_n x_t + b_in + r_t ⊙ (U_n h_{t−1} + b_hn)): the reset gate scales the
    // recurrent part and its bias together.
    const core::Index row = 2 * hidden + unit;
    const double recurrent = n.terms[1].value;
    const double biasHn = m_network->parameter(parameterName("bias_hh", layer))(row, 0);
    const double biasIn = m_network->parameter(parameterName("bias_ih", layer))(row, 0);
    n.terms[1].symbol = u"r_t⊙(U_n·h_{t−1} + b_hn)"_s;
    n.terms[1].value = r.value * (recurrent + biasHn);
    n.terms[2] = {u"b_in"_s, biasIn, {}};
    settle(n);
    const double hiddenBefore = stateBefore(layer, traced.hidden, t)[unit];
    GateEquation h{u"h"_s,
                   A::Identity,
                   {product(u"(1−z_t)⊙n_t"_s, 1.0 - z.value, n.value),
                    product(u"z_t⊙h_{t−1}"_s, z.value, hiddenBefore)},
                   0.0,
                   0.0,
                   tracedAt(traced.hidden, t, unit)};
    settle(h);
    return {r, z, n, h};
}

std::vector<GateEquation> GateArithmetic::rnn(int layer, core::Index unit, core::Index t) const {
    const bool relu = m_network->spec().layers[std::size_t(placeOf(layer).level)].activation ==
                      core::Activation::Relu;
    return {gate(layer, 0, unit, t,
                 relu ? GateEquation::Activation::Relu : GateEquation::Activation::Tanh)};
}

std::vector<GateEquation> GateArithmetic::equations(int layer, core::Index unit,
                                                    core::Index step) const {
    if (!unavailableReason(layer).isEmpty())
        return {};
    const session::ProbeLayerTrace& traced = m_trace->layers[std::size_t(layer)];
    if (unit < 0 || unit >= traced.hidden.cols() || step < 0 || step >= m_trace->steps)
        return {};
    std::vector<GateEquation> out;
    switch (m_network->spec().layers[std::size_t(placeOf(layer).level)].cell) {
    case core::CellKind::Lstm:
    case core::CellKind::PeepholeLstm:
        out = lstm(layer, unit, step);
        break;
    case core::CellKind::Gru:
        out = gru(layer, unit, step);
        break;
    case core::CellKind::Rnn:
        out = rnn(layer, unit, step);
        break;
    }
    if (placeOf(layer).reverse) // a reverse direction comes from step t+1
        for (GateEquation& e : out)
            for (GateTerm& term : e.terms) {
                term.symbol.replace(u"t−1"_s, u"t+1"_s);
                for (TermContribution& c : term.contributions)
                    c.source.replace(u"t−1"_s, u"t+1"_s);
            }
    return out;
}

} // namespace app
