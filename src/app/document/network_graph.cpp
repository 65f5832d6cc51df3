#include "app/document/network_graph.h"

#include <algorithm>

namespace app {

const Block* NetworkGraph::block(int id) const {
    for (const Block& b : blocks)
        if (b.id == id)
            return &b;
    return nullptr;
}

Block* NetworkGraph::block(int id) {
    for (Block& b : blocks)
        if (b.id == id)
            return &b;
    return nullptr;
}

QList<Wire> NetworkGraph::wiresOf(int blockId) const {
    QList<Wire> out;
    for (const Wire& w : wires)
        if (w.fromBlock == blockId || w.toBlock == blockId)
            out.append(w);
    return out;
}

QList<Wire> NetworkGraph::wiresInto(int blockId, int port) const {
    QList<Wire> out;
    for (const Wire& w : wires)
        if (w.toBlock == blockId && w.toPort == port)
            out.append(w);
    return out;
}

QList<Wire> NetworkGraph::wiresOutOf(int blockId, int port) const {
    QList<Wire> out;
    for (const Wire& w : wires)
        if (w.fromBlock == blockId && w.fromPort == port)
            out.append(w);
    return out;
}

int NetworkGraph::nextId() const {
    int largest = 0;
    for (const Block& b : blocks)
        largest = std::max(largest, b.id);
    return largest + 1;
}

NetworkGraph NetworkGraph::subgraph(const QList<int>& blockIds) const {
    NetworkGraph out;
    for (const Block& b : blocks)
        if (blockIds.contains(b.id))
            out.blocks.append(b);
    for (const Wire& w : wires)
        if (blockIds.contains(w.fromBlock) && blockIds.contains(w.toBlock))
            out.wires.append(w);
    return out;
}

} // namespace app
