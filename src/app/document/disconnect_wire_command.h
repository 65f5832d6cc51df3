#pragma once
/** Removes a wire; undo puts it back in its place in the graph's list. */
#include "app/document/wire.h"

#include <QUndoCommand>

namespace app {

class NetworkDocument;

class DisconnectWireCommand : public QUndoCommand {
public:
    DisconnectWireCommand(NetworkDocument* document, const Wire& wire,
                          QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    Wire m_wire;
    qsizetype m_index;
};

} // namespace app
