#pragma once
/** Adds one block with its kind's default properties at a place. */
#include "app/document/block.h"

#include <QUndoCommand>

namespace app {

class NetworkDocument;

class AddBlockCommand : public QUndoCommand {
public:
    /** The block gets the document's next free id now, so redo after undo gives it back. */
    AddBlockCommand(NetworkDocument* document, BlockKind kind, QPointF position,
                    QUndoCommand* parent = nullptr);

    int blockId() const { return m_block.id; }
    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    Block m_block;
};

} // namespace app
