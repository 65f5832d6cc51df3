#include "core/network_executor.h"

#include "core/blas_threads.h"
#include "core/dropout.h"

#include <stdexcept>
#include <string>

namespace core {

template <typename T>
NetworkExecutor<T>::NetworkExecutor(const Network<T>& network)
    : m_network(network)
    , m_spec(network.spec()) {
    BlasThreads::useOne();
    m_gradients.setZero(network.parameterCount());
    Index width = m_spec.inputKind == InputKind::Tokens ? m_spec.embeddingSize : m_spec.inputSize;
    m_levels.resize(m_spec.layers.size());
    for (size_t l = 0; l < m_spec.layers.size(); ++l) {
        const RecurrentLayerSpec& spec = m_spec.layers[l];
        Level& level = m_levels[l];
        level.dropout = spec.dropoutAfter;
        level.directions.resize(spec.bidirectional ? 2 : 1);
        for (size_t d = 0; d < level.directions.size(); ++d) {
            const bool reverse = d == 1;
            auto layer =
                makeRecurrentLayer<T>({spec.cell, width, spec.hidden, reverse, spec.activation});
            const std::string first = "rnn." + layer->parameterShapes().front().name +
                                      Network<T>::layerSuffix(Index(l), reverse);
            const Index offset = offsetOf(first);
            layer->bind(network.values().data() + offset, m_gradients.data() + offset);
            level.directions[d].layer = std::move(layer);
        }
        width = spec.hidden * (spec.bidirectional ? 2 : 1);
    }
    if (m_spec.attention != AttentionKind::None) {
        m_attention =
            std::make_unique<Attention<T>>(m_spec.attention, width, width, m_spec.attentionSize);
        if (!m_attention->parameterShapes().empty()) {
            const Index offset =
                offsetOf("attention." + m_attention->parameterShapes().front().name);
            m_attention->bind(network.values().data() + offset, m_gradients.data() + offset);
        }
    }
    if (m_spec.outputMode == OutputMode::SequenceToSequence) {
        const RecurrentLayerSpec& last = m_spec.layers.back();
        m_decoder = makeRecurrentLayer<T>(
            {last.cell, m_spec.decoderEmbeddingSize, width, false, last.activation});
        const Index offset =
            offsetOf("decoder." + m_decoder->parameterShapes().front().name + "_l0");
        m_decoder->bind(network.values().data() + offset, m_gradients.data() + offset);
    }
}

template <typename T>
Index NetworkExecutor<T>::offsetOf(const std::string& name) const {
    const ParameterInfo* info = m_network.find(name);
    if (!info)
        throw std::logic_error("network has no parameter " + name);
    return info->offset;
}

template <typename T>
void NetworkExecutor<T>::setDropout(bool enabled, std::uint64_t seed) {
    m_dropoutEnabled = enabled;
    m_dropoutSeed = seed;
}

template <typename T>
void NetworkExecutor<T>::setRecurrentOptions(const RecurrentOptions& options) {
    if (std::string error = options.problemFor(m_spec); !error.empty())
        throw std::invalid_argument(error);
    for (Level& level : m_levels)
        for (Direction& direction : level.directions)
            direction.layer->setOptions(options);
    if (m_decoder)
        m_decoder->setOptions(options);
    m_options = options;
}

template <typename T>
const Matrix<T>& NetworkExecutor<T>::embed(const std::vector<int32_t>& tokens,
                                           const std::string& name, Matrix<T>& out) const {
    const ConstMatrixMap<T> table = m_network.parameter(name);
    out.resize(static_cast<Index>(tokens.size()), table.cols());
    for (size_t row = 0; row < tokens.size(); ++row) {
        const int32_t token = tokens[row];
        if (token < 0 || token >= table.rows())
            throw std::invalid_argument("token " + std::to_string(token) +
                                        " is outside the vocabulary of " +
                                        std::to_string(table.rows()));
        out.row(Index(row)) = table.row(token);
    }
    return out;
}

template <typename T>
const Matrix<T>& NetworkExecutor<T>::forward(const SequenceBatch<T>& batch,
                                             NetworkTrace<T>* trace) {
    m_batch = &batch;
    if (trace)
        trace->layers.assign(m_levels.size(), {});
    const Matrix<T>* input = &batch.inputs;
    if (m_spec.inputKind == InputKind::Tokens)
        input = &embed(batch.tokens, "embedding.weight", m_embedded);
    if (input->rows() != batch.steps * batch.batch ||
        input->cols() != (m_levels.front().directions.front().layer->inputSize()))
        throw std::invalid_argument(
            "the input has " + std::to_string(input->cols()) +
            " features per step, the network expects " +
            std::to_string(m_levels.front().directions.front().layer->inputSize()));
    for (size_t l = 0; l < m_levels.size(); ++l) {
        forwardLevel(Index(l), *input, trace);
        input = m_levels[l].feed;
    }
    forwardHead(trace);
    return m_outputs;
}

template <typename T>
void NetworkExecutor<T>::forwardLevel(Index l, const Matrix<T>& input, NetworkTrace<T>* trace) {
    Level& level = m_levels[size_t(l)];
    const SequenceBatch<T>& batch = *m_batch;
    if (trace)
        trace->layers[size_t(l)].resize(level.directions.size());
    for (size_t d = 0; d < level.directions.size(); ++d) {
        Direction& direction = level.directions[d];
        direction.layer->forward(input, batch.batch, batch.lengths, nullptr, direction.output,
                                 direction.final, trace ? &trace->layers[size_t(l)][d] : nullptr);
    }
    const Matrix<T>* output = &level.directions.front().output;
    if (level.directions.size() == 2) {
        const Index hidden = level.directions.front().layer->hiddenSize();
        level.concatenated.resize(output->rows(), 2 * hidden);
        level.concatenated.leftCols(hidden) = level.directions[0].output;
        level.concatenated.rightCols(hidden) = level.directions[1].output;
        output = &level.concatenated;
    }
    level.feed = output;
    if (m_dropoutEnabled && level.dropout > 0.0) {
        level.dropMask.resize(output->rows(), output->cols());
        Dropout::fillMask(level.dropMask, level.dropout, m_dropoutSeed, std::uint64_t(l),
                          batch.firstSequence, batch.batch);
        level.dropped = output->cwiseProduct(level.dropMask);
        level.feed = &level.dropped;
    }
}

template <typename T>
RecurrentState<T> NetworkExecutor<T>::concatenatedFinalState(const Level& level) const {
    if (level.directions.size() == 1)
        return level.directions.front().final;
    RecurrentState<T> state;
    const auto& forward = level.directions[0].final;
    const auto& reverse = level.directions[1].final;
    state.h.resize(forward.h.rows(), forward.h.cols() + reverse.h.cols());
    state.h << forward.h, reverse.h;
    if (forward.c.size() > 0) {
        state.c.resize(forward.c.rows(), forward.c.cols() + reverse.c.cols());
        state.c << forward.c, reverse.c;
    }
    return state;
}

template <typename T>
void NetworkExecutor<T>::forwardHead(NetworkTrace<T>* trace) {
    const SequenceBatch<T>& batch = *m_batch;
    const Level& last = m_levels.back();
    const ConstMatrixMap<T> weight = m_network.parameter("head.weight");
    const auto bias = m_network.parameter("head.bias").col(0).transpose();
    const Matrix<T>* headInput = last.feed;

    if (m_spec.outputMode == OutputMode::PerSequence) {
        m_query = concatenatedFinalState(last).h;
        if (m_attention) {
            m_attention->forward(*last.feed, batch.batch, batch.lengths, m_query, m_contexts);
            m_headInput.resize(m_query.rows(), 2 * m_query.cols());
            m_headInput << m_contexts, m_query;
            headInput = &m_headInput;
            if (trace)
                trace->attention = m_attention->weights();
        } else {
            headInput = &m_query;
        }
    } else if (m_spec.outputMode == OutputMode::SequenceToSequence) {
        m_decoderInitial = concatenatedFinalState(last);
        embed(batch.decoderTokens, "decoder_embedding.weight", m_decoderEmbedded);
        m_decoder->forward(m_decoderEmbedded, batch.batch, batch.decoderLengths, &m_decoderInitial,
                           m_decoderOutput, m_decoderFinal, trace ? &trace->decoder : nullptr);
        m_attention->forward(*last.feed, batch.batch, batch.lengths, m_decoderOutput, m_contexts);
        m_headInput.resize(m_decoderOutput.rows(), 2 * m_decoderOutput.cols());
        m_headInput << m_decoderOutput, m_contexts;
        headInput = &m_headInput;
        if (trace)
            trace->attention = m_attention->weights();
    }
    m_outputs.resize(headInput->rows(), weight.rows());
    m_outputs.noalias() = *headInput * weight.transpose();
    m_outputs.rowwise() += bias;
}

template <typename T>
void NetworkExecutor<T>::backward(const Matrix<T>& dOutputs, NetworkTrace<T>* trace) {
    if (dOutputs.rows() != m_outputs.rows() || dOutputs.cols() != m_outputs.cols())
        throw std::invalid_argument("the output gradient's shape does not match the outputs");
    backwardHead(dOutputs);
    for (Index l = Index(m_levels.size()) - 1; l >= 0; --l)
        backwardLevel(l, trace);
    if (trace)
        recordGradientNorms(*trace);
}

template <typename T>
void NetworkExecutor<T>::backwardHead(const Matrix<T>& dOutputs) {
    const SequenceBatch<T>& batch = *m_batch;
    Level& last = m_levels.back();
    const ConstMatrixMap<T> weight = m_network.parameter("head.weight");
    const ParameterInfo& weightInfo = *m_network.find("head.weight");
    const ParameterInfo& biasInfo = *m_network.find("head.bias");
    MatrixMap<T> dWeight(m_gradients.data() + weightInfo.offset, weightInfo.rows, weightInfo.cols);
    Eigen::Map<RowVector<T>> dBias(m_gradients.data() + biasInfo.offset, biasInfo.rows);

    const Matrix<T>& headInput =
        m_spec.outputMode == OutputMode::PerStep
            ? *last.feed
            : (m_spec.outputMode == OutputMode::PerSequence && !m_attention ? m_query
                                                                            : m_headInput);
    dWeight.noalias() += dOutputs.transpose() * headInput;
    dBias += dOutputs.colwise().sum();
    m_dHeadInput.noalias() = dOutputs * weight;

    const Index width = last.feed->cols();
    if (m_spec.outputMode == OutputMode::PerStep) {
        last.dFeed = m_dHeadInput;
    } else if (m_spec.outputMode == OutputMode::PerSequence) {
        Matrix<T> dQuery = m_attention ? Matrix<T>(m_dHeadInput.rightCols(width)) : m_dHeadInput;
        if (m_attention) {
            m_dContexts = m_dHeadInput.leftCols(width);
            m_attention->backward(m_dContexts, m_dKeys, m_dQueries);
            last.dFeed = m_dKeys;
            dQuery += m_dQueries;
        } else { // only h_n reaches the head: the outputs themselves get no gradient
            last.dFeed.setZero(last.feed->rows(), width);
        }
        splitFinalGradient(dQuery, nullptr);
    } else {
        m_dDecoderOutput = m_dHeadInput.leftCols(width);
        m_dContexts = m_dHeadInput.rightCols(width);
        m_attention->backward(m_dContexts, m_dKeys, m_dQueries);
        last.dFeed = m_dKeys;
        m_dDecoderOutput += m_dQueries;
        m_decoder->backward(m_dDecoderOutput, nullptr, m_dDecoderEmbedded, &m_dDecoderInitial,
                            nullptr);
        scatterEmbedding(batch.decoderTokens, "decoder_embedding.weight", m_dDecoderEmbedded);
        splitFinalGradient(m_dDecoderInitial.h,
                           m_dDecoderInitial.c.size() > 0 ? &m_dDecoderInitial.c : nullptr);
    }
}

template <typename T>
void NetworkExecutor<T>::splitFinalGradient(const Matrix<T>& dh, const Matrix<T>* dc) {
    Level& last = m_levels.back();
    Index column = 0;
    for (Direction& direction : last.directions) {
        const Index hidden = direction.layer->hiddenSize();
        direction.dFinal.h = dh.middleCols(column, hidden);
        if (direction.layer->carriesCell()) {
            if (dc)
                direction.dFinal.c = dc->middleCols(column, hidden);
            else
                direction.dFinal.c.setZero(dh.rows(), hidden);
        }
        column += hidden;
    }
}

template <typename T>
void NetworkExecutor<T>::backwardLevel(Index l, NetworkTrace<T>* trace) {
    Level& level = m_levels[size_t(l)];
    const bool isLast = l == Index(m_levels.size()) - 1;
    const bool usesFinal = isLast && m_spec.outputMode != OutputMode::PerStep;
    if (level.feed == &level.dropped)
        level.dFeed.array() *= level.dropMask.array();
    Matrix<T>* dInput = nullptr;
    Index column = 0;
    for (size_t d = 0; d < level.directions.size(); ++d) {
        Direction& direction = level.directions[d];
        const Index hidden = direction.layer->hiddenSize();
        const Matrix<T>* dy = &level.dFeed;
        if (level.directions.size() == 2) {
            direction.dOutput = level.dFeed.middleCols(column, hidden);
            dy = &direction.dOutput;
        }
        direction.layer->backward(*dy, usesFinal ? &direction.dFinal : nullptr, direction.dInput,
                                  nullptr, trace ? &trace->layers[size_t(l)][d] : nullptr);
        if (dInput)
            *dInput += direction.dInput;
        else
            dInput = &direction.dInput;
        column += hidden;
    }
    if (l > 0) {
        m_levels[size_t(l - 1)].dFeed = *dInput;
    } else if (m_spec.inputKind == InputKind::Tokens) {
        scatterEmbedding(m_batch->tokens, "embedding.weight", *dInput);
    } else {
        m_inputGradient = *dInput;
    }
}

template <typename T>
void NetworkExecutor<T>::scatterEmbedding(const std::vector<int32_t>& tokens,
                                          const std::string& name, const Matrix<T>& dEmbedded) {
    const ParameterInfo& info = *m_network.find(name);
    MatrixMap<T> dTable(m_gradients.data() + info.offset, info.rows, info.cols);
    for (size_t row = 0; row < tokens.size(); ++row)
        dTable.row(tokens[row]) += dEmbedded.row(Index(row));
}

template <typename T>
void NetworkExecutor<T>::recordGradientNorms(NetworkTrace<T>& trace) const {
    trace.parameterGradientNorms.clear();
    for (const ParameterInfo& info : m_network.parameterInfos())
        trace.parameterGradientNorms.emplace_back(
            info.name, double(m_gradients.segment(info.offset, info.size()).norm()));
}

template <typename T>
std::size_t NetworkExecutor<T>::activationBytes() const {
    std::size_t bytes = 0;
    for (const Level& level : m_levels) {
        for (const Direction& direction : level.directions)
            bytes += direction.layer->activationBytes() +
                     std::size_t(direction.output.size()) * sizeof(T);
        bytes +=
            std::size_t(level.concatenated.size() + level.dropMask.size() + level.dropped.size()) *
            sizeof(T);
    }
    if (m_decoder)
        bytes += m_decoder->activationBytes();
    bytes += std::size_t(m_embedded.size() + m_headInput.size() + m_outputs.size()) * sizeof(T);
    return bytes;
}

template class NetworkExecutor<float>;
template class NetworkExecutor<double>;

} // namespace core
