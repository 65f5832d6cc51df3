#include "app/editor/network_scene.h"

#include "app/document/network_document.h"
#include "app/editor/block_item.h"
#include "app/editor/editor_colors.h"
#include "app/editor/port_item.h"
#include "app/editor/wire_item.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QUndoStack>
#include <QtMath>

namespace app {

NetworkScene::NetworkScene(NetworkDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document) {
    connect(document, &NetworkDocument::graphReset, this, &NetworkScene::rebuild);
    connect(document, &NetworkDocument::blockAdded, this, &NetworkScene::addBlockItem);
    connect(document, &NetworkDocument::blockRemoved, this, &NetworkScene::removeBlockItem);
    connect(document, &NetworkDocument::blockMoved, this, &NetworkScene::refreshBlock);
    connect(document, &NetworkDocument::propertyChanged, this, &NetworkScene::refreshBlock);
    connect(document, &NetworkDocument::wireAdded, this, &NetworkScene::addWireItem);
    connect(document, &NetworkDocument::wireRemoved, this, &NetworkScene::removeWireItem);
    connect(document, &NetworkDocument::analysisChanged, this, &NetworkScene::refreshAnalysis);
    connect(document, &NetworkDocument::editingLockedChanged, this, &NetworkScene::onLockChanged);
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit blockSelectionChanged(selectedBlockIds()); });
    rebuild();
}

NetworkScene::~NetworkScene() {
    // QGraphicsScene's destructor deletes the items one by one, and deleting a selected item
    // signals selectionChanged: by then this scene's maps hold dangling items. Empty the scene
    // here, silently, while the maps still match it.
    blockSignals(true);
    clear();
    m_blocks.clear();
    m_wires.clear();
    blockSignals(false);
}

QList<int> NetworkScene::selectedBlockIds() const {
    QList<int> ids;
    for (const Block& block : m_document->graph().blocks)
        if (const BlockItem* item = m_blocks.value(block.id); item && item->isSelected())
            ids.append(block.id);
    return ids;
}

QList<Wire> NetworkScene::selectedWires() const {
    QList<Wire> wires;
    for (const Wire& wire : m_document->graph().wires)
        if (const WireItem* item = m_wires.value(wire); item && item->isSelected())
            wires.append(wire);
    return wires;
}

void NetworkScene::selectBlocks(const QList<int>& ids) {
    QSignalBlocker blocker(this);
    clearSelection();
    for (int id : ids)
        if (BlockItem* item = m_blocks.value(id))
            item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

bool NetworkScene::isLocked() const {
    return m_document->isEditingLocked();
}

void NetworkScene::updateWiresOf(int blockId) {
    for (auto it = m_wires.cbegin(); it != m_wires.cend(); ++it) {
        const Wire& wire = it.key();
        if (wire.fromBlock != blockId && wire.toBlock != blockId)
            continue;
        const BlockItem* from = m_blocks.value(wire.fromBlock);
        const BlockItem* to = m_blocks.value(wire.toBlock);
        if (from && to)
            it.value()->setEnds(from->portScenePos(true, wire.fromPort),
                                to->portScenePos(false, wire.toPort));
    }
}

void NetworkScene::rebuild() {
    cancelWire();
    m_wires.clear();
    m_blocks.clear();
    clear();
    for (const Block& block : m_document->graph().blocks)
        addBlockItem(block.id);
    for (const Wire& wire : m_document->graph().wires)
        addWireItem(wire);
    refreshAnalysis();
}

void NetworkScene::addBlockItem(int id) {
    const Block* block = m_document->block(id);
    if (!block || m_blocks.contains(id))
        return;
    auto* item = new BlockItem(*block);
    item->setFlag(QGraphicsItem::ItemIsMovable, !isLocked());
    addItem(item);
    m_blocks.insert(id, item);
}

void NetworkScene::removeBlockItem(int id) {
    if (m_wireStart && m_wireStart->block == id)
        cancelWire();
    if (m_wireTarget && m_wireTarget->block == id)
        m_wireTarget.reset();
    delete m_blocks.take(id);
}

void NetworkScene::addWireItem(const Wire& wire) {
    if (m_wires.contains(wire))
        return;
    auto* item = new WireItem(wire);
    addItem(item);
    m_wires.insert(wire, item);
    updateWiresOf(wire.fromBlock);
}

void NetworkScene::removeWireItem(const Wire& wire) {
    delete m_wires.take(wire);
}

void NetworkScene::refreshBlock(int id) {
    const Block* block = m_document->block(id);
    if (BlockItem* item = m_blocks.value(id); item && block)
        item->setBlock(*block);
}

void NetworkScene::refreshAnalysis() {
    const GraphAnalysis& analysis = m_document->analysis();
    for (BlockItem* item : std::as_const(m_blocks)) {
        const int id = item->blockId();
        item->setParameterCount(analysis.parameters.contains(id)
                                    ? std::optional<core::Index>(analysis.parameters.value(id))
                                    : std::nullopt);
        QStringList problems;
        for (const GraphProblem& problem : analysis.problemsOf(id))
            problems.append(problem.message);
        item->setProblems(problems);
    }
    for (WireItem* item : std::as_const(m_wires)) {
        item->setShapeText(m_document->wireShapeText(item->wire()));
        QString wireProblem;
        for (const GraphProblem& problem : analysis.problems)
            if (problem.wire == item->wire())
                wireProblem = problem.message;
        item->setProblem(wireProblem);
    }
}

void NetworkScene::onLockChanged(bool locked) {
    if (locked)
        cancelWire();
    for (BlockItem* item : std::as_const(m_blocks))
        item->setFlag(QGraphicsItem::ItemIsMovable, !locked);
    update();
}

PortItem* NetworkScene::portAt(QPointF scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == PortItem::Type)
            return static_cast<PortItem*>(item);
    return nullptr;
}

