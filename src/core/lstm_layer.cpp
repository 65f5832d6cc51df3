#include "core/lstm_layer.h"

#include <cmath>

namespace core {

namespace {

/** Offsets of each parameter tensor in the layer's flat slice. */
struct LstmOffsets {
    Index weightIh, weightHh, biasIh, biasHh, peephole, end;
    LstmOffsets(Index input, Index hidden, bool withPeephole)
        : weightIh(0)
        , weightHh(weightIh + 4 * hidden * input)
        , biasIh(weightHh + 4 * hidden * hidden)
        , biasHh(biasIh + 4 * hidden)
        , peephole(biasHh + 4 * hidden)
        , end(peephole + (withPeephole ? 3 * hidden : 0)) {}
};

template <typename T>
auto sigmoidDerivative(const T& activated) {
    return activated * (1 - activated);
}

} // namespace

template <typename T>
LstmLayer<T>::LstmLayer(const RecurrentLayerConfig& config)
    : RecurrentLayer<T>(config) {}

template <typename T>
std::vector<ParameterShape> LstmLayer<T>::parameterShapes() const {
    const Index input = this->inputSize(), hidden = this->hiddenSize();
    std::vector<ParameterShape> shapes = {{"weight_ih", 4 * hidden, input},
                                          {"weight_hh", 4 * hidden, hidden},
                                          {"bias_ih", 4 * hidden, 1},
                                          {"bias_hh", 4 * hidden, 1}};
    if (peephole()) {
        shapes.push_back({"weight_peephole_i", hidden, 1});
        shapes.push_back({"weight_peephole_f", hidden, 1});
        shapes.push_back({"weight_peephole_o", hidden, 1});
    }
    return shapes;
}

template <typename T>
void LstmLayer<T>::bind(const T* parameters, T* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

template <typename T>
void LstmLayer<T>::forward(const Matrix<T>& x, Index batch, const Lengths& lengths,
                           const RecurrentState<T>* initial, Matrix<T>& y, RecurrentState<T>& final,
                           LayerTrace<T>* trace) {
    const Index input = this->inputSize(), hidden = this->hiddenSize();
    const LstmOffsets at(input, hidden, peephole());
    const ConstMatrixMap<T> weightIh(m_parameters + at.weightIh, 4 * hidden, input);
    const Eigen::Map<const RowVector<T>> biasIh(m_parameters + at.biasIh, 4 * hidden);
    const Eigen::Map<const RowVector<T>> biasHh(m_parameters + at.biasHh, 4 * hidden);

    m_x = &x;
    m_batch = batch;
    m_steps = x.rows() / batch;
    m_lengths = isFullBatch(lengths, m_steps) ? Lengths{} : lengths;

    // The whole input projection of the sequence in one GEMM.
    m_gates.resize(m_steps * batch, 4 * hidden);
    m_gates.noalias() = x * weightIh.transpose();
    m_gates.rowwise() += biasIh + biasHh;

    m_h.resize((m_steps + 1) * batch, hidden);
    m_c.resize((m_steps + 1) * batch, hidden);
    m_tanhCell.resize(m_steps * batch, hidden);
    const Index first = blockBefore(timeAt(0));
    if (initial) {
        stepRows(m_h, first, batch) = initial->h;
        stepRows(m_c, first, batch) = initial->c;
    } else {
        stepRows(m_h, first, batch).setZero();
        stepRows(m_c, first, batch).setZero();
    }
    for (Index k = 0; k < m_steps; ++k)
        forwardStep(timeAt(k));

    y.resize(m_steps * batch, hidden);
    for (Index t = 0; t < m_steps; ++t) {
        auto out = stepRows(y, t, batch);
        out = stepRows(m_h, blockAfter(t), batch);
        if (!m_lengths.empty())
            for (Index b = 0; b < batch; ++b)
                if (t >= m_lengths[static_cast<size_t>(b)])
                    out.row(b).setZero();
    }
    const Index last = blockAfter(timeAt(m_steps - 1));
    final.h = stepRows(m_h, last, batch);
    final.c = stepRows(m_c, last, batch);
    if (trace)
        recordForwardTrace(*trace);
}

template <typename T>
void LstmLayer<T>::forwardStep(Index t) {
    const Index hidden = this->hiddenSize(), batch = m_batch;
    const LstmOffsets at(this->inputSize(), hidden, peephole());
    const ConstMatrixMap<T> weightHh(m_parameters + at.weightHh, 4 * hidden, hidden);

    auto hPrev = stepRows(m_h, blockBefore(t), batch);
    auto cPrev = stepRows(m_c, blockBefore(t), batch);
    auto hNext = stepRows(m_h, blockAfter(t), batch);
    auto cNext = stepRows(m_c, blockAfter(t), batch);
    auto gates = stepRows(m_gates, t, batch);
    gates.noalias() += hPrev * weightHh.transpose();

    auto i = gates.middleCols(0, hidden).array();
    auto f = gates.middleCols(hidden, hidden).array();
    auto g = gates.middleCols(2 * hidden, hidden).array();
    auto o = gates.middleCols(3 * hidden, hidden).array();
    if (peephole()) {
        const Eigen::Map<const RowVector<T>> peepI(m_parameters + at.peephole, hidden);
        const Eigen::Map<const RowVector<T>> peepF(m_parameters + at.peephole + hidden, hidden);
        i += cPrev.array().rowwise() * peepI.array();
        f += cPrev.array().rowwise() * peepF.array();
    }
    const FrozenGates& frozen = this->options().frozenGates;
    if (frozen.input)
        i.setConstant(T(*frozen.input));
    else
        i = i.logistic();
    if (frozen.forget)
        f.setConstant(T(*frozen.forget));
    else
        f = f.logistic();
    g = g.tanh();
    cNext.array() = f * cPrev.array() + i * g;
    if (peephole()) {
        const Eigen::Map<const RowVector<T>> peepO(m_parameters + at.peephole + 2 * hidden, hidden);
        o += cNext.array().rowwise() * peepO.array();
    }
    o = o.logistic();
    auto tanhCell = stepRows(m_tanhCell, t, batch);
    tanhCell.array() = cNext.array().tanh();
    hNext.array() = o * tanhCell.array();

    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (t >= m_lengths[static_cast<size_t>(b)]) {
                hNext.row(b) = hPrev.row(b);
                cNext.row(b) = cPrev.row(b);
            }
}

template <typename T>
void LstmLayer<T>::backward(const Matrix<T>& dy, const RecurrentState<T>* dFinal, Matrix<T>& dx,
                            RecurrentState<T>* dInitial, LayerTrace<T>* trace) {
    const Index input = this->inputSize(), hidden = this->hiddenSize(), batch = m_batch;
    const LstmOffsets at(input, hidden, peephole());
    const ConstMatrixMap<T> weightIh(m_parameters + at.weightIh, 4 * hidden, input);
    MatrixMap<T> gradWeightIh(m_gradients + at.weightIh, 4 * hidden, input);
    MatrixMap<T> gradWeightHh(m_gradients + at.weightHh, 4 * hidden, hidden);
    Eigen::Map<RowVector<T>> gradBiasIh(m_gradients + at.biasIh, 4 * hidden);
    Eigen::Map<RowVector<T>> gradBiasHh(m_gradients + at.biasHh, 4 * hidden);

    m_backwardTrace = trace;
    if (trace) {
        trace->hiddenGradientNorm.assign(static_cast<size_t>(m_steps), 0.0);
        trace->cellGradientNorm.assign(static_cast<size_t>(m_steps), 0.0);
    }
    m_dGates.resize(m_steps * batch, 4 * hidden);
    m_dhPrev.resize(batch, hidden);
    if (dFinal) {
        m_dh = dFinal->h;
        m_dc = dFinal->c;
    } else {
        m_dh.setZero(batch, hidden);
        m_dc.setZero(batch, hidden);
    }
    for (Index k = m_steps - 1; k >= 0; --k) {
        backwardStep(timeAt(k), dy);
        this->dropCarryAtChunkStart(timeAt(k), m_steps, m_lengths, m_dh, &m_dc);
    }

    const Index prevStart = blockBefore(0) * batch; // forward: block 0; reverse: block 1
    gradWeightIh.noalias() += m_dGates.transpose() * (*m_x);
    gradWeightHh.noalias() += m_dGates.transpose() * m_h.middleRows(prevStart, m_steps * batch);
    const RowVector<T> biasGradient = m_dGates.colwise().sum();
    gradBiasIh += biasGradient;
    gradBiasHh += biasGradient;
    dx.resize(m_steps * batch, input);
    dx.noalias() = m_dGates * weightIh;
    if (dInitial) {
        dInitial->h = m_dh;
        dInitial->c = m_dc;
    }
}

template <typename T>
void LstmLayer<T>::backwardStep(Index t, const Matrix<T>& dy) {
    const Index hidden = this->hiddenSize(), batch = m_batch;
    const LstmOffsets at(this->inputSize(), hidden, peephole());
    const ConstMatrixMap<T> weightHh(m_parameters + at.weightHh, 4 * hidden, hidden);
    const bool padded = !m_lengths.empty();

    if (padded) {
        const auto dyStep = stepRows(dy, t, batch);
        for (Index b = 0; b < batch; ++b)
            if (t < m_lengths[static_cast<size_t>(b)]) // a padded step's output is a constant 0
                m_dh.row(b) += dyStep.row(b);
        m_carryH = m_dh;
        m_carryC = m_dc;
    } else {
        m_dh += stepRows(dy, t, batch);
    }
    const auto gates = stepRows(m_gates, t, batch);
    const auto i = gates.middleCols(0, hidden).array();
    const auto f = gates.middleCols(hidden, hidden).array();
    const auto g = gates.middleCols(2 * hidden, hidden).array();
    const auto o = gates.middleCols(3 * hidden, hidden).array();
    const auto tanhCell = stepRows(m_tanhCell, t, batch).array();
    const auto cPrev = stepRows(m_c, blockBefore(t), batch).array();
    const auto cNext = stepRows(m_c, blockAfter(t), batch).array();
    auto dGates = stepRows(m_dGates, t, batch);
    auto dI = dGates.middleCols(0, hidden).array();
    auto dF = dGates.middleCols(hidden, hidden).array();
    auto dG = dGates.middleCols(2 * hidden, hidden).array();
    auto dO = dGates.middleCols(3 * hidden, hidden).array();

    dO = m_dh.array() * tanhCell * sigmoidDerivative(o);
    m_dc.array() += m_dh.array() * o * (1 - tanhCell.square());
    if (peephole()) {
        const Eigen::Map<const RowVector<T>> peepO(m_parameters + at.peephole + 2 * hidden, hidden);
        m_dc.array() += dO.rowwise() * peepO.array();
    }
    if (padded) // a padded step's c_t is a copy of c_{t−1} and does not reach h_t
        for (Index b = 0; b < batch; ++b)
            if (t >= m_lengths[static_cast<size_t>(b)])
                m_dc.row(b) = m_carryC.row(b);
    if (m_backwardTrace) {
        m_backwardTrace->hiddenGradientNorm[static_cast<size_t>(t)] = double(m_dh.norm());
        m_backwardTrace->cellGradientNorm[static_cast<size_t>(t)] = double(m_dc.norm());
    }
    dI = m_dc.array() * g * sigmoidDerivative(i);
    dF = m_dc.array() * cPrev * sigmoidDerivative(f);
    dG = m_dc.array() * i * (1 - g.square());
    const FrozenGates& frozen = this->options().frozenGates;
    if (frozen.input) // a constant: no pre-activation to differentiate
        dI.setZero();
    if (frozen.forget)
        dF.setZero();
    if (padded)
        for (Index b = 0; b < batch; ++b)
            if (t >= m_lengths[static_cast<size_t>(b)])
                dGates.row(b).setZero();

    m_dc.array() *= f;
    if (peephole()) {
        T* grad = m_gradients + at.peephole;
        const Eigen::Map<const RowVector<T>> peepI(m_parameters + at.peephole, hidden);
        const Eigen::Map<const RowVector<T>> peepF(m_parameters + at.peephole + hidden, hidden);
        m_dc.array() += dI.rowwise() * peepI.array() + dF.rowwise() * peepF.array();
        Eigen::Map<RowVector<T>>(grad, hidden) += (dI * cPrev).matrix().colwise().sum();
        Eigen::Map<RowVector<T>>(grad + hidden, hidden) += (dF * cPrev).matrix().colwise().sum();
        Eigen::Map<RowVector<T>>(grad + 2 * hidden, hidden) +=
            (dO * cNext).matrix().colwise().sum();
    }
    m_dh.noalias() = dGates * weightHh;
    if (padded)
        for (Index b = 0; b < batch; ++b)
            if (t >= m_lengths[static_cast<size_t>(b)]) {
                m_dh.row(b) = m_carryH.row(b);
                m_dc.row(b) = m_carryC.row(b);
            }
}

template <typename T>
void LstmLayer<T>::recordForwardTrace(LayerTrace<T>& trace) const {
    const Index hidden = this->hiddenSize();
    trace.gateNames = {"i", "f", "g", "o"};
    trace.gates.resize(4);
    for (Index gate = 0; gate < 4; ++gate)
        trace.gates[static_cast<size_t>(gate)] = m_gates.middleCols(gate * hidden, hidden);
    const Index start = this->config().reverse ? 0 : m_batch;
    trace.cell = m_c.middleRows(start, m_steps * m_batch);
    trace.hidden = m_h.middleRows(start, m_steps * m_batch);
}

template <typename T>
std::size_t LstmLayer<T>::activationBytes() const {
    const auto elements = m_gates.size() + m_h.size() + m_c.size() + m_tanhCell.size();
    return static_cast<std::size_t>(elements) * sizeof(T);
}

template class LstmLayer<float>;
template class LstmLayer<double>;

} // namespace core
