#pragma once
/**
 * Two lessons' changes to how the recurrent layers run, set on a NetworkExecutor (and so on a
 * TrainingStep) and applied to every recurrent layer, both directions and the decoder included.
 *
 * Truncated backpropagation through time with length k (as PyTorch users write it, detaching
 * the state every k steps): each layer's sequence is cut, in the layer's own time order, into
 * chunks of k steps, steps j = 0…k−1, k…2k−1, … counted from each sequence's first step (for a
 * reverse direction, from its last valid step backwards). Within a chunk the gradient flows as
 * usual; at a chunk's first step j = mk (m ≥ 1) the state s_{j−1} it reads is a constant:
 *
 *   ∂L/∂h_{j−1} := 0,   ∂L/∂c_{j−1} := 0   (the carry from step j into step j − 1 is dropped)
 *
 * while ∂L/∂W_hh = Σ_j da_jᵀ h_{j−1} still counts every step, the chunk's first included. The
 * gradient a layer passes down to the layer below (∂L/∂x_t) is not truncated, only the carry;
 * the initial state's gradient is what reaches chunk 0. k = 0 is full BPTT, and k ≥ S equals it.
 *
 * Frozen gates (FrozenGates): LSTM and peephole LSTM layers only.
 */
#include "core/frozen_gates.h"
#include "core/network_spec.h"

#include <string>

namespace core {

struct RecurrentOptions {
    Index truncation = 0; ///< k: the gradient crosses at most k − 1 steps back; 0: full BPTT
    FrozenGates frozenGates;

    bool operator==(const RecurrentOptions&) const = default;
    /** Empty when the options can be used (k ≥ 0, frozen values in [0, 1]), else why not. */
    std::string problem() const;
    /** problem(), and whether every recurrent layer of `spec` has the gates frozen. */
    std::string problemFor(const NetworkSpec& spec) const;
    /** Whether step j (0-based, in the layer's time order) starts a chunk after the first. */
    bool startsChunk(Index j) const { return truncation > 0 && j > 0 && j % truncation == 0; }
};

} // namespace core
