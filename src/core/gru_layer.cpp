#include "core/gru_layer.h"

namespace core {

namespace {

/** Offsets of each parameter tensor in the layer's flat slice. */
struct GruOffsets {
    Index weightIh, weightHh, biasIh, biasHh;
    GruOffsets(Index input, Index hidden)
        : weightIh(0)
        , weightHh(weightIh + 3 * hidden * input)
        , biasIh(weightHh + 3 * hidden * hidden)
        , biasHh(biasIh + 3 * hidden) {}
};

} // namespace

template <typename T>
GruLayer<T>::GruLayer(const RecurrentLayerConfig& config)
    : RecurrentLayer<T>(config) {}

template <typename T>
std::vector<ParameterShape> GruLayer<T>::parameterShapes() const {
    const Index input = this->inputSize(), hidden = this->hiddenSize();
    return {{"weight_ih", 3 * hidden, input},
            {"weight_hh", 3 * hidden, hidden},
            {"bias_ih", 3 * hidden, 1},
            {"bias_hh", 3 * hidden, 1}};
}

template <typename T>
void GruLayer<T>::bind(const T* parameters, T* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

template <typename T>
void GruLayer<T>::forward(const Matrix<T>& x, Index batch, const Lengths& lengths,
                          const RecurrentState<T>* initial, Matrix<T>& y, RecurrentState<T>& final,
                          LayerTrace<T>* trace) {
    const Index input = this->inputSize(), hidden = this->hiddenSize();
    const GruOffsets at(input, hidden);
    const ConstMatrixMap<T> weightIh(m_parameters + at.weightIh, 3 * hidden, input);
    const Eigen::Map<const RowVector<T>> biasIh(m_parameters + at.biasIh, 3 * hidden);
    const Eigen::Map<const RowVector<T>> biasHh(m_parameters + at.biasHh, 3 * hidden);

    m_x = &x;
    m_batch = batch;
    m_steps = x.rows() / batch;
    m_lengths = isFullBatch(lengths, m_steps) ? Lengths{} : lengths;

    // The whole input projection of the sequence in one GEMM; b_hn stays inside r ⊙ (…).
    m_inputBias = biasIh;
    m_inputBias.head(2 * hidden) += biasHh.head(2 * hidden);
    m_gates.resize(m_steps * batch, 3 * hidden);
    m_gates.noalias() = x * weightIh.transpose();
    m_gates.rowwise() += m_inputBias;

    m_hn.resize(m_steps * batch, hidden);
    m_h.resize((m_steps + 1) * batch, hidden);
    m_hiddenProduct.resize(batch, 3 * hidden);
    const Index first = blockBefore(timeAt(0));
    if (initial)
        stepRows(m_h, first, batch) = initial->h;
    else
        stepRows(m_h, first, batch).setZero();
    for (Index k = 0; k < m_steps; ++k)
        forwardStep(timeAt(k));

    y.resize(m_steps * batch, hidden);
    for (Index t = 0; t < m_steps; ++t) {
        auto out = stepRows(y, t, batch);
        out = stepRows(m_h, blockAfter(t), batch);
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b))
                out.row(b).setZero();
    }
    final.h = stepRows(m_h, blockAfter(timeAt(m_steps - 1)), batch);
    final.c.resize(0, 0);
    if (trace)
        recordForwardTrace(*trace);
}

template <typename T>
void GruLayer<T>::forwardStep(Index t) {
    const Index hidden = this->hiddenSize(), batch = m_batch;
    const GruOffsets at(this->inputSize(), hidden);
    const ConstMatrixMap<T> weightHh(m_parameters + at.weightHh, 3 * hidden, hidden);
    const Eigen::Map<const RowVector<T>> biasHn(m_parameters + at.biasHh + 2 * hidden, hidden);

    const auto hPrev = stepRows(m_h, blockBefore(t), batch);
    auto hNext = stepRows(m_h, blockAfter(t), batch);
    auto gates = stepRows(m_gates, t, batch); // holds the input projection and its biases
    auto hn = stepRows(m_hn, t, batch);
    m_hiddenProduct.noalias() = hPrev * weightHh.transpose();

    auto rz = gates.leftCols(2 * hidden).array();
    rz = (rz + m_hiddenProduct.leftCols(2 * hidden).array()).logistic();
    hn = m_hiddenProduct.rightCols(hidden).rowwise() + biasHn;
    const auto r = gates.leftCols(hidden).array();
    const auto z = gates.middleCols(hidden, hidden).array();
    auto n = gates.rightCols(hidden).array();
    n = (n + r * hn.array()).tanh();
    hNext.array() = n + z * (hPrev.array() - n);

    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b))
                hNext.row(b) = hPrev.row(b);
}

