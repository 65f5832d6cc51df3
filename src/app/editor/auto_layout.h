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
#include <QString>

namespace app {

class NetworkDocument;

class AutoLayout {
public:
    /** The new top-left corner of every block, keeping the graph's top-left corner. */
    static QHash<int, QPointF> positions(const NetworkGraph& graph);
    /** The column of every block: its longest path from a block without inputs. */
    static QHash<int, int> columns(const NetworkGraph& graph);
    /** Moves the document's blocks to positions() as one undo step named `text`; false when
     * nothing moved (already tidy, or locked). */
    static bool apply(NetworkDocument* document, const QString& text);
    /** A top-left corner on the grid for a new block centred near `centre`, stepping down and
     * right past blocks already there so it never hides one. */
    static QPointF freePlace(const NetworkGraph& graph, QPointF centre);
};

} // namespace app
