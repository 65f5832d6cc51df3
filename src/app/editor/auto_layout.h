#pragma once
/**
 * Tidies a graph left to right: each block goes in the column of the longest path that reaches it
 * from a block without inputs, so every wire runs rightwards; blocks sharing a column stack in
 * rows, ordered by where the blocks feeding them sit. Columns and rows are SpecLayout's, so a
 * tidied template looks as it did when it was made. A wire that closes a cycle is ignored.
 */
#include "app/document/network_graph.h"

#include <QHash>
#include <QPointF>

namespace app {

class AutoLayout {
public:
    /** The new top-left corner of every block, keeping the graph's top-left corner. */
    static QHash<int, QPointF> positions(const NetworkGraph& graph);
    /** The column of every block: its longest path from a block without inputs. */
    static QHash<int, int> columns(const NetworkGraph& graph);
};

} // namespace app
