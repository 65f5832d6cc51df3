#pragma once
/**
 * Elman RNN layer (PyTorch's nn.RNN), the simplest recurrent cell and the baseline the LSTM and
 * GRU are compared against.
 *
 * Parameters W_ih (H×I), W_hh (H×H), b_ih and b_hh (H), with act = tanh or ReLU:
 *
 *   h_t = act(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)
 *
 * The cell's single gate "a" is its activation, which is h_t itself; the derivative of act is
 * taken from it (tanh' = 1 − h², ReLU' = [h > 0], 0 at 0 as in PyTorch).
 *
 * Backward, with dh = ∂L/∂h_t (dy_t plus what flows back from step t+1) and da = ∂L/∂(pre-act):
 *   da          = dh ⊙ act'(h_t)
 *   ∂L/∂h_{t−1} = da W_hh;   ∂L/∂x_t = da W_ih
 *   ∂L/∂W_ih = Σ_t da_tᵀ x_t;   ∂L/∂W_hh = Σ_t da_tᵀ h_{t−1};   ∂L/∂b_ih = ∂L/∂b_hh = Σ_t da_t
 * Truncated BPTT (RecurrentOptions::truncation): at a chunk's first step t, ∂L/∂h_{t−1} := 0;
 * with k = 1 every da_t = dy_t ⊙ act'(h_t), only step t's own output gradient.
 */
#include "core/recurrent_layer.h"

namespace core {

template <typename T>
class RnnLayer final : public RecurrentLayer<T> {
public:
    explicit RnnLayer(const RecurrentLayerConfig& config);

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

    const T* m_parameters = nullptr;
    T* m_gradients = nullptr;

    // Kept from forward for backward.
    const Matrix<T>* m_x = nullptr;
    Index m_batch = 0;
    Index m_steps = 0;
    Lengths m_lengths;
    /** ((S+1)·B)×H: the states, block blockBefore(t)/blockAfter(t). The blocks after the steps
     * first receive the input projection and are then activated in place. */
    Matrix<T> m_h;

    // Backward workspace, sized once per batch shape.
    Matrix<T> m_dA;           ///< (S·B)×H: ∂L/∂(pre-activation)
    Matrix<T> m_dh, m_dhPrev; ///< B×H: ∂L/∂h_t, and ∂L/∂h_{t−1} being formed
    LayerTrace<T>* m_backwardTrace = nullptr;
};

} // namespace core
