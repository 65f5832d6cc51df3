#include "core/network_spec.h"

namespace core {

std::string outputModeName(OutputMode mode) {
    switch (mode) {
    case OutputMode::PerStep:
        return "per-step";
    case OutputMode::PerSequence:
        return "per-sequence";
    case OutputMode::SequenceToSequence:
        return "sequence-to-sequence";
    }
    return "per-step";
}

Index NetworkSpec::recurrentOutputSize() const {
    if (layers.empty())
        return 0;
    return layers.back().hidden * (layers.back().bidirectional ? 2 : 1);
}

Index NetworkSpec::headInputSize() const {
    const Index width = recurrentOutputSize();
    const bool withContext = attention != AttentionKind::None;
    if (outputMode == OutputMode::PerStep)
        return width;
    return withContext ? 2 * width : width;
}

std::string NetworkSpec::validate() const {
    if (layers.empty())
        return "the network has no recurrent layer";
    if (inputSize < 1)
        return "the input size must be at least 1";
    if (outputSize < 1)
        return "the output size must be at least 1";
    if (inputKind == InputKind::Tokens && embeddingSize < 1)
        return "a token input needs an embedding size of at least 1";
    for (size_t l = 0; l < layers.size(); ++l) {
        const RecurrentLayerSpec& layer = layers[l];
        const std::string where = "layer " + std::to_string(l + 1) + ": ";
        if (layer.hidden < 1)
            return where + "a recurrent layer needs at least one unit";
        if (layer.dropoutAfter < 0.0 || layer.dropoutAfter >= 1.0)
            return where + "dropout must be in [0, 1)";
        if (layer.activation == Activation::Relu && layer.cell != CellKind::Rnn)
            return where + "only a plain RNN takes the ReLU activation";
    }
    if (attention == AttentionKind::Additive && attentionSize < 1)
        return "additive attention needs an attention size of at least 1";
    if (attention != AttentionKind::None && outputMode == OutputMode::PerStep)
        return "attention needs a per-sequence or sequence-to-sequence output";
    if (outputMode == OutputMode::SequenceToSequence) {
        if (decoderVocabulary < 1 || decoderEmbeddingSize < 1)
            return "a sequence-to-sequence network needs a decoder vocabulary and embedding size";
        if (attention == AttentionKind::None)
            return "a sequence-to-sequence network needs attention";
    }
    return {};
}

} // namespace core
