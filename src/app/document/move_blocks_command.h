#pragma once
/** Moves blocks to new places. A drag sends many small moves; consecutive moves of the same
 * blocks merge into one undo step (CommandId::MoveBlocks), which keeps the first old places. */
#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace app {

class NetworkDocument;

class MoveBlocksCommand : public QUndoCommand {
public:
    MoveBlocksCommand(NetworkDocument* document, const QList<int>& ids, QPointF delta,
                      QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    QList<int> m_ids;
    QHash<int, QPointF> m_from;
    QHash<int, QPointF> m_to;
};

} // namespace app
