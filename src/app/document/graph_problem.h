#pragma once
/** Something that keeps a graph from being trained, in words, on the block (or wire) at fault. */
#include "app/document/wire.h"

#include <QString>
#include <optional>

namespace app {

struct GraphProblem {
    int blockId = 0;          ///< the offending block; 0 for the network as a whole
    std::optional<Wire> wire; ///< the offending wire, when a wire is at fault
    QString message;

    friend bool operator==(const GraphProblem&, const GraphProblem&) = default;
};

} // namespace app
