#include "app/document/set_property_command.h"

#include "app/document/command_ids.h"
#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

SetPropertyCommand::SetPropertyCommand(NetworkDocument* document, int blockId, const QString& name,
                                       const QString& value, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_blockId(blockId)
    , m_name(name)
    , m_new(value) {
    const Block* block = document->block(blockId);
    if (block && block->properties.contains(name))
        m_old = block->properties.value(name);
    setText(QCoreApplication::translate("Undo Commands", "Change %1 of %2")
                .arg(name, block ? blockKindTitle(block->kind) : QString()));
}

int SetPropertyCommand::id() const {
    return int(CommandId::SetProperty);
}

bool SetPropertyCommand::mergeWith(const QUndoCommand* other) {
    const auto* set = static_cast<const SetPropertyCommand*>(other);
    if (set->m_document != m_document || set->m_blockId != m_blockId || set->m_name != m_name)
        return false;
    m_new = set->m_new;
    return true;
}

void SetPropertyCommand::redo() {
    m_document->setPropertyValue(m_blockId, m_name, m_new);
}

void SetPropertyCommand::undo() {
    // A property that was only a default goes back to being unset, so undo is exact.
    m_document->setPropertyValue(m_blockId, m_name, m_old);
}

} // namespace app
