#include "core/network.h"

#include "core/attention.h"
#include "core/recurrent_layer.h"

#include <stdexcept>

namespace core {

template <typename T>
Network<T>::Network(NetworkSpec spec)
    : m_spec(std::move(spec)) {
    if (const std::string problem = m_spec.validate(); !problem.empty())
        throw std::invalid_argument(problem);

    Index width = m_spec.inputSize;
    if (m_spec.inputKind == InputKind::Tokens) {
        addParameter("embedding.weight", m_spec.inputSize, m_spec.embeddingSize);
        width = m_spec.embeddingSize;
    }
    for (size_t l = 0; l < m_spec.layers.size(); ++l) {
        const RecurrentLayerSpec& layer = m_spec.layers[l];
        for (bool reverse : {false, true}) {
            if (reverse && !layer.bidirectional)
                continue;
            const RecurrentLayerConfig config{layer.cell, width, layer.hidden, reverse,
                                              layer.activation};
            for (const ParameterShape& shape : makeRecurrentLayer<T>(config)->parameterShapes())
                addParameter("rnn." + shape.name + layerSuffix(Index(l), reverse), shape.rows,
                             shape.cols);
        }
        width = layer.hidden * (layer.bidirectional ? 2 : 1);
    }
    if (m_spec.attention != AttentionKind::None) {
        const Attention<T> attention(m_spec.attention, width, width, m_spec.attentionSize);
        for (const ParameterShape& shape : attention.parameterShapes())
            addParameter("attention." + shape.name, shape.rows, shape.cols);
    }
    if (m_spec.outputMode == OutputMode::SequenceToSequence) {
        addParameter("decoder_embedding.weight", m_spec.decoderVocabulary,
                     m_spec.decoderEmbeddingSize);
        const RecurrentLayerConfig config{m_spec.layers.back().cell, m_spec.decoderEmbeddingSize,
                                          width, false, m_spec.layers.back().activation};
        for (const ParameterShape& shape : makeRecurrentLayer<T>(config)->parameterShapes())
            addParameter("decoder." + shape.name + "_l0", shape.rows, shape.cols);
    }
    addParameter("head.weight", m_spec.outputSize, m_spec.headInputSize());
    addParameter("head.bias", m_spec.outputSize, 1);
    m_values.setZero(m_infos.empty() ? 0 : m_infos.back().offset + m_infos.back().size());
}

template <typename T>
void Network<T>::addParameter(const std::string& name, Index rows, Index cols) {
    const Index offset = m_infos.empty() ? 0 : m_infos.back().offset + m_infos.back().size();
    m_infos.push_back({name, offset, rows, cols});
}

template <typename T>
std::string Network<T>::layerSuffix(Index layer, bool reverse) {
    return "_l" + std::to_string(layer) + (reverse ? "_reverse" : "");
}

template <typename T>
const ParameterInfo* Network<T>::find(const std::string& name) const {
    for (const ParameterInfo& info : m_infos)
        if (info.name == name)
            return &info;
    return nullptr;
}

template <typename T>
MatrixMap<T> Network<T>::parameter(const std::string& name) {
    const ParameterInfo* info = find(name);
    if (!info)
        throw std::out_of_range("no parameter named " + name);
    return MatrixMap<T>(m_values.data() + info->offset, info->rows, info->cols);
}

template <typename T>
ConstMatrixMap<T> Network<T>::parameter(const std::string& name) const {
    const ParameterInfo* info = find(name);
    if (!info)
        throw std::out_of_range("no parameter named " + name);
    return ConstMatrixMap<T>(m_values.data() + info->offset, info->rows, info->cols);
}

template class Network<float>;
template class Network<double>;

} // namespace core
