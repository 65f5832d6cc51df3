#pragma once
/**
 * A port of a block on the canvas: a small circle on the block's left edge (inputs) or right
 * edge (outputs). It lights up under the mouse and while a wire being drawn could end on it, and
 * its tooltip names it and says what it takes. Wires are drawn from ports by NetworkScene.
 */
#include "app/document/port_spec.h"

#include <QColor>
#include <QGraphicsItem>

namespace app {

class PortItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    static constexpr double kRadius = 5.0;

    PortItem(int blockId, int index, bool output, const PortSpec& spec, QColor accent,
             QGraphicsItem* parent);

    int type() const override { return Type; }
    int blockId() const { return m_blockId; }
    int index() const { return m_index; }
    bool isOutput() const { return m_output; }
    const PortSpec& spec() const { return m_spec; }

    /** Shown as a place a wire being drawn may end. */
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    int m_blockId;
    int m_index;
    bool m_output;
    PortSpec m_spec;
    QColor m_accent;
    bool m_hovered = false;
    bool m_highlighted = false;
};

} // namespace app