PortItem* NetworkScene::portOf(const PortRef& ref) const {
    const BlockItem* block = m_blocks.value(ref.block);
    return block ? block->port(ref.output, ref.index) : nullptr;
}

PortItem* NetworkScene::dropTargetAt(QPointF scenePos) const {
    if (PortItem* port = portAt(scenePos))
        return port;
    if (!m_wireStart || !m_wireStart->output)
        return nullptr;
    // Dropped on a block's body: its first free input, else its first input.
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() != BlockItem::Type)
            continue;
        const auto* block = static_cast<BlockItem*>(item);
        const qsizetype count = inputPorts(block->block().kind).size();
        for (int i = 0; i < count; ++i)
            if (m_document->graph().wiresInto(block->blockId(), i).isEmpty())
                return block->port(false, i);
        return block->port(false, 0);
    }
    return nullptr;
}

void NetworkScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    PortItem* port = event->button() == Qt::LeftButton ? portAt(event->scenePos()) : nullptr;
    if (!port)
        return QGraphicsScene::mousePressEvent(event);
    if (isLocked()) {
        emit statusMessage(tr("Editing is locked while training runs."));
        return QGraphicsScene::mousePressEvent(event);
    }
    m_wireStart = PortRef{port->blockId(), port->index(), port->isOutput()};
    m_rubberWire = new QGraphicsPathItem;
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine, Qt::RoundCap);
    m_rubberWire->setPen(pen);
    m_rubberWire->setZValue(10);
    addItem(m_rubberWire);
    for (BlockItem* item : std::as_const(m_blocks))
        item->setPortNamesShown(true);
    moveRubberWire(event->scenePos());
    event->accept();
}

void NetworkScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_wireStart)
        return QGraphicsScene::mouseMoveEvent(event);
    moveRubberWire(event->scenePos());
    event->accept();
}

void NetworkScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (m_wireStart) {
        finishWire(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitDrag();
}

void NetworkScene::moveRubberWire(QPointF scenePos) {
    PortItem* start = portOf(*m_wireStart);
    if (!start || !m_rubberWire)
        return cancelWire();
    if (PortItem* old = m_wireTarget ? portOf(*m_wireTarget) : nullptr)
        old->setHighlighted(false);
    m_wireTarget.reset();
    PortItem* target = dropTargetAt(scenePos);
    if (target && target->isOutput() != start->isOutput() &&
        target->blockId() != start->blockId()) {
        target->setHighlighted(true);
        m_wireTarget = PortRef{target->blockId(), target->index(), target->isOutput()};
        scenePos = target->scenePos();
    }
    const QPointF from = start->isOutput() ? start->scenePos() : scenePos;
    const QPointF to = start->isOutput() ? scenePos : start->scenePos();
    m_rubberWire->setPath(WireItem::curve(from, to));
}

void NetworkScene::finishWire(QPointF scenePos) {
    const PortRef start = *m_wireStart;
    PortItem* target = dropTargetAt(scenePos);
    cancelWire();
    if (!target)
        return;
    if (target->isOutput() == start.output) {
        emit statusMessage(tr("A wire runs from an output port (on a block's right) to an "
                              "input port (on a block's left)."));
        return;
    }
    const Wire wire = start.output
                          ? Wire{start.block, start.index, target->blockId(), target->index()}
                          : Wire{target->blockId(), target->index(), start.block, start.index};
    const QString problem = m_document->connectionProblem(wire);
    if (!problem.isEmpty()) {
        emit statusMessage(tr("Cannot connect: %1.").arg(problem));
        return;
    }
    if (!m_document->connectPorts(wire))
        emit statusMessage(tr("Editing is locked while training runs."));
}

void NetworkScene::cancelWire() {
    if (PortItem* old = m_wireTarget ? portOf(*m_wireTarget) : nullptr)
        old->setHighlighted(false);
    m_wireTarget.reset();
    m_wireStart.reset();
    for (BlockItem* item : std::as_const(m_blocks))
        item->setPortNamesShown(false);
    delete m_rubberWire;
    m_rubberWire = nullptr;
}

void NetworkScene::commitDrag() {
    QList<int> moved;
    QPointF delta;
    for (const Block& block : m_document->graph().blocks) {
        const BlockItem* item = m_blocks.value(block.id);
        if (!item || item->pos() == block.position)
            continue;
        moved.append(block.id);
        delta = item->pos() - block.position;
    }
    if (moved.isEmpty())
        return;
    if (isLocked()) {
        for (int id : moved) // back to where the document has them
            refreshBlock(id);
        return;
    }
    // A macro of one move: a drag is its own undo step, never merged with the previous drag
    // of the same blocks (arrow-key moves do merge).
    const Block* first = m_document->block(moved.first());
    m_document->undoStack()->beginMacro(
        moved.size() == 1 ? tr("Move %1").arg(blockKindTitle(first->kind)) : tr("Move blocks"));
    m_document->moveBlocks(moved, delta);
    m_document->undoStack()->endMacro();
}

void NetworkScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, EditorColors::canvas(palette()));
    const double scale = painter->worldTransform().m11();
    if (scale < 0.4)
        return; // dots would be noise
    painter->setPen(QPen(EditorColors::grid(palette()), 1.5 / scale));
    const double step = kGrid;
    QList<QPointF> dots;
    for (double x = qFloor(rect.left() / step) * step; x < rect.right(); x += step)
        for (double y = qFloor(rect.top() / step) * step; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace app