template <typename T>
void GruLayer<T>::backward(const Matrix<T>& dy, const RecurrentState<T>* dFinal, Matrix<T>& dx,
                           RecurrentState<T>* dInitial, LayerTrace<T>* trace) {
    const Index input = this->inputSize(), hidden = this->hiddenSize(), batch = m_batch;
    const GruOffsets at(input, hidden);
    const ConstMatrixMap<T> weightIh(m_parameters + at.weightIh, 3 * hidden, input);
    MatrixMap<T> gradWeightIh(m_gradients + at.weightIh, 3 * hidden, input);
    MatrixMap<T> gradWeightHh(m_gradients + at.weightHh, 3 * hidden, hidden);
    Eigen::Map<RowVector<T>> gradBiasIh(m_gradients + at.biasIh, 3 * hidden);
    Eigen::Map<RowVector<T>> gradBiasHh(m_gradients + at.biasHh, 3 * hidden);

    m_backwardTrace = trace;
    if (trace) {
        trace->hiddenGradientNorm.assign(static_cast<std::size_t>(m_steps), 0.0);
        trace->cellGradientNorm.clear();
    }
    m_dHidden.resize(m_steps * batch, 3 * hidden);
    m_dNew.resize(m_steps * batch, hidden);
    m_dhPrev.resize(batch, hidden);
    if (dFinal)
        m_dh = dFinal->h;
    else
        m_dh.setZero(batch, hidden);
    for (Index k = m_steps - 1; k >= 0; --k) {
        backwardStep(timeAt(k), dy);
        this->dropCarryAtChunkStart(timeAt(k), m_steps, m_lengths, m_dh, nullptr);
    }

    // r and z see the same gradient from both sides; n's input side gets da_n, its hidden dhn.
    const Index prevStart = blockBefore(0) * batch; // forward: blocks 0…S−1; reverse: 1…S
    const auto dGatesRz = m_dHidden.leftCols(2 * hidden);
    gradWeightIh.topRows(2 * hidden).noalias() += dGatesRz.transpose() * (*m_x);
    gradWeightIh.bottomRows(hidden).noalias() += m_dNew.transpose() * (*m_x);
    gradWeightHh.noalias() += m_dHidden.transpose() * m_h.middleRows(prevStart, m_steps * batch);
    gradBiasIh.head(2 * hidden) += dGatesRz.colwise().sum();
    gradBiasIh.tail(hidden) += m_dNew.colwise().sum();
    gradBiasHh += m_dHidden.colwise().sum();
    dx.resize(m_steps * batch, input);
    dx.noalias() = dGatesRz * weightIh.topRows(2 * hidden);
    dx.noalias() += m_dNew * weightIh.bottomRows(hidden);
    if (dInitial) {
        dInitial->h = m_dh;
        dInitial->c.resize(0, 0);
    }
}

template <typename T>
void GruLayer<T>::backwardStep(Index t, const Matrix<T>& dy) {
    const Index hidden = this->hiddenSize(), batch = m_batch;
    const GruOffsets at(this->inputSize(), hidden);
    const ConstMatrixMap<T> weightHh(m_parameters + at.weightHh, 3 * hidden, hidden);

    // Padded outputs are constant zeros: their dy does not reach the state.
    const auto dyRows = stepRows(dy, t, batch);
    if (m_lengths.empty())
        m_dh += dyRows;
    else
        for (Index b = 0; b < batch; ++b)
            if (!isPadding(t, b))
                m_dh.row(b) += dyRows.row(b);
    if (m_backwardTrace)
        m_backwardTrace->hiddenGradientNorm[static_cast<std::size_t>(t)] = double(m_dh.norm());

    const auto gates = stepRows(m_gates, t, batch);
    const auto r = gates.leftCols(hidden).array();
    const auto z = gates.middleCols(hidden, hidden).array();
    const auto n = gates.rightCols(hidden).array();
    const auto hn = stepRows(m_hn, t, batch).array();
    const auto hPrev = stepRows(m_h, blockBefore(t), batch).array();
    const auto dh = m_dh.array();
    auto dHidden = stepRows(m_dHidden, t, batch);
    auto dNew = stepRows(m_dNew, t, batch);
    auto dR = dHidden.leftCols(hidden).array();
    auto dZ = dHidden.middleCols(hidden, hidden).array();
    auto dHn = dHidden.rightCols(hidden).array();

    dNew.array() = dh * (1 - z) * (1 - n.square());
    dZ = dh * (hPrev - n) * z * (1 - z);
    dR = dNew.array() * hn * r * (1 - r);
    dHn = dNew.array() * r;
    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b)) {
                dHidden.row(b).setZero();
                dNew.row(b).setZero();
            }

    m_dhPrev.noalias() = dHidden * weightHh;
    m_dhPrev.array() += dh * z;
    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b)) // h_t is a copy of h_{t−1}
                m_dhPrev.row(b) = m_dh.row(b);
    m_dh.swap(m_dhPrev);
}

template <typename T>
void GruLayer<T>::recordForwardTrace(LayerTrace<T>& trace) const {
    const Index hidden = this->hiddenSize();
    trace.gateNames = {"r", "z", "n"};
    trace.gates.resize(3);
    for (Index gate = 0; gate < 3; ++gate)
        trace.gates[static_cast<std::size_t>(gate)] = m_gates.middleCols(gate * hidden, hidden);
    trace.cell.resize(0, 0);
    trace.hidden = m_h.middleRows(blockAfter(0) * m_batch, m_steps * m_batch);
}

template <typename T>
std::size_t GruLayer<T>::activationBytes() const {
    const auto elements = m_gates.size() + m_hn.size() + m_h.size();
    return static_cast<std::size_t>(elements) * sizeof(T);
}

template class GruLayer<float>;
template class GruLayer<double>;

} // namespace core
