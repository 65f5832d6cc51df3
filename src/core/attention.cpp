#include "core/attention.h"

#include <cassert>
#include <cmath>
#include <stdexcept>

namespace core {

namespace {

/** Offsets of each additive parameter tensor in the attention's flat slice. */
struct AttentionOffsets {
    Index queryWeight, keyWeight, bias, scoreWeight, end;
    AttentionOffsets(Index query, Index key, Index attention)
        : queryWeight(0)
        , keyWeight(queryWeight + attention * query)
        , bias(keyWeight + attention * key)
        , scoreWeight(bias + attention)
        , end(scoreWeight + attention) {}
};

template <typename T>
using SequenceMap = Eigen::Map<Matrix<T>, 0, Eigen::OuterStride<>>;
template <typename T>
using ConstSequenceMap = Eigen::Map<const Matrix<T>, 0, Eigen::OuterStride<>>;

/** The rows of sequence b in a sequence batch, one per step: every batch-th row from row b. */
template <typename T>
ConstSequenceMap<T> sequenceRows(const Matrix<T>& m, Index b, Index batch) {
    return ConstSequenceMap<T>(m.data() + b * m.cols(), m.rows() / batch, m.cols(),
                               Eigen::OuterStride<>(batch * m.cols()));
}
template <typename T>
SequenceMap<T> sequenceRows(Matrix<T>& m, Index b, Index batch) {
    return SequenceMap<T>(m.data() + b * m.cols(), m.rows() / batch, m.cols(),
                          Eigen::OuterStride<>(batch * m.cols()));
}

/** Turns scores into their softmax, in place; subtracting the maximum keeps exp() finite. */
template <typename Row>
void softmaxInPlace(Row&& row) {
    const auto peak = row.maxCoeff();
    row.array() = (row.array() - peak).exp();
    row /= row.sum();
}

} // namespace

template <typename T>
Attention<T>::Attention(AttentionKind kind, Index querySize, Index keySize, Index attentionSize)
    : m_kind(kind)
    , m_querySize(querySize)
    , m_keySize(keySize)
    , m_attentionSize(attentionSize) {
    if (kind == AttentionKind::None)
        throw std::invalid_argument("Attention: kind none has no attention to compute");
    if (querySize < 1 || keySize < 1 || (kind == AttentionKind::Additive && attentionSize < 1))
        throw std::invalid_argument("Attention: sizes must be at least 1");
    if (kind == AttentionKind::Dot && querySize != keySize)
        throw std::invalid_argument("Attention: dot attention needs queries as wide as keys");
}

template <typename T>
std::vector<ParameterShape> Attention<T>::parameterShapes() const {
    if (m_kind != AttentionKind::Additive)
        return {};
    const Index attention = m_attentionSize;
    return {{"query_weight", attention, m_querySize},
            {"key_weight", attention, m_keySize},
            {"bias", attention, 1},
            {"score_weight", attention, 1}};
}

template <typename T>
Index Attention<T>::parameterCount() const {
    if (m_kind != AttentionKind::Additive)
        return 0;
    return AttentionOffsets(m_querySize, m_keySize, m_attentionSize).end;
}

template <typename T>
void Attention<T>::bind(const T* parameters, T* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

template <typename T>
void Attention<T>::forward(const Matrix<T>& keys, Index batch, const Lengths& keyLengths,
                           const Matrix<T>& queries, Matrix<T>& contexts) {
    assert(batch > 0 && keys.rows() % batch == 0 && queries.rows() % batch == 0);
    assert(keys.cols() == m_keySize && queries.cols() == m_querySize);
    assert(keyLengths.empty() || static_cast<Index>(keyLengths.size()) == batch);
    assert(&contexts != &keys && &contexts != &queries);
    m_keys = &keys;
    m_queries = &queries;
    m_batch = batch;
    m_keySteps = keys.rows() / batch;
    m_querySteps = queries.rows() / batch;
    if (keyLengths.empty())
        m_lengths.assign(static_cast<std::size_t>(batch), m_keySteps);
    else
        m_lengths = keyLengths;

    m_weights.setZero(m_querySteps * batch, m_keySteps);
    if (m_kind == AttentionKind::Additive)
        projectAdditive();
    contexts.setZero(m_querySteps * batch, m_keySize);
    for (Index b = 0; b < batch; ++b) {
        const Index valid = length(b);
        assert(valid >= 0 && valid <= m_keySteps);
        if (valid == 0)
            continue;
        const auto keysOfB = sequenceRows(keys, b, batch).topRows(valid);
        auto scores = sequenceRows(m_weights, b, batch).leftCols(valid);
        if (m_kind == AttentionKind::Dot)
            scores.noalias() = sequenceRows(queries, b, batch) * keysOfB.transpose();
        else
            scoreAdditive(b);
        for (Index j = 0; j < m_querySteps; ++j)
            softmaxInPlace(scores.row(j));
        sequenceRows(contexts, b, batch).noalias() = scores * keysOfB;
    }
}

template <typename T>
void Attention<T>::projectAdditive() {
    const Index attention = m_attentionSize;
    const AttentionOffsets at(m_querySize, m_keySize, attention);
    const ConstMatrixMap<T> queryWeight(m_parameters + at.queryWeight, attention, m_querySize);
    const ConstMatrixMap<T> keyWeight(m_parameters + at.keyWeight, attention, m_keySize);
    const Eigen::Map<const RowVector<T>> bias(m_parameters + at.bias, attention);

    // W_k k_s for every key of the batch in one GEMM, W_q q_j + b for every query in another.
    m_keyProjection.resize(m_keySteps * m_batch, attention);
    m_keyProjection.noalias() = *m_keys * keyWeight.transpose();
    m_queryProjection.resize(m_querySteps * m_batch, attention);
    m_queryProjection.noalias() = *m_queries * queryWeight.transpose();
    m_queryProjection.rowwise() += bias;
    m_hidden.resize(m_querySteps * m_batch * m_keySteps, attention);
}

template <typename T>
void Attention<T>::scoreAdditive(Index b) {
    const Index attention = m_attentionSize, valid = length(b);
    const AttentionOffsets at(m_querySize, m_keySize, attention);
    const Eigen::Map<const RowVector<T>> scoreWeight(m_parameters + at.scoreWeight, attention);
    const auto keyProjection = sequenceRows(m_keyProjection, b, m_batch).topRows(valid);
    auto scores = sequenceRows(m_weights, b, m_batch);
    for (Index j = 0; j < m_querySteps; ++j) {
        const Index row = j * m_batch + b;
        auto hidden = m_hidden.middleRows(row * m_keySteps, valid);
        hidden.array() = (keyProjection.rowwise() + m_queryProjection.row(row)).array().tanh();
        scores.row(j).head(valid).noalias() = scoreWeight * hidden.transpose();
    }
}

template <typename T>
void Attention<T>::backward(const Matrix<T>& dContexts, Matrix<T>& dKeys, Matrix<T>& dQueries) {
    const Index batch = m_batch;
    assert(dContexts.rows() == m_querySteps * batch && dContexts.cols() == m_keySize);
    const bool additive = m_kind == AttentionKind::Additive;
    dKeys.setZero(m_keySteps * batch, m_keySize);
    dQueries.setZero(m_querySteps * batch, m_querySize);
    m_dScores.setZero(m_querySteps * batch, m_keySteps);
    if (additive) {
        m_dKeyProjection.setZero(m_keySteps * batch, m_attentionSize);
        m_dQueryProjection.setZero(m_querySteps * batch, m_attentionSize);
        m_dHidden.resize(m_keySteps, m_attentionSize);
    }
    for (Index b = 0; b < batch; ++b) {
        const Index valid = length(b);
        if (valid == 0)
            continue;
        const auto keysOfB = sequenceRows(*m_keys, b, batch).topRows(valid);
        const auto alpha = sequenceRows(m_weights, b, batch).leftCols(valid);
        const auto dContextsOfB = sequenceRows(dContexts, b, batch);
        auto dScores = sequenceRows(m_dScores, b, batch).leftCols(valid);
        dScores.noalias() = dContextsOfB * keysOfB.transpose(); // dα
        for (Index j = 0; j < m_querySteps; ++j) {              // de, through the softmax
            const T expected = alpha.row(j).dot(dScores.row(j));
            dScores.row(j).array() = alpha.row(j).array() * (dScores.row(j).array() - expected);
        }
        auto dKeysOfB = sequenceRows(dKeys, b, batch).topRows(valid);
        dKeysOfB.noalias() = alpha.transpose() * dContextsOfB;
        if (additive) {
            backwardAdditive(b);
        } else {
            sequenceRows(dQueries, b, batch).noalias() = dScores * keysOfB;
            dKeysOfB.noalias() += dScores.transpose() * sequenceRows(*m_queries, b, batch);
        }
    }
    if (additive)
        finishAdditiveBackward(dKeys, dQueries);
}

template <typename T>
void Attention<T>::backwardAdditive(Index b) {
    const Index attention = m_attentionSize, valid = length(b);
    const AttentionOffsets at(m_querySize, m_keySize, attention);
    const Eigen::Map<const RowVector<T>> scoreWeight(m_parameters + at.scoreWeight, attention);
    Eigen::Map<RowVector<T>> gradScoreWeight(m_gradients + at.scoreWeight, attention);
    const auto dScores = sequenceRows(m_dScores, b, m_batch).leftCols(valid);
    auto dKeyProjection = sequenceRows(m_dKeyProjection, b, m_batch).topRows(valid);
    auto dHidden = m_dHidden.topRows(valid);
    for (Index j = 0; j < m_querySteps; ++j) {
        const Index row = j * m_batch + b;
        const auto hidden = m_hidden.middleRows(row * m_keySteps, valid);
        const auto de = dScores.row(j);
        dHidden.array() =
            ((T(1) - hidden.array().square()).rowwise() * scoreWeight.array()).colwise() *
            de.transpose().array();
        gradScoreWeight.noalias() += de * hidden;
        m_dQueryProjection.row(row) = dHidden.colwise().sum();
        dKeyProjection += dHidden;
    }
}

template <typename T>
void Attention<T>::finishAdditiveBackward(Matrix<T>& dKeys, Matrix<T>& dQueries) {
    const Index attention = m_attentionSize;
    const AttentionOffsets at(m_querySize, m_keySize, attention);
    const ConstMatrixMap<T> queryWeight(m_parameters + at.queryWeight, attention, m_querySize);
    const ConstMatrixMap<T> keyWeight(m_parameters + at.keyWeight, attention, m_keySize);
    MatrixMap<T> gradQueryWeight(m_gradients + at.queryWeight, attention, m_querySize);
    MatrixMap<T> gradKeyWeight(m_gradients + at.keyWeight, attention, m_keySize);
    Eigen::Map<RowVector<T>> gradBias(m_gradients + at.bias, attention);

    // Every dz_{j,s} is in exactly one row of m_dQueryProjection, so its column sums are ∂L/∂b.
    gradBias += m_dQueryProjection.colwise().sum();
    gradQueryWeight.noalias() += m_dQueryProjection.transpose() * (*m_queries);
    gradKeyWeight.noalias() += m_dKeyProjection.transpose() * (*m_keys);
    dQueries.noalias() = m_dQueryProjection * queryWeight;
    dKeys.noalias() += m_dKeyProjection * keyWeight;
}

template <typename T>
std::size_t Attention<T>::activationBytes() const {
    const auto elements =
        m_weights.size() + m_keyProjection.size() + m_queryProjection.size() + m_hidden.size();
    return static_cast<std::size_t>(elements) * sizeof(T);
}

template class Attention<float>;
template class Attention<double>;

} // namespace core
