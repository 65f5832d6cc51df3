#pragma once
/**
 * The document's graph as a session stores it (session::NetworkDiagram) and back. Kinds travel by
 * name (blockKindName), properties as the same text, places as two numbers: a round trip gives
 * the very same graph.
 */
#include "app/document/network_graph.h"
#include "data/task.h"
#include "session/session.h"

#include <QString>
#include <optional>

namespace app {

class DiagramConversion {
public:
    static session::NetworkDiagram toDiagram(const NetworkGraph& graph);
    /** The graph, or nothing with `error` set when a block has an unknown kind, two blocks share
     * an id or a wire names a block that is not there. */
    static std::optional<NetworkGraph> fromDiagram(const session::NetworkDiagram& diagram,
                                                   QString* error = nullptr);
    /** What the editor shows for a session: its diagram, or — when it was made without the
     * editor or its diagram cannot be read — its spec laid out by SpecLayout, with the
     * initialization and the loss of the task it trains on (`task`, when known), so that the
     * laid-out graph fits its task as the network did. */
    static NetworkGraph graphOf(const session::Session& session, const data::Task* task = nullptr);
};

} // namespace app
