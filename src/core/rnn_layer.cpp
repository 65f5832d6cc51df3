#include "core/rnn_layer.h"

namespace core {

namespace {

/** Offsets of each parameter tensor in the layer's flat slice. */
struct RnnOffsets {
    Index weightIh, weightHh, biasIh, biasHh;
    RnnOffsets(Index input, Index hidden)
        : weightIh(0)
        , weightHh(weightIh + hidden * input)
        , biasIh(weightHh + hidden * hidden)
        , biasHh(biasIh + hidden) {}
};

} // namespace

template <typename T>
RnnLayer<T>::RnnLayer(const RecurrentLayerConfig& config)
    : RecurrentLayer<T>(config) {}

template <typename T>
std::vector<ParameterShape> RnnLayer<T>::parameterShapes() const {
    const Index input = this->inputSize(), hidden = this->hiddenSize();
    return {{"weight_ih", hidden, input},
            {"weight_hh", hidden, hidden},
            {"bias_ih", hidden, 1},
            {"bias_hh", hidden, 1}};
}

template <typename T>
void RnnLayer<T>::bind(const T* parameters, T* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

template <typename T>
void RnnLayer<T>::forward(const Matrix<T>& x, Index batch, const Lengths& lengths,
                          const RecurrentState<T>* initial, Matrix<T>& y, RecurrentState<T>& final,
                          LayerTrace<T>* trace) {
    const Index input = this->inputSize(), hidden = this->hiddenSize();
    const RnnOffsets at(input, hidden);
    const ConstMatrixMap<T> weightIh(m_parameters + at.weightIh, hidden, input);
    const Eigen::Map<const RowVector<T>> biasIh(m_parameters + at.biasIh, hidden);
    const Eigen::Map<const RowVector<T>> biasHh(m_parameters + at.biasHh, hidden);

    m_x = &x;
    m_batch = batch;
    m_steps = x.rows() / batch;
    m_lengths = isFullBatch(lengths, m_steps) ? Lengths{} : lengths;

    // The whole input projection of the sequence in one GEMM, straight into the blocks that will
    // hold the states after each step (blocks 1…S forward, 0…S−1 reverse).
    m_h.resize((m_steps + 1) * batch, hidden);
    const Index afterStart = blockAfter(0) * batch;
    auto projection = m_h.middleRows(afterStart, m_steps * batch);
    projection.noalias() = x * weightIh.transpose();
    projection.rowwise() += biasIh + biasHh;

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
    if (trace) {
        trace->gateNames = {"a"};
        trace->hidden = m_h.middleRows(afterStart, m_steps * batch);
        trace->gates.assign(1, trace->hidden);
        trace->cell.resize(0, 0);
    }
}

template <typename T>
void RnnLayer<T>::forwardStep(Index t) {
    const Index hidden = this->hiddenSize(), batch = m_batch;
    const RnnOffsets at(this->inputSize(), hidden);
    const ConstMatrixMap<T> weightHh(m_parameters + at.weightHh, hidden, hidden);

    const auto hPrev = stepRows(m_h, blockBefore(t), batch);
    auto hNext = stepRows(m_h, blockAfter(t), batch); // holds W_ih x_t + b_ih + b_hh
    hNext.noalias() += hPrev * weightHh.transpose();
    if (this->config().activation == Activation::Relu)
        hNext.array() = hNext.array().max(T(0));
    else
        hNext.array() = hNext.array().tanh();

    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b))
                hNext.row(b) = hPrev.row(b);
}

template <typename T>
void RnnLayer<T>::backward(const Matrix<T>& dy, const RecurrentState<T>* dFinal, Matrix<T>& dx,
                           RecurrentState<T>* dInitial, LayerTrace<T>* trace) {
    const Index input = this->inputSize(), hidden = this->hiddenSize(), batch = m_batch;
    const RnnOffsets at(input, hidden);
    const ConstMatrixMap<T> weightIh(m_parameters + at.weightIh, hidden, input);
    MatrixMap<T> gradWeightIh(m_gradients + at.weightIh, hidden, input);
    MatrixMap<T> gradWeightHh(m_gradients + at.weightHh, hidden, hidden);
    Eigen::Map<RowVector<T>> gradBiasIh(m_gradients + at.biasIh, hidden);
    Eigen::Map<RowVector<T>> gradBiasHh(m_gradients + at.biasHh, hidden);

    m_backwardTrace = trace;
    if (trace) {
        trace->hiddenGradientNorm.assign(static_cast<std::size_t>(m_steps), 0.0);
        trace->cellGradientNorm.clear();
    }
    m_dA.resize(m_steps * batch, hidden);
    m_dhPrev.resize(batch, hidden);
    if (dFinal)
        m_dh = dFinal->h;
    else
        m_dh.setZero(batch, hidden);
    for (Index k = m_steps - 1; k >= 0; --k) {
        backwardStep(timeAt(k), dy);
        this->dropCarryAtChunkStart(timeAt(k), m_steps, m_lengths, m_dh, nullptr);
    }

    const Index prevStart = blockBefore(0) * batch; // forward: blocks 0…S−1; reverse: 1…S
    gradWeightIh.noalias() += m_dA.transpose() * (*m_x);
    gradWeightHh.noalias() += m_dA.transpose() * m_h.middleRows(prevStart, m_steps * batch);
    const RowVector<T> biasGradient = m_dA.colwise().sum();
    gradBiasIh += biasGradient;
    gradBiasHh += biasGradient;
    dx.resize(m_steps * batch, input);
    dx.noalias() = m_dA * weightIh;
    if (dInitial) {
        dInitial->h = m_dh;
        dInitial->c.resize(0, 0);
    }
}

template <typename T>
void RnnLayer<T>::backwardStep(Index t, const Matrix<T>& dy) {
    const Index hidden = this->hiddenSize(), batch = m_batch;
    const RnnOffsets at(this->inputSize(), hidden);
    const ConstMatrixMap<T> weightHh(m_parameters + at.weightHh, hidden, hidden);

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

    const auto h = stepRows(m_h, blockAfter(t), batch).array();
    auto dA = stepRows(m_dA, t, batch);
    if (this->config().activation == Activation::Relu)
        dA.array() = (h > T(0)).select(m_dh.array(), T(0));
    else
        dA.array() = m_dh.array() * (1 - h.square());
    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b))
                dA.row(b).setZero();

    m_dhPrev.noalias() = dA * weightHh;
    if (!m_lengths.empty())
        for (Index b = 0; b < batch; ++b)
            if (isPadding(t, b)) // h_t is a copy of h_{t−1}
                m_dhPrev.row(b) = m_dh.row(b);
    m_dh.swap(m_dhPrev);
}

template <typename T>
std::size_t RnnLayer<T>::activationBytes() const {
    return static_cast<std::size_t>(m_h.size()) * sizeof(T);
}

template class RnnLayer<float>;
template class RnnLayer<double>;

} // namespace core
