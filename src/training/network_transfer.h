#pragma once
/**
 * Transfer learning's first step: a network for a new task made from a saved network's layers.
 * The recurrent layers 0…k−1 are taken with their weights; the target's further layers, and
 * whatever else does not fit, start from the initializer. For token inputs and outputs the
 * vocabularies may differ: a symbol found in both keeps what the saved network learnt of it,
 *   E'[j] = E[i]         (embedding row of target symbol j = saved row of the same symbol i)
 *   W'[j] = W[i], b'[j] = b[i]   (head row and bias of output j, when the head is taken)
 * and symbols only the target knows keep their initial values.
 *
 * Shapes are checked before anything is copied; a problem names the layer and both shapes, e.g.
 * "layer 1 expects input 64 but the saved layer 1 has 32".
 */
#include "core/network.h"
#include "data/task.h"
#include "session/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace training {

class NetworkTransfer {
public:
    /** What to take from the saved network. */
    struct Plan {
        int takeLayers = -1; ///< k: layers 0…k−1 taken; −1: all the saved network has
        /** The saved and the target vocabularies, one symbol per token id; both empty: ids are
         * the same symbols wherever the sizes agree. */
        std::vector<std::string> savedSymbols, targetSymbols;
        std::uint64_t seed = 1; ///< initializes what is not taken
    };

    /** What was taken, one line a part, for people: "layer 0: taken (LSTM, 128 units)". */
    struct Report {
        std::vector<std::string> lines;
        int sharedSymbols = -1; ///< symbols found in both vocabularies; −1: no mapping used
    };

    /**
     * The spec of the new network: the saved network's first k layers (and its embedding
     * width), then `added` layers, with the input and output of `task` (its recommended spec).
     */
    static core::NetworkSpec targetSpec(const core::NetworkSpec& saved, int takeLayers,
                                        const std::vector<core::RecurrentLayerSpec>& added,
                                        const core::NetworkSpec& task);
    /** Empty when `target` can take the saved network's first `takeLayers` layers, else what
     * does not fit, naming the layer and the shapes. */
    static std::string problem(const core::NetworkSpec& saved, const core::NetworkSpec& target,
                               int takeLayers);
    /** The new network; throws std::invalid_argument with problem()'s words. */
    static core::Network<double> build(const core::NetworkSpec& savedSpec,
                                       const core::Vector<float>& savedWeights,
                                       const core::NetworkSpec& target, const Plan& plan,
                                       Report* report = nullptr);
    /** One symbol a token id for a task whose tokens are characters (UTF-8); empty for others. */
    static std::vector<std::string> symbolsOf(const data::Task& task);
    /**
     * build() from a saved session for `task`: the session's first `takeLayers` layers, then
     * `added`, with the symbols of both tasks mapped (the saved task is made again from the
     * session's reference). Throws std::invalid_argument.
     */
    static core::Network<double> fromSession(const session::Session& saved, const data::Task& task,
                                             int takeLayers,
                                             const std::vector<core::RecurrentLayerSpec>& added,
                                             std::uint64_t seed, Report* report = nullptr);
};

} // namespace training
