#include "app/editor/port_item.h"

#include "app/document/wire_shape.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace app {

PortItem::PortItem(int blockId, int index, bool output, const PortSpec& spec, QColor accent,
                   QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_blockId(blockId)
    , m_index(index)
    , m_output(output)
    , m_spec(spec)
    , m_accent(accent) {
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::CrossCursor));
    setZValue(1);
    if (output)
        setToolTip(QCoreApplication::translate("PortItem",
                                               "Output “%1”: drag from here to an input port "
                                               "to draw a wire.")
                       .arg(spec.name));
    else
        setToolTip(QCoreApplication::translate("PortItem", "Input “%1”: takes %2, from one wire.")
                       .arg(spec.name, WireShape::describeAccepted(spec.accepts)));
}

void PortItem::setHighlighted(bool highlighted) {
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QRectF PortItem::boundingRect() const {
    const double r = kRadius + 4;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath PortItem::shape() const {
    QPainterPath path;
    const double r = kRadius + 3; // a little more than drawn: easier to hit
    path.addEllipse(QPointF(), r, r);
    return path;
}

void PortItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool lit = m_hovered || m_highlighted;
    const double r = lit ? kRadius + 2 : kRadius;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_accent, 2));
    painter->setBrush(lit ? QBrush(m_accent) : palette.base());
    painter->drawEllipse(QPointF(), r, r);
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = true;
    update();
}

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = false;
    update();
}

} // namespace app
