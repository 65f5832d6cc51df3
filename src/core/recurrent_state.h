#pragma once
/** The state a recurrent layer carries between steps: h (B×H) and, for the LSTMs, c (B×H). */
#include "core/types.h"

namespace core {

template <typename T>
struct RecurrentState {
    Matrix<T> h;
    Matrix<T> c; ///< empty for RNN and GRU

    void setZero(Index batch, Index hidden, bool withCell) {
        h.setZero(batch, hidden);
        if (withCell)
            c.setZero(batch, hidden);
        else
            c.resize(0, 0);
    }
};

} // namespace core
