#pragma once
/**
 * One direction of one recurrent layer: the common interface of the RNN, LSTM, peephole LSTM and
 * GRU cells, run over a whole sequence batch (forward) and back through time (backward).
 *
 * A layer owns no parameters: bind() points it at its slice of the network's flat parameter
 * vector and of a gradient vector, so an optimizer sees one vector and several workers can share
 * the weights while accumulating into gradients of their own.
 *
 * Masks: a sequence b with length L_b < S is padding after step L_b − 1. On padded steps the state
 * is carried unchanged and the output row is zero, so the final state is the state at the last
 * valid step (PyTorch's packed-sequence semantics). A reverse layer runs t = S−1 … 0 and so starts
 * each sequence at its own last valid step.
 *
 * Options (RecurrentOptions): truncated BPTT drops the carried gradient at every chunk start,
 * counting steps j from each sequence's own first step in the layer's time order; frozen gates
 * (LSTMs only) are the LSTM's own business.
 */
#include "core/cell_kind.h"
#include "core/layer_trace.h"
#include "core/parameter_shape.h"
#include "core/recurrent_options.h"
#include "core/recurrent_state.h"
#include "core/types.h"

#include <memory>
#include <stdexcept>
#include <vector>

namespace core {

struct RecurrentLayerConfig {
    CellKind cell = CellKind::Lstm;
    Index inputSize = 1;
    Index hiddenSize = 1;
    bool reverse = false;
    Activation activation = Activation::Tanh; ///< plain RNN only
};

template <typename T>
class RecurrentLayer {
public:
    explicit RecurrentLayer(const RecurrentLayerConfig& config)
        : m_config(config) {}
    virtual ~RecurrentLayer() = default;
    RecurrentLayer(const RecurrentLayer&) = delete;
    RecurrentLayer& operator=(const RecurrentLayer&) = delete;

    const RecurrentLayerConfig& config() const { return m_config; }
    Index inputSize() const { return m_config.inputSize; }
    Index hiddenSize() const { return m_config.hiddenSize; }
    bool carriesCell() const { return hasCellState(m_config.cell); }

    const RecurrentOptions& options() const { return m_options; }
    /** Takes effect at the next forward(); throws std::invalid_argument for invalid options
     * or gates frozen in a cell other than the LSTMs. */
    void setOptions(const RecurrentOptions& options);

    /** The parameters in their flat order, with PyTorch's stems ("weight_ih", "bias_hh", …). */
    virtual std::vector<ParameterShape> parameterShapes() const = 0;
    Index parameterCount() const;

    /** Points the layer at its parameters and at the gradients it accumulates into. */
    virtual void bind(const T* parameters, T* gradients) = 0;

    /**
     * Runs the layer over x ((S·B)×I) from `initial` (zero when null) and writes y ((S·B)×H) and
     * the final state. Keeps what backward() needs; x must stay alive and unchanged until then.
     */
    virtual void forward(const Matrix<T>& x, Index batch, const Lengths& lengths,
                         const RecurrentState<T>* initial, Matrix<T>& y, RecurrentState<T>& final,
                         LayerTrace<T>* trace) = 0;

    /**
     * Back-propagates dL/dy (and dL/d final state, when not null) through time: accumulates the
     * parameter gradients, writes dL/dx and, when asked, dL/d initial state.
     */
    virtual void backward(const Matrix<T>& dy, const RecurrentState<T>* dFinal, Matrix<T>& dx,
                          RecurrentState<T>* dInitial, LayerTrace<T>* trace) = 0;

    /** Bytes held between forward() and backward() for the last batch. */
    virtual std::size_t activationBytes() const = 0;

protected:
    /**
     * Truncated BPTT: after back-propagating step t (dh, dc then hold ∂L/∂ of the state step t
     * read), zeroes the rows of the sequences for which step t starts a chunk. `steps` is S;
     * padded steps (t ≥ L_b) start nothing.
     */
    void dropCarryAtChunkStart(Index t, Index steps, const Lengths& lengths, Matrix<T>& dh,
                               Matrix<T>* dc) const;

private:
    RecurrentLayerConfig m_config;
    RecurrentOptions m_options;
};

/** Makes the layer for config.cell. */
template <typename T>
std::unique_ptr<RecurrentLayer<T>> makeRecurrentLayer(const RecurrentLayerConfig& config);

template <typename T>
void RecurrentLayer<T>::setOptions(const RecurrentOptions& options) {
    if (std::string error = options.problem(); !error.empty())
        throw std::invalid_argument(error);
    if (options.frozenGates.any() && !carriesCell())
        throw std::invalid_argument(
            "only the LSTM and the peephole LSTM have forget and input gates to freeze");
    m_options = options;
}

template <typename T>
void RecurrentLayer<T>::dropCarryAtChunkStart(Index t, Index steps, const Lengths& lengths,
                                              Matrix<T>& dh, Matrix<T>* dc) const {
    if (m_options.truncation <= 0)
        return;
    for (Index b = 0; b < dh.rows(); ++b) {
        const Index length = lengths.empty() ? steps : lengths[static_cast<std::size_t>(b)];
        if (t >= length)
            continue;
        const Index j = m_config.reverse ? length - 1 - t : t;
        if (!m_options.startsChunk(j))
            continue;
        dh.row(b).setZero();
        if (dc)
            dc->row(b).setZero();
    }
}

template <typename T>
Index RecurrentLayer<T>::parameterCount() const {
    Index count = 0;
    for (const ParameterShape& shape : parameterShapes())
        count += shape.size();
    return count;
}

} // namespace core
