#include "app/document/move_blocks_command.h"

#include "app/document/command_ids.h"
#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

MoveBlocksCommand::MoveBlocksCommand(NetworkDocument* document, const QList<int>& ids,
                                     QPointF delta, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_ids(ids) {
    for (int id : ids) {
        if (const Block* block = document->block(id)) {
            m_from.insert(id, block->position);
            m_to.insert(id, block->position + delta);
        }
    }
    setText(ids.size() == 1
                ? QCoreApplication::translate("Undo Commands", "Move Block")
                : QCoreApplication::translate("Undo Commands", "Move %1 Blocks").arg(ids.size()));
}

int MoveBlocksCommand::id() const {
    return int(CommandId::MoveBlocks);
}

bool MoveBlocksCommand::mergeWith(const QUndoCommand* other) {
    const auto* move = static_cast<const MoveBlocksCommand*>(other);
    if (move->m_document != m_document || move->m_ids != m_ids)
        return false;
    m_to = move->m_to;
    setObsolete(m_to == m_from); // dragged back to where it started: nothing to undo
    return true;
}

void MoveBlocksCommand::redo() {
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it)
        m_document->setBlockPosition(it.key(), it.value());
}

void MoveBlocksCommand::undo() {
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it)
        m_document->setBlockPosition(it.key(), it.value());
}

} // namespace app
