#pragma once
/**
 * The editor's graph as a value: blocks and the wires between their ports. The document holds
 * one; templates, the clipboard, the layout of a spec and the session diagram are made of them,
 * and undo commands keep copies of the parts they change. Two graphs compare equal when they have
 * the same blocks (ids, kinds, properties, places) and the same wires in the same order.
 */
#include "app/document/block.h"
#include "app/document/wire.h"

#include <QList>

namespace app {

struct NetworkGraph {
    QList<Block> blocks;
    QList<Wire> wires;

    /** The block with that id, or nullptr. */
    const Block* block(int id) const;
    Block* block(int id);
    /** The wires that start or end at the block. */
    QList<Wire> wiresOf(int blockId) const;
    /** The wires into the block's input port `port`. */
    QList<Wire> wiresInto(int blockId, int port) const;
    /** The wires out of the block's output port `port`. */
    QList<Wire> wiresOutOf(int blockId, int port) const;
    /** One more than the largest block id (1 for an empty graph). */
    int nextId() const;
    /** The part of the graph made of these blocks and the wires between them. */
    NetworkGraph subgraph(const QList<int>& blockIds) const;

    friend bool operator==(const NetworkGraph&, const NetworkGraph&) = default;
};

} // namespace app
