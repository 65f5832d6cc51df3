#pragma once
/**
 * The network editor's canvas: a QGraphicsScene that mirrors a NetworkDocument, one BlockItem
 * per block and one WireItem per wire, rebuilt from the document's signals (so undo, paste and
 * templates show by themselves). The mouse edits the document through its edit functions:
 * dragging blocks moves them live and commits one moveBlocks() on release (one undo step);
 * dragging from a port to a port of the other direction draws a wire (connectPorts()), and a wire
 * the document refuses is reported by statusMessage(), not drawn. While the document is locked
 * (training runs) nothing moves and no wire starts.
 */
#include "app/document/wire.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <optional>

class QGraphicsPathItem;

namespace app {

class BlockItem;
class NetworkDocument;
class PortItem;
class WireItem;

class NetworkScene : public QGraphicsScene {
    Q_OBJECT

public:
    /** Grid step of the canvas: arrow keys move blocks by it. */
    static constexpr double kGrid = 20.0;

    explicit NetworkScene(NetworkDocument* document, QObject* parent = nullptr);
    ~NetworkScene() override;

    NetworkDocument* document() const { return m_document; }
    /** The block's item, or nullptr. */
    BlockItem* blockItem(int id) const { return m_blocks.value(id); }
    /** The wire's item, or nullptr. */
    WireItem* wireItem(const Wire& wire) const { return m_wires.value(wire); }
    /** The selected blocks, in the document's order. */
    QList<int> selectedBlockIds() const;
    QList<Wire> selectedWires() const;
    /** Selects exactly these blocks. */
    void selectBlocks(const QList<int>& ids);
    bool isLocked() const;
    /** Whether a wire is being drawn from a port. */
    bool isDrawingWire() const { return m_wireStart.has_value(); }

    /** Keeps the block's wires on its ports (the block's item moved). */
    void updateWiresOf(int blockId);

signals:
    /** Something to tell the user in the status bar: why a wire was refused… */
    void statusMessage(const QString& message);
    /** The selected blocks changed (the inspector shows them). */
    void blockSelectionChanged(const QList<int>& ids);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    struct PortRef {
        int block = 0;
        int index = 0;
        bool output = false;
    };

    void rebuild();
    void addBlockItem(int id);
    void removeBlockItem(int id);
    void addWireItem(const Wire& wire);
    void removeWireItem(const Wire& wire);
    void refreshBlock(int id);
    void refreshAnalysis();
    void onLockChanged(bool locked);

    PortItem* portAt(QPointF scenePos) const;
    PortItem* portOf(const PortRef& ref) const;
    /** The port a wire dropped at `scenePos` ends on: a port, or a free input of a block. */
    PortItem* dropTargetAt(QPointF scenePos) const;
    void moveRubberWire(QPointF scenePos);
    void finishWire(QPointF scenePos);
    void cancelWire();
    void commitDrag();

    NetworkDocument* m_document;
    QHash<int, BlockItem*> m_blocks;
    QHash<Wire, WireItem*> m_wires;
    std::optional<PortRef> m_wireStart;
    std::optional<PortRef> m_wireTarget;
    QGraphicsPathItem* m_rubberWire = nullptr;
};

} // namespace app
