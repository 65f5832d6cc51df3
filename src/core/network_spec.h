#pragma once
/**
 * What a network is, as plain data: the recurrent stack, the optional attention, the optional
 * decoder of an encoder–decoder, and the dense head. The editor compiles its graph to this; the
 * session stores it; Network<T> builds the parameters from it.
 *
 * Shapes (I inputs, H_l hidden units of layer l, O outputs, d = 2 when bidirectional else 1):
 *   features input x_t ∈ ℝ^I, or token input x_t = E[token_t] with E the embedding
 * (V×embeddingSize) layer l maps ℝ^{d·H_{l−1}} → ℝ^{d·H_l} per step; dropout (inverted) between
 * layers PerStep:      ŷ_t = W y_t + b on the last layer's outputs y_t PerSequence:  ŷ = W h_n + b,
 * h_n the last layer's final state (both directions concatenated); with attention ŷ = W [context;
 * h_n] + b, context attending over y_1…y_S with query h_n SequenceToSequence: a decoder (same cell
 * kind as the encoder's last layer, hidden d·H) starts from the encoder's final state, reads the
 * target tokens shifted right (teacher forcing), attends with its state s_j over the encoder
 * outputs; ŷ_j = W [s_j; context_j] + b
 */
#include "core/attention_kind.h"
#include "core/cell_kind.h"
#include "core/types.h"

#include <string>
#include <vector>

namespace core {

enum class OutputMode { PerStep, PerSequence, SequenceToSequence };
enum class InputKind { Features, Tokens };

std::string outputModeName(OutputMode mode);

struct RecurrentLayerSpec {
    CellKind cell = CellKind::Lstm;
    Index hidden = 32;
    bool bidirectional = false;
    Activation activation = Activation::Tanh;
    double dropoutAfter = 0.0; ///< dropout on this layer's outputs, applied before the next layer
};

struct NetworkSpec {
    InputKind inputKind = InputKind::Features;
    Index inputSize = 1;     ///< features per step, or the vocabulary size for tokens
    Index embeddingSize = 0; ///< tokens only
    std::vector<RecurrentLayerSpec> layers;
    AttentionKind attention = AttentionKind::None;
    Index attentionSize = 0; ///< additive attention's hidden size
    Index outputSize = 1;
    OutputMode outputMode = OutputMode::PerStep;
    Index decoderVocabulary = 0; ///< seq2seq: decoder input tokens (the target vocabulary)
    Index decoderEmbeddingSize = 0;

    /** Width of the last layer's outputs: hidden, doubled when bidirectional. */
    Index recurrentOutputSize() const;
    /** Width of the head's input. */
    Index headInputSize() const;
    /** Empty when the network can be built, else what is wrong, in words. */
    std::string validate() const;
};

} // namespace core
