#pragma once
/**
 * Runs a Network forward over a SequenceBatch and back-propagates a loss gradient through it,
 * accumulating into a gradient vector of its own (the same flat layout as Network::values()).
 * One executor per thread: the weights are shared read-only, the activations and gradients are
 * the executor's. The batch passed to forward() must stay alive until backward() returns.
 *
 * Outputs: PerStep (S·B)×O, PerSequence B×O, SequenceToSequence (S'·B)×O (see NetworkSpec).
 * Backward of the head ŷ = W u + b (u the head input): ∂L/∂W = Σ ∂L/∂ŷ uᵀ, ∂L/∂b = Σ ∂L/∂ŷ,
 * ∂L/∂u = Wᵀ ∂L/∂ŷ; dropout passes ∂L/∂y ⊙ mask; an embedding row receives the sum of ∂L/∂x_t
 * over the steps that read its token.
 */
#include "core/attention.h"
#include "core/network.h"
#include "core/network_trace.h"
#include "core/recurrent_layer.h"
#include "core/sequence_batch.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace core {

template <typename T>
class NetworkExecutor {
public:
    explicit NetworkExecutor(const Network<T>& network);

    /** Dropout is applied only when enabled (training); the seed fixes its masks. */
    void setDropout(bool enabled, std::uint64_t seed);
    /** Truncated BPTT and frozen gates for every recurrent layer, the decoder included; throws
     * std::invalid_argument when they do not fit the network (RecurrentOptions::problemFor). */
    void setRecurrentOptions(const RecurrentOptions& options);
    const RecurrentOptions& recurrentOptions() const { return m_options; }

    const Matrix<T>& forward(const SequenceBatch<T>& batch, NetworkTrace<T>* trace = nullptr);
    /** Accumulates ∂L/∂θ into gradients() for the last forward()'s batch. */
    void backward(const Matrix<T>& dOutputs, NetworkTrace<T>* trace = nullptr);

    Vector<T>& gradients() { return m_gradients; }
    const Vector<T>& gradients() const { return m_gradients; }
    void zeroGradients() { m_gradients.setZero(); }
    /** ∂L/∂inputs ((S·B)×I) of the last backward() on feature input. */
    const Matrix<T>& inputGradient() const { return m_inputGradient; }
    const Matrix<T>& outputs() const { return m_outputs; }
    /** Bytes of activations kept between forward() and backward(). */
    std::size_t activationBytes() const;

private:
    struct Direction {
        std::unique_ptr<RecurrentLayer<T>> layer;
        Matrix<T> output, dOutput, dInput;
        RecurrentState<T> final, dFinal;
    };
    struct Level {
        std::vector<Direction> directions;
        double dropout = 0.0;
        Matrix<T> concatenated, dropMask, dropped, dFeed;
        const Matrix<T>* feed = nullptr; ///< what the next level (or the head) reads
    };

    const Matrix<T>& embed(const std::vector<int32_t>& tokens, const std::string& name,
                           Matrix<T>& out) const;
    void forwardLevel(Index l, const Matrix<T>& input, NetworkTrace<T>* trace);
    void forwardHead(NetworkTrace<T>* trace);
    void backwardHead(const Matrix<T>& dOutputs);
    void backwardLevel(Index l, NetworkTrace<T>* trace);
    void scatterEmbedding(const std::vector<int32_t>& tokens, const std::string& name,
                          const Matrix<T>& dEmbedded);
    RecurrentState<T> concatenatedFinalState(const Level& level) const;
    void splitFinalGradient(const Matrix<T>& dh, const Matrix<T>* dc);
    Index offsetOf(const std::string& name) const;
    void recordGradientNorms(NetworkTrace<T>& trace) const;

    const Network<T>& m_network;
    const NetworkSpec& m_spec;
    Vector<T> m_gradients;
    std::vector<Level> m_levels;
    std::unique_ptr<Attention<T>> m_attention;
    std::unique_ptr<RecurrentLayer<T>> m_decoder;
    RecurrentOptions m_options;
    bool m_dropoutEnabled = false;
    std::uint64_t m_dropoutSeed = 0;

    const SequenceBatch<T>* m_batch = nullptr;
    Matrix<T> m_embedded, m_decoderEmbedded, m_decoderOutput, m_contexts, m_query;
    RecurrentState<T> m_decoderFinal, m_decoderInitial, m_dDecoderInitial;
    Matrix<T> m_headInput, m_outputs;
    Matrix<T> m_dHeadInput, m_dDecoderOutput, m_dDecoderEmbedded, m_dKeys, m_dQueries, m_dContexts,
        m_inputGradient;
};

} // namespace core
