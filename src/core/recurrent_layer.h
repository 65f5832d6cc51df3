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
 */
#include "core/cell_kind.h"
#include "core/layer_trace.h"
#include "core/parameter_shape.h"
#include "core/recurrent_state.h"
#include "core/types.h"

#include <memory>
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

private:
    RecurrentLayerConfig m_config;
};

/** Makes the layer for config.cell. */
template <typename T>
std::unique_ptr<RecurrentLayer<T>> makeRecurrentLayer(const RecurrentLayerConfig& config);

template <typename T>
Index RecurrentLayer<T>::parameterCount() const {
    Index count = 0;
    for (const ParameterShape& shape : parameterShapes())
        count += shape.size();
    return count;
}

} // namespace core
