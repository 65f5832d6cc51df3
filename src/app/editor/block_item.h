#pragma once
/**
 * A block on the canvas: a rounded box whose header, in its kind family's accent, names the kind,
 * whose body shows its key properties and its parameter count, with input ports on the left and
 * output ports on the right. A block the document finds fault with gets a red outline and a red
 * marker, and the problem in words as its tooltip. It shows the document's block; the scene
 * hands it every change (setBlock, setParameterCount, setProblems).
 */
#include "app/document/block.h"
#include "core/types.h"

#include <QGraphicsItem>
#include <QList>
#include <QStringList>
#include <optional>

namespace app {

class PortItem;

class BlockItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    static constexpr double kWidth = 116.0;
    static constexpr double kHeaderHeight = 22.0;
    static constexpr double kHeight = 84.0;

    explicit BlockItem(const Block& block);

    int type() const override { return Type; }
    int blockId() const { return m_block.id; }
    const Block& block() const { return m_block; }

    void setBlock(const Block& block);
    /** The block's weights, or nothing when its inputs cannot be worked out yet. */
    void setParameterCount(std::optional<core::Index> count);
    void setProblems(const QStringList& problems);
    const QStringList& problems() const { return m_problems; }
    /** The first line is what the tooltip says. */
    QString summaryText() const;
    QString parameterText() const;

    /** Shows the ports' names (while a wire is being drawn); they also show under the mouse. */
    void setPortNamesShown(bool shown);
    bool arePortNamesShown() const { return m_portNamesShown || m_hovered; }

    /** The port, or nullptr. */
    PortItem* port(bool output, int index) const;
    /** Where a wire meets the port, in scene coordinates. */
    QPointF portScenePos(bool output, int index) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void updateToolTip();
    void paintHeader(QPainter* painter, const QPalette& palette) const;
    void paintBody(QPainter* painter, const QPalette& palette) const;
    void paintProblemMarker(QPainter* painter, const QPalette& palette) const;
    /** A frozen block: a dashed frame and a "frozen" badge; a rate factor: its badge. */
    void paintTrainingBadge(QPainter* painter, const QPalette& palette) const;
    /** Under the mouse, the ports' names inside the box next to each port. */
    void paintPortNames(QPainter* painter, const QPalette& palette) const;

    Block m_block;
    std::optional<core::Index> m_parameters;
    QStringList m_problems;
    QList<PortItem*> m_inputs;
    QList<PortItem*> m_outputs;
    bool m_hovered = false;
    bool m_portNamesShown = false;
};

} // namespace app
