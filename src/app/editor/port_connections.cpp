#include "app/editor/port_connections.h"

#include "app/document/network_document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QUndoStack>

namespace app {

namespace {

/** "LSTM 2 · sequence": the block's kind, its id, the port. */
QString sourceName(const NetworkDocument& document, int block, int port) {
    const Block* source = document.block(block);
    return PortConnections::tr("%1 %2 · %3")
        .arg(blockKindTitle(source->kind))
        .arg(block)
        .arg(outputPorts(source->kind).value(port).name);
}

} // namespace

PortConnections::PortConnections(NetworkDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_layout(new QFormLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (auto signal : {&NetworkDocument::wireAdded, &NetworkDocument::wireRemoved})
        connect(document, signal, this, &PortConnections::refresh);
    for (auto signal : {&NetworkDocument::blockAdded, &NetworkDocument::blockRemoved})
        connect(document, signal, this, &PortConnections::refresh);
    connect(document, &NetworkDocument::graphReset, this, [this] { setBlock(0); });
    connect(document, &NetworkDocument::editingLockedChanged, this,
            [this](bool locked) { setEnabled(!locked); });
    setEnabled(!document->isEditingLocked());
}

void PortConnections::setBlock(int id) {
    m_blockId = id;
    rebuild();
}

QList<Wire> PortConnections::candidates(int port) const {
    QList<Wire> out;
    for (const Block& block : m_document->graph().blocks) {
        if (block.id == m_blockId)
            continue;
        for (qsizetype p = 0; p < outputPorts(block.kind).size(); ++p)
            out << Wire{block.id, int(p), m_blockId, port};
    }
    return out;
}

void PortConnections::rebuild() {
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_lists.clear();
    const Block* block = m_document->block(m_blockId);
    if (!block)
        return;
    const QList<PortSpec> inputs = inputPorts(block->kind);
    for (qsizetype port = 0; port < inputs.size(); ++port) {
        auto* list = new QComboBox(this);
        list->setToolTip(tr("What feeds the “%1” input; choose another block's output to "
                            "rewire it")
                             .arg(inputs[port].name));
        connect(list, &QComboBox::activated, this, [this, port](int index) {
            const QList<Wire> wires = candidates(int(port));
            rewire(int(port), index <= 0 || index > wires.size() ? std::nullopt
                                                                 : std::optional(wires[index - 1]));
        });
        m_layout->addRow(tr("%1 from:").arg(inputs[port].name), list);
        m_lists << list;
    }
    refresh();
}

void PortConnections::refresh() {
    // Lists are filled again, never remade: this may run inside one of their own signals.
    if (!m_document->block(m_blockId)) {
        if (!m_lists.isEmpty())
            rebuild();
        return;
    }
    for (qsizetype port = 0; port < m_lists.size(); ++port) {
        QComboBox* list = m_lists[port];
        const QSignalBlocker blocker(list);
        list->clear();
        list->addItem(tr("not connected"));
        int current = 0;
        for (const Wire& wire : candidates(int(port))) {
            list->addItem(sourceName(*m_document, wire.fromBlock, wire.fromPort));
            if (m_document->graph().wires.contains(wire))
                current = list->count() - 1;
        }
        list->setCurrentIndex(current);
    }
}

void PortConnections::rewire(int port, const std::optional<Wire>& source) {
    std::optional<Wire> old;
    for (const Wire& wire : m_document->graph().wires)
        if (wire.toBlock == m_blockId && wire.toPort == port)
            old = wire;
    if (old == source)
        return;
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Rewire input"));
    if (old)
        m_document->disconnectWire(*old);
    const QString problem = source ? m_document->connectionProblem(*source) : QString();
    if (source && problem.isEmpty())
        m_document->connectPorts(*source);
    stack->endMacro();
    if (!problem.isEmpty()) {
        stack->undo(); // the old wire back: nothing changed
        emit refused(problem);
    }
    refresh();
}

} // namespace app
