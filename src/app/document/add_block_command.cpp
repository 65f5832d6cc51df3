#include "app/document/add_block_command.h"

#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

AddBlockCommand::AddBlockCommand(NetworkDocument* document, BlockKind kind, QPointF position,
                                 QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_block{document->graph().nextId(), kind, defaultProperties(kind), position} {
    setText(QCoreApplication::translate("Undo Commands", "Add %1").arg(blockKindTitle(kind)));
}

void AddBlockCommand::redo() {
    m_document->insertBlock(m_document->graph().blocks.size(), m_block);
}

void AddBlockCommand::undo() {
    m_document->takeBlock(m_block.id);
}

} // namespace app
