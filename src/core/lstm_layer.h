#pragma once
/**
 * LSTM layer, vanilla (PyTorch's nn.LSTM) or with Gers & Schmidhuber's diagonal peepholes.
 *
 * Gate order i, f, g, o in W_ih (4H×I), W_hh (4H×H), b_ih and b_hh (4H), as in PyTorch:
 *
 *   i_t = σ(W_ii x_t + b_ii + W_hi h_{t−1} + b_hi [+ p_i ⊙ c_{t−1}])
 *   f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf [+ p_f ⊙ c_{t−1}])
 *   g_t = tanh(W_ig x_t + b_ig + W_hg h_{t−1} + b_hg)
 *   c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t
 *   o_t = σ(W_io x_t + b_io + W_ho h_{t−1} + b_ho [+ p_o ⊙ c_t])
 *   h_t = o_t ⊙ tanh(c_t)
 *
 * The bracketed peephole terms (p_i, p_f, p_o ∈ ℝ^H, parameters "weight_peephole_i|f|o") exist
 * only in the peephole variant; with p = 0 it equals the vanilla LSTM.
 *
 * Backward, with a_* the gates' pre-activations, dh = ∂L/∂h_t and dc = ∂L/∂c_t:
 *   dc    += dh ⊙ o ⊙ (1 − tanh²c_t) + da_o ⊙ p_o
 *   da_o   = dh ⊙ tanh(c_t) ⊙ o(1 − o)          da_g = dc ⊙ i ⊙ (1 − g²)
 *   da_i   = dc ⊙ g ⊙ i(1 − i)                   da_f = dc ⊙ c_{t−1} ⊙ f(1 − f)
 *   ∂L/∂c_{t−1} = dc ⊙ f + da_i ⊙ p_i + da_f ⊙ p_f
 *   ∂L/∂h_{t−1} = da W_hh;   ∂L/∂W_ih = Σ_t da_tᵀ x_t;   ∂L/∂W_hh = Σ_t da_tᵀ h_{t−1}
 *
 * Frozen gates (RecurrentOptions::frozenGates), a constant φ ∈ [0, 1] in place of a gate:
 *   f ≡ φ_f:  f_t = φ_f, da_f = 0, so ∂L/∂c_{t−1} = dc ⊙ φ_f + da_i ⊙ p_i   (φ_f = 1: c_t = c_{t−1}
 *             + i_t ⊙ g_t, the running sum Σ_{s≤t} i_s ⊙ g_s from c = 0)
 *   i ≡ φ_i:  i_t = φ_i, da_i = 0, so da_g = dc ⊙ φ_i ⊙ (1 − g²)
 * and the frozen gate's rows of W_ih, W_hh, b_ih, b_hh and its peephole get no gradient.
 * Truncated BPTT (RecurrentOptions::truncation): at a chunk's first step the carried
 * ∂L/∂h_{t−1} and ∂L/∂c_{t−1} are set to 0 (see RecurrentOptions).
 */
#include "core/recurrent_layer.h"

namespace core {

template <typename T>
class LstmLayer final : public RecurrentLayer<T> {
public:
    explicit LstmLayer(const RecurrentLayerConfig& config);

    std::vector<ParameterShape> parameterShapes() const override;
    void bind(const T* parameters, T* gradients) override;
    void forward(const Matrix<T>& x, Index batch, const Lengths& lengths,
                 const RecurrentState<T>* initial, Matrix<T>& y, RecurrentState<T>& final,
                 LayerTrace<T>* trace) override;
    void backward(const Matrix<T>& dy, const RecurrentState<T>* dFinal, Matrix<T>& dx,
                  RecurrentState<T>* dInitial, LayerTrace<T>* trace) override;
    std::size_t activationBytes() const override;

private:
    bool peephole() const { return this->config().cell == CellKind::PeepholeLstm; }
    Index timeAt(Index k) const { return this->config().reverse ? m_steps - 1 - k : k; }
    /** Block of m_h/m_c holding the state before step t, and after it. */
    Index blockBefore(Index t) const { return this->config().reverse ? t + 1 : t; }
    Index blockAfter(Index t) const { return this->config().reverse ? t : t + 1; }
    void forwardStep(Index t);
    void backwardStep(Index t, const Matrix<T>& dy);
    void recordForwardTrace(LayerTrace<T>& trace) const;

    const T* m_parameters = nullptr;
    T* m_gradients = nullptr;

    // Kept from forward for backward.
    const Matrix<T>* m_x = nullptr;
    Index m_batch = 0;
    Index m_steps = 0;
    Lengths m_lengths;
    Matrix<T> m_gates;    ///< (S·B)×4H: i, f, g, o after their activations
    Matrix<T> m_h;        ///< ((S+1)·B)×H: the states, block blockBefore(t)/blockAfter(t)
    Matrix<T> m_c;        ///< ((S+1)·B)×H
    Matrix<T> m_tanhCell; ///< (S·B)×H: tanh(c_t)

    // Backward workspace, sized once per batch shape.
    Matrix<T> m_dGates; ///< (S·B)×4H: ∂L/∂a
    Matrix<T> m_dh, m_dc, m_dhPrev;
    Matrix<T> m_carryH, m_carryC; ///< rows of padded sequences passed through unchanged
    LayerTrace<T>* m_backwardTrace = nullptr;
};

} // namespace core
