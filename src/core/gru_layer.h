#pragma once
/**
 * GRU layer (PyTorch's nn.GRU, the "reset after" form): a gated cell with one state and three
 * gates, the lighter alternative to the LSTM.
 *
 * Gate order r, z, n in W_ih (3H×I), W_hh (3H×H), b_ih and b_hh (3H), as in PyTorch:
 *
 *   r_t  = σ(W_ir x_t + b_ir + W_hr h_{t−1} + b_hr)
 *   z_t  = σ(W_iz x_t + b_iz + W_hz h_{t−1} + b_hz)
 *   hn_t = W_hn h_{t−1} + b_hn
 *   n_t  = tanh(W_in x_t + b_in + r_t ⊙ hn_t)
 *   h_t  = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}
 *
 * Backward, with dh = ∂L/∂h_t (dy_t plus what flows back from step t+1), da_* the gradients of
 * the gates' pre-activations and dhn = ∂L/∂hn_t:
 *   da_n = dh ⊙ (1 − z) ⊙ (1 − n²)        da_z = dh ⊙ (h_{t−1} − n) ⊙ z(1 − z)
 *   dhn  = da_n ⊙ r                        da_r = da_n ⊙ hn ⊙ r(1 − r)
 *   ∂L/∂h_{t−1} = dh ⊙ z + [da_r da_z dhn] W_hh;   ∂L/∂x_t = [da_r da_z da_n] W_ih
 *   ∂L/∂W_ih = Σ_t [da_r da_z da_n]ᵀ x_t;        ∂L/∂b_ih = Σ_t [da_r da_z da_n]
 *   ∂L/∂W_hh = Σ_t [da_r da_z dhn]ᵀ h_{t−1};     ∂L/∂b_hh = Σ_t [da_r da_z dhn]
 * Truncated BPTT (RecurrentOptions::truncation): at a chunk's first step t, ∂L/∂h_{t−1} := 0
 * (both terms: the dh ⊙ z skip and the W_hh path), the sums above unchanged.
 */
#include "core/recurrent_layer.h"

namespace core {

template <typename T>
class GruLayer final : public RecurrentLayer<T> {
public:
    explicit GruLayer(const RecurrentLayerConfig& config);

    std::vector<ParameterShape> parameterShapes() const override;
    void bind(const T* parameters, T* gradients) override;
    void forward(const Matrix<T>& x, Index batch, const Lengths& lengths,
                 const RecurrentState<T>* initial, Matrix<T>& y, RecurrentState<T>& final,
                 LayerTrace<T>* trace) override;
    void backward(const Matrix<T>& dy, const RecurrentState<T>* dFinal, Matrix<T>& dx,
                  RecurrentState<T>* dInitial, LayerTrace<T>* trace) override;
    std::size_t activationBytes() const override;

private:
    Index timeAt(Index k) const { return this->config().reverse ? m_steps - 1 - k : k; }
    /** Block of m_h holding the state before step t, and after it. */
    Index blockBefore(Index t) const { return this->config().reverse ? t + 1 : t; }
    Index blockAfter(Index t) const { return this->config().reverse ? t : t + 1; }
    bool isPadding(Index t, Index b) const {
        return !m_lengths.empty() && t >= m_lengths[static_cast<std::size_t>(b)];
    }
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
    Matrix<T> m_gates;         ///< (S·B)×3H: r, z, n after their activations
    Matrix<T> m_hn;            ///< (S·B)×H: hn_t = W_hn h_{t−1} + b_hn
    Matrix<T> m_h;             ///< ((S+1)·B)×H: the states, block blockBefore(t)/blockAfter(t)
    RowVector<T> m_inputBias;  ///< b_ih + [b_hr b_hz 0], added to the input projection
    Matrix<T> m_hiddenProduct; ///< B×3H workspace: h_{t−1} W_hhᵀ

    // Backward workspace, sized once per batch shape.
    Matrix<T> m_dHidden;      ///< (S·B)×3H: [da_r da_z dhn], what reaches W_hh and b_hh
    Matrix<T> m_dNew;         ///< (S·B)×H: da_n, what reaches W_in and b_in
    Matrix<T> m_dh, m_dhPrev; ///< B×H: ∂L/∂h_t, and ∂L/∂h_{t−1} being formed
    LayerTrace<T>* m_backwardTrace = nullptr;
};

} // namespace core
