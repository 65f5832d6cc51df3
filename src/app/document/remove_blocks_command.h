#pragma once
/** Removes blocks with every wire that touches them; undo puts blocks and wires back where they
 * were in the graph's lists, so the graph after undo equals the graph before. */
#include "app/document/block.h"
#include "app/document/wire.h"

#include <QList>
#include <QUndoCommand>
#include <utility>

namespace app {

class NetworkDocument;

class RemoveBlocksCommand : public QUndoCommand {
public:
    RemoveBlocksCommand(NetworkDocument* document, const QList<int>& ids,
                        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    QList<std::pair<qsizetype, Block>> m_blocks; ///< ascending index in the graph
    QList<std::pair<qsizetype, Wire>> m_wires;   ///< ascending index in the graph
};

} // namespace app
