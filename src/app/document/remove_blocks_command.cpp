#include "app/document/remove_blocks_command.h"

#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

RemoveBlocksCommand::RemoveBlocksCommand(NetworkDocument* document, const QList<int>& ids,
                                         QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document) {
    const NetworkGraph& graph = document->graph();
    for (qsizetype i = 0; i < graph.blocks.size(); ++i)
        if (ids.contains(graph.blocks[i].id))
            m_blocks.append({i, graph.blocks[i]});
    for (qsizetype i = 0; i < graph.wires.size(); ++i)
        if (ids.contains(graph.wires[i].fromBlock) || ids.contains(graph.wires[i].toBlock))
            m_wires.append({i, graph.wires[i]});
    setText(m_blocks.size() == 1 ? QCoreApplication::translate("Undo Commands", "Delete %1")
                                       .arg(blockKindTitle(m_blocks.front().second.kind))
                                 : QCoreApplication::translate("Undo Commands", "Delete %1 Blocks")
                                       .arg(m_blocks.size()));
}

void RemoveBlocksCommand::redo() {
    for (auto it = m_wires.crbegin(); it != m_wires.crend(); ++it)
        m_document->removeWire(it->second);
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
        m_document->takeBlock(it->second.id);
}

void RemoveBlocksCommand::undo() {
    for (const auto& [index, block] : m_blocks)
        m_document->insertBlock(index, block);
    for (const auto& [index, wire] : m_wires)
        m_document->insertWire(index, wire);
}

} // namespace app
