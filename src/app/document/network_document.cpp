#include "app/document/network_document.h"

#include "app/document/add_block_command.h"
#include "app/document/apply_template_command.h"
#include "app/document/block_clipboard.h"
#include "app/document/connect_wire_command.h"
#include "app/document/disconnect_wire_command.h"
#include "app/document/layer_training.h"
#include "app/document/move_blocks_command.h"
#include "app/document/paste_blocks_command.h"
#include "app/document/remove_blocks_command.h"
#include "app/document/set_property_command.h"
#include "app/document/spec_layout.h"

#include <QCoreApplication>
#include <QMimeData>

namespace app {

NetworkDocument::NetworkDocument(QObject* parent)
    : QObject(parent)
    , m_analysis(GraphAnalysis::of(m_graph))
    , m_undoStack(new QUndoStack(this)) {}

NetworkDocument::~NetworkDocument() = default;

std::unique_ptr<NetworkDocument> NetworkDocument::fromSpec(const core::NetworkSpec& spec,
                                                           const core::InitOptions& initialization,
                                                           std::optional<core::LossKind> loss) {
    auto document = std::make_unique<NetworkDocument>();
    document->resetGraph(SpecLayout::layout(spec, initialization, loss));
    return document;
}

QList<int> NetworkDocument::blockIds() const {
    QList<int> ids;
    for (const Block& block : m_graph.blocks)
        ids.append(block.id);
    return ids;
}

void NetworkDocument::setTask(const data::Task* task) {
    m_task = task;
    reanalyze();
}

QString NetworkDocument::wireShapeText(const Wire& wire) const {
    const auto found = m_analysis.wireShapes.constFind(wire);
    return found == m_analysis.wireShapes.constEnd() ? QString() : found->text();
}

void NetworkDocument::setEditingLocked(bool locked) {
    if (m_locked == locked)
        return;
    m_locked = locked;
    emit editingLockedChanged(locked);
}

void NetworkDocument::resetGraph(const NetworkGraph& graph) {
    m_undoStack->clear();
    replaceGraph(graph);
}

int NetworkDocument::addBlock(BlockKind kind, QPointF position) {
    auto* command = new AddBlockCommand(this, kind, position);
    const int id = command->blockId();
    return push(command) ? id : 0;
}

bool NetworkDocument::removeBlocks(const QList<int>& ids) {
    for (int id : ids)
        if (!m_graph.block(id))
            return false;
    return !ids.isEmpty() && push(new RemoveBlocksCommand(this, ids));
}

bool NetworkDocument::moveBlocks(const QList<int>& ids, QPointF delta) {
    for (int id : ids)
        if (!m_graph.block(id))
            return false;
    return !ids.isEmpty() && push(new MoveBlocksCommand(this, ids, delta));
}

bool NetworkDocument::connectPorts(const Wire& wire) {
    return connectionProblem(wire).isEmpty() && push(new ConnectWireCommand(this, wire));
}

bool NetworkDocument::disconnectWire(const Wire& wire) {
    return m_graph.wires.contains(wire) && push(new DisconnectWireCommand(this, wire));
}

bool NetworkDocument::setBlockProperty(int id, const QString& name, const QString& value) {
    const Block* block = m_graph.block(id);
    if (!block || !defaultProperties(block->kind).contains(name) || block->property(name) == value)
        return false;
    return push(new SetPropertyCommand(this, id, name, value));
}

bool NetworkDocument::setBlockFrozen(int id, bool frozen) {
    const Block* block = m_graph.block(id);
    const QString title = block ? blockKindTitle(block->kind) : QString();
    return setTrainingProperty(
        id, LayerTraining::frozenProperty(),
        frozen ? QStringLiteral("true") : QStringLiteral("false"),
        frozen ? QCoreApplication::translate("Undo Commands", "Freeze %1").arg(title)
               : QCoreApplication::translate("Undo Commands", "Unfreeze %1").arg(title));
}

bool NetworkDocument::setBlockRateFactor(int id, double factor) {
    const Block* block = m_graph.block(id);
    if (!(factor >= 0) || factor > 1e6)
        return false;
    return setTrainingProperty(
        id, LayerTraining::rateFactorProperty(), QString::number(factor),
        QCoreApplication::translate("Undo Commands", "Change the learning-rate factor of %1")
            .arg(block ? blockKindTitle(block->kind) : QString()));
}

bool NetworkDocument::setTrainingProperty(int id, const QString& name, const QString& value,
                                          const QString& text) {
    const Block* block = m_graph.block(id);
    if (!block || !LayerTraining::appliesTo(block->kind))
        return false;
    const core::GroupTraining before = LayerTraining::of(*block);
    Block changed = *block;
    changed.properties.insert(name, value);
    if (LayerTraining::of(changed) == before)
        return false;
    // A rate factor stepped in a spin box merges into one step; a freeze toggle never does.
    QUndoCommand* command = nullptr;
    if (name == LayerTraining::frozenProperty()) {
        command = new QUndoCommand(text);
        new SetPropertyCommand(this, id, name, value, command);
    } else {
        command = new SetPropertyCommand(this, id, name, value);
        command->setText(text);
    }
    m_undoStack->push(command); // not push(): allowed while training runs
    return true;
}

core::GroupTrainingMap NetworkDocument::groupTraining() const {
    return m_analysis.compiled ? LayerTraining::groups(m_graph, *m_analysis.compiled)
                               : core::GroupTrainingMap{};
}

QList<int> NetworkDocument::paste(const QMimeData* mime, QPointF offset) {
    const std::optional<NetworkGraph> selection = BlockClipboard::fromMimeData(mime);
    if (!selection || selection->blocks.isEmpty() || m_locked)
        return {};
    auto* command = new PasteBlocksCommand(this, *selection, offset);
    const QList<int> ids = command->blockIds();
    return push(command) ? ids : QList<int>();
}

bool NetworkDocument::applyTemplate(const NetworkGraph& graph, const QString& name) {
    return push(new ApplyTemplateCommand(this, graph, name));
}

QMimeData* NetworkDocument::copy(const QList<int>& ids) const {
    return BlockClipboard::toMimeData(m_graph.subgraph(ids));
}

QString NetworkDocument::connectionProblem(const Wire& wire) const {
    const Block* from = m_graph.block(wire.fromBlock);
    const Block* to = m_graph.block(wire.toBlock);
    if (!from || !to)
        return tr("there is no such block");
    if (wire.fromPort < 0 || wire.fromPort >= outputPorts(from->kind).size())
        return tr("%1 has no such output port").arg(blockKindTitle(from->kind));
    if (wire.toPort < 0 || wire.toPort >= inputPorts(to->kind).size())
        return tr("%1 has no such input port").arg(blockKindTitle(to->kind));
    if (wire.fromBlock == wire.toBlock)
        return tr("a block cannot feed itself");
    if (!m_graph.wiresInto(wire.toBlock, wire.toPort).isEmpty())
        return tr("the “%1” port takes one wire and has one already")
            .arg(inputPorts(to->kind).at(wire.toPort).name);
    return QString();
}

void NetworkDocument::insertBlock(qsizetype index, const Block& block) {
    m_graph.blocks.insert(index, block);
    emit blockAdded(block.id);
    reanalyze();
}

Block NetworkDocument::takeBlock(int id) {
    Block removed;
    for (qsizetype i = 0; i < m_graph.blocks.size(); ++i)
        if (m_graph.blocks[i].id == id)
            removed = m_graph.blocks.takeAt(i);
    emit blockRemoved(id);
    reanalyze();
    return removed;
}

void NetworkDocument::insertWire(qsizetype index, const Wire& wire) {
    m_graph.wires.insert(index, wire);
    emit wireAdded(wire);
    reanalyze();
}

void NetworkDocument::removeWire(const Wire& wire) {
    if (!m_graph.wires.removeOne(wire))
        return;
    emit wireRemoved(wire);
    reanalyze();
}

void NetworkDocument::setBlockPosition(int id, QPointF position) {
    Block* block = m_graph.block(id);
    if (!block || block->position == position)
        return;
    block->position = position;
    emit blockMoved(id, position); // a move changes no shape: no analysis
}

void NetworkDocument::setPropertyValue(int id, const QString& name,
                                       const std::optional<QString>& value) {
    Block* block = m_graph.block(id);
    if (!block)
        return;
    if (value)
        block->properties.insert(name, *value);
    else
        block->properties.remove(name);
    emit propertyChanged(id, name, block->property(name));
    reanalyze();
    if (LayerTraining::isTrainingProperty(name))
        emit groupTrainingChanged();
}

void NetworkDocument::replaceGraph(const NetworkGraph& graph) {
    m_graph = graph;
    emit graphReset();
    reanalyze();
}

void NetworkDocument::reanalyze() {
    const bool wasTrainable = m_analysis.isTrainable();
    const QList<GraphProblem> oldProblems = m_analysis.problems;
    m_analysis = GraphAnalysis::of(m_graph, m_task);
    emit analysisChanged();
    if (m_analysis.problems != oldProblems)
        emit problemsChanged();
    if (m_analysis.isTrainable() != wasTrainable)
        emit validityChanged(m_analysis.isTrainable());
}

bool NetworkDocument::push(QUndoCommand* command) {
    if (m_locked) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

} // namespace app
