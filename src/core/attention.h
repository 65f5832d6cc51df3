#pragma once
/**
 * Attention of a sequence of queries over a sequence of keys: every query step j of sequence b
 * gets a context c_j, the average of b's valid keys weighted by how well each matches q_j. A
 * sequence-to-sequence decoder uses it at every output step to choose which encoder steps to read;
 * weights() is what the attention heatmap draws.
 *
 * With k_s the key at step s < L_b (L_b the valid length of sequence b) and q_j a query:
 *
 *   dot (Luong):          e_{j,s} = q_jᵀ k_s                                          (Q = K)
 *   additive (Bahdanau):  u_{j,s} = tanh(W_q q_j + W_k k_s + b),   e_{j,s} = vᵀ u_{j,s}
 *   α_{j,s} = exp(e_{j,s}) / Σ_{s'<L_b} exp(e_{j,s'})  for s < L_b,   α_{j,s} = 0  for s ≥ L_b
 *   c_j     = Σ_s α_{j,s} k_s
 *
 * Additive parameters, in flat order: "query_weight" W_q (A×Q), "key_weight" W_k (A×K), "bias" b
 * (A) and "score_weight" v (A). Dot attention has none. A sequence with L_b = 0 has no key to
 * attend to: its weights and contexts are zero.
 *
 * Backward, with dc_j = ∂L/∂c_j and sums over valid steps only:
 *   dα_{j,s} = dc_jᵀ k_s            de_{j,s} = α_{j,s} (dα_{j,s} − Σ_{s'} α_{j,s'} dα_{j,s'})
 *   ∂L/∂k_s  = Σ_j α_{j,s} dc_j  +  Σ_j de_{j,s} q_j                  (dot)
 *                                +  W_kᵀ Σ_j dz_{j,s}                  (additive)
 *   ∂L/∂q_j  = Σ_s de_{j,s} k_s  (dot)          W_qᵀ Σ_s dz_{j,s}  (additive)
 *   additive:  dz_{j,s} = de_{j,s} v ⊙ (1 − u_{j,s}²);   ∂L/∂v = Σ de_{j,s} u_{j,s};
 *              ∂L/∂b = Σ dz_{j,s};   ∂L/∂W_q = Σ_j (Σ_s dz_{j,s}) q_jᵀ;
 *              ∂L/∂W_k = Σ_s (Σ_j dz_{j,s}) k_sᵀ
 */
#include "core/attention_kind.h"
#include "core/parameter_shape.h"
#include "core/types.h"

#include <cstddef>
#include <vector>

namespace core {

template <typename T>
class Attention {
public:
    /**
     * Attention of queries of querySize features over keys of keySize features; attentionSize is
     * A, the width of the additive score's hidden layer (ignored by dot attention). Throws
     * std::invalid_argument for AttentionKind::None, for a size below 1, and for dot attention
     * with querySize ≠ keySize.
     */
    Attention(AttentionKind kind, Index querySize, Index keySize, Index attentionSize);
    Attention(const Attention&) = delete;
    Attention& operator=(const Attention&) = delete;
    Attention(Attention&&) = default;
    Attention& operator=(Attention&&) = default;
    ~Attention() = default;

    AttentionKind kind() const { return m_kind; }
    Index querySize() const { return m_querySize; }
    Index keySize() const { return m_keySize; }
    Index attentionSize() const { return m_attentionSize; }

    /** The parameters in their flat order; empty for dot attention. */
    std::vector<ParameterShape> parameterShapes() const;
    Index parameterCount() const;

    /** Points the attention at its parameters and at the gradients it accumulates into. */
    void bind(const T* parameters, T* gradients);

    /**
     * Attends with queries ((Q_s·B)×Q, Q_s query steps) over keys ((S·B)×K) of which sequence b
     * has keyLengths[b] valid steps (all S when empty) and writes the contexts ((Q_s·B)×K), both
     * in the sequence layout of types.h. Every query row gets a context; masking padded query
     * steps is the caller's business. Keeps what backward() needs and references keys and
     * queries: they must stay alive and unchanged until then, and must not be `contexts`.
     */
    void forward(const Matrix<T>& keys, Index batch, const Lengths& keyLengths,
                 const Matrix<T>& queries, Matrix<T>& contexts);

    /**
     * Back-propagates dL/dcontexts ((Q_s·B)×K) of the last forward(): writes (does not add to)
     * dL/dkeys ((S·B)×K, zero on padded steps) and dL/dqueries ((Q_s·B)×Q), and accumulates the
     * parameter gradients.
     */
    void backward(const Matrix<T>& dContexts, Matrix<T>& dKeys, Matrix<T>& dQueries);

    /** α of the last forward() as (Q_s·B)×S: row j·B+b is query step j of sequence b; each row
     * sums to 1 over the valid steps and is exactly 0 on padded ones. */
    const Matrix<T>& weights() const { return m_weights; }

    /** Bytes held between forward() and backward() for the last batch. */
    std::size_t activationBytes() const;

private:
    Index length(Index b) const { return m_lengths[static_cast<std::size_t>(b)]; }
    void projectAdditive();
    void scoreAdditive(Index b);
    void backwardAdditive(Index b);
    void finishAdditiveBackward(Matrix<T>& dKeys, Matrix<T>& dQueries);

    AttentionKind m_kind;
    Index m_querySize, m_keySize, m_attentionSize;
    const T* m_parameters = nullptr;
    T* m_gradients = nullptr;

    // Kept from forward for backward.
    const Matrix<T>* m_keys = nullptr;
    const Matrix<T>* m_queries = nullptr;
    Index m_batch = 0;
    Index m_keySteps = 0;
    Index m_querySteps = 0;
    Lengths m_lengths;           ///< one per sequence, filled in when the caller's was empty
    Matrix<T> m_weights;         ///< (Q_s·B)×S: α
    Matrix<T> m_keyProjection;   ///< (S·B)×A: W_k k_s (additive)
    Matrix<T> m_queryProjection; ///< (Q_s·B)×A: W_q q_j + b (additive)
    Matrix<T> m_hidden;          ///< (Q_s·B·S)×A: u_{j,s} in row (j·B+b)·S+s (additive)

    // Backward workspace, sized once per batch.
    Matrix<T> m_dScores;          ///< (Q_s·B)×S: dα, then de
    Matrix<T> m_dKeyProjection;   ///< (S·B)×A: Σ_j dz_{j,s}
    Matrix<T> m_dQueryProjection; ///< (Q_s·B)×A: Σ_s dz_{j,s}
    Matrix<T> m_dHidden;          ///< S×A: dz_{j,·} of one query step
};

} // namespace core
