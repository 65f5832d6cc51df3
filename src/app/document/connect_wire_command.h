#pragma once
/** Draws a wire from an output port to an input port. */
#include "app/document/wire.h"

#include <QUndoCommand>

namespace app {

class NetworkDocument;

class ConnectWireCommand : public QUndoCommand {
public:
    ConnectWireCommand(NetworkDocument* document, const Wire& wire, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    Wire m_wire;
};

} // namespace app
