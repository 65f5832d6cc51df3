#pragma once
/**
 * The parameter groups of a network that transfer learning freezes or trains at a rate of their
 * own, named for people and for the command line:
 *   "embedding"            embedding.weight
 *   "layer<l>"             every tensor of recurrent layer l (both directions, peepholes too)
 *   "layer<l>.<gate>"      the gate's rows of W_ih, W_hh, b_ih, b_hh (and its peephole) in layer
 *                          l, gate ∈ {i, f, g, o} (LSTMs), {r, z, n} (GRU), {a} (RNN)
 *   "attention", "decoder" (its embedding too), "head"
 *
 * An element's learning-rate multiplier is the product of the effective scales of every group
 * that holds it, m = Π_{groups ∋ element} (frozen ? 0 : s), so freezing a layer freezes its gates
 * and a gate's factor multiplies its layer's. The optimizers take m (core::Optimizer): a
 * parameter with m = 0 keeps its bits through any number of steps while its gradient is still
 * computed.
 */
#include "core/group_training.h"
#include "core/network.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace core {

/** Settings by group name; groups left out train at the run's rate. */
using GroupTrainingMap = std::map<std::string, GroupTraining>;

class ParameterGroups {
public:
    /** A contiguous run of elements of the flat parameter vector: [offset, offset + size). */
    using Span = std::pair<Index, Index>;

    /** Every group `spec` has, in parameter order, layers before their gates. */
    static std::vector<std::string> names(const NetworkSpec& spec);
    /** Empty when every group of `groups` exists in `spec` and its scale is a number ≥ 0, else
     * what is wrong, in words. */
    static std::string problem(const NetworkSpec& spec, const GroupTrainingMap& groups);
    /** Where group `name` lives in the flat parameter vector; empty when it does not exist. */
    template <typename T>
    static std::vector<Span> spans(const Network<T>& network, const std::string& name);
    /** The per-element multipliers m, parameterCount() long; empty when all are 1. Throws
     * std::invalid_argument with problem()'s words. */
    template <typename T>
    static Vector<T> multipliers(const Network<T>& network, const GroupTrainingMap& groups);
    /** Gate letters of a cell kind in their row order: "ifgo", "rzn" or "a". */
    static std::string gateLetters(CellKind kind);
};

} // namespace core
