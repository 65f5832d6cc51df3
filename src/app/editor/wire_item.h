#pragma once
/**
 * A wire on the canvas: a cubic curve from an output port to an input port, with what travels on
 * it ("seq × 32") written at its middle. It can be selected (and deleted); a wire the document
 * finds fault with is drawn red. NetworkScene keeps its ends on the ports as blocks move.
 */
#include "app/document/wire.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace app {

class WireItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit WireItem(const Wire& wire);

    int type() const override { return Type; }
    const Wire& wire() const { return m_wire; }

    /** The curve from `from` (an output port) to `to` (an input port), in scene coordinates. */
    void setEnds(QPointF from, QPointF to);
    void setShapeText(const QString& text);
    QString shapeText() const { return m_shapeText; }
    void setProblem(const QString& problem);
    /** The curve between two points, as wires and the wire being drawn use it. */
    static QPainterPath curve(QPointF from, QPointF to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QString labelText() const;
    QRectF labelRect() const;

    Wire m_wire;
    QPainterPath m_path;
    QString m_shapeText;
    QString m_problem;
    bool m_hovered = false;
};

} // namespace app
