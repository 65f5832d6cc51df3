#pragma once
/**
 * What one recurrent layer (one direction) did inside, recorded only when asked.
 *
 * Forward: every gate's activation, the cell and the hidden state, each (S·B)×H in the sequence
 * layout of types.h. Backward: per step t, ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ (Frobenius norm over the batch
 * and the units) of the total derivative of the loss with respect to that step's state.
 */
#include "core/types.h"

#include <string>
#include <vector>

namespace core {

template <typename T>
struct LayerTrace {
    std::vector<std::string> gateNames; ///< "i","f","g","o" (LSTM), "r","z","n" (GRU), "a" (RNN)
    std::vector<Matrix<T>> gates;       ///< one (S·B)×H matrix per gate, post-activation
    Matrix<T> cell;                     ///< c_t, (S·B)×H; empty for RNN and GRU
    Matrix<T> hidden; ///< h_t, (S·B)×H (the carried state, also on padded steps)
    std::vector<double> hiddenGradientNorm; ///< ‖∂L/∂h_t‖ per step t
    std::vector<double> cellGradientNorm;   ///< ‖∂L/∂c_t‖ per step t (LSTMs only)
};

} // namespace core
