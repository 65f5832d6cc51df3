#include "app/document/connect_wire_command.h"

#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

ConnectWireCommand::ConnectWireCommand(NetworkDocument* document, const Wire& wire,
                                       QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_wire(wire) {
    setText(QCoreApplication::translate("Undo Commands", "Connect"));
}

void ConnectWireCommand::redo() {
    m_document->insertWire(m_document->graph().wires.size(), m_wire);
}

void ConnectWireCommand::undo() {
    m_document->removeWire(m_wire);
}

} // namespace app
