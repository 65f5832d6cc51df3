#pragma once
/**
 * Draws a core::NetworkSpec as a graph, left to right: the input (and embedding), one block per
 * recurrent layer with a dropout block after it when it has dropout, then the head the spec's
 * output mode calls for (SpecCompiler's shapes), the dense layer and the output. Side paths (a
 * final state into attention, the decoder) run one row below. Compiling the graph gives the spec
 * back, and the initialization as far as the blocks carry it (the forget-gate bias lives on LSTM
 * blocks, so a network without one drops it; the recurrent scale is not a block property), and
 * but for dropout on the last layer of a per-sequence network without attention, which the core
 * never applies (its head reads the final state) and which is left out.
 */
#include "app/document/network_graph.h"
#include "core/loss.h"
#include "core/network_initializer.h"
#include "core/network_spec.h"

#include <optional>

namespace app {

class SpecLayout {
public:
    static constexpr double kColumn = 180.0; ///< from one block's left edge to the next one's
    static constexpr double kRow = 120.0;    ///< from the main row to the side row

    /** The graph; the output's loss is `loss`, or cross-entropy for a sequence-to-sequence
     * network and the squared error otherwise. Ids are 1, 2, … from left to right. */
    static NetworkGraph layout(const core::NetworkSpec& spec,
                               const core::InitOptions& initialization = {},
                               std::optional<core::LossKind> loss = {});

    /** A number as the shortest text that reads back as the same double. */
    static QString number(double value);
};

} // namespace app
