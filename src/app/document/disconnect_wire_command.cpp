#include "app/document/disconnect_wire_command.h"

#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

DisconnectWireCommand::DisconnectWireCommand(NetworkDocument* document, const Wire& wire,
                                             QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_wire(wire)
    , m_index(document->graph().wires.indexOf(wire)) {
    setText(QCoreApplication::translate("Undo Commands", "Disconnect"));
}

void DisconnectWireCommand::redo() {
    m_document->removeWire(m_wire);
}

void DisconnectWireCommand::undo() {
    m_document->insertWire(m_index, m_wire);
}

} // namespace app
