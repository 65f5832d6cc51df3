#pragma once
/** Adds a copied selection: its blocks get new ids (the document's next free ones, fixed when
 * the command is made) and move by an offset; the wires between them follow the new ids. */
#include "app/document/network_graph.h"

#include <QPointF>
#include <QUndoCommand>

namespace app {

class NetworkDocument;

class PasteBlocksCommand : public QUndoCommand {
public:
    PasteBlocksCommand(NetworkDocument* document, const NetworkGraph& selection, QPointF offset,
                       QUndoCommand* parent = nullptr);

    /** The pasted blocks' ids, in the selection's order. */
    QList<int> blockIds() const;
    void redo() override;
    void undo() override;

    /** The selection with ids from `firstId` on, moved by `offset`. */
    static NetworkGraph renumbered(const NetworkGraph& selection, int firstId, QPointF offset);

private:
    NetworkDocument* m_document;
    NetworkGraph m_pasted;
};

} // namespace app
