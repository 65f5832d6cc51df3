#include "app/document/paste_blocks_command.h"

#include "app/document/network_document.h"

#include <QCoreApplication>
#include <QHash>

namespace app {

PasteBlocksCommand::PasteBlocksCommand(NetworkDocument* document, const NetworkGraph& selection,
                                       QPointF offset, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_pasted(renumbered(selection, document->graph().nextId(), offset)) {
    setText(m_pasted.blocks.size() == 1
                ? QCoreApplication::translate("Undo Commands", "Paste %1")
                      .arg(blockKindTitle(m_pasted.blocks.front().kind))
                : QCoreApplication::translate("Undo Commands", "Paste %1 Blocks")
                      .arg(m_pasted.blocks.size()));
}

NetworkGraph PasteBlocksCommand::renumbered(const NetworkGraph& selection, int firstId,
                                            QPointF offset) {
    NetworkGraph out;
    QHash<int, int> newIds;
    for (Block block : selection.blocks) {
        newIds.insert(block.id, firstId);
        block.id = firstId++;
        block.position += offset;
        out.blocks.append(block);
    }
    for (Wire wire : selection.wires) {
        if (!newIds.contains(wire.fromBlock) || !newIds.contains(wire.toBlock))
            continue;
        wire.fromBlock = newIds.value(wire.fromBlock);
        wire.toBlock = newIds.value(wire.toBlock);
        out.wires.append(wire);
    }
    return out;
}

QList<int> PasteBlocksCommand::blockIds() const {
    QList<int> ids;
    for (const Block& block : m_pasted.blocks)
        ids.append(block.id);
    return ids;
}

void PasteBlocksCommand::redo() {
    for (const Block& block : m_pasted.blocks)
        m_document->insertBlock(m_document->graph().blocks.size(), block);
    for (const Wire& wire : m_pasted.wires)
        m_document->insertWire(m_document->graph().wires.size(), wire);
}

void PasteBlocksCommand::undo() {
    for (auto it = m_pasted.wires.crbegin(); it != m_pasted.wires.crend(); ++it)
        m_document->removeWire(*it);
    for (auto it = m_pasted.blocks.crbegin(); it != m_pasted.blocks.crend(); ++it)
        m_document->takeBlock(it->id);
}

} // namespace app
