#include "app/editor/wire_item.h"

#include "app/editor/editor_colors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace app {

namespace {

QFont labelFont() {
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.75);
    return font;
}

} // namespace

WireItem::WireItem(const Wire& wire)
    : m_wire(wire) {
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(-1);
    setToolTip(QCoreApplication::translate("WireItem", "Select and press Delete to remove."));
}

QPainterPath WireItem::curve(QPointF from, QPointF to) {
    const double reach = qMax(40.0, qAbs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);
    return path;
}

void WireItem::setEnds(QPointF from, QPointF to) {
    prepareGeometryChange();
    m_path = curve(from, to);
}

void WireItem::setShapeText(const QString& text) {
    if (m_shapeText == text)
        return;
    prepareGeometryChange();
    m_shapeText = text;
}

void WireItem::setProblem(const QString& problem) {
    if (m_problem == problem)
        return;
    m_problem = problem;
    setToolTip(problem.isEmpty()
                   ? QCoreApplication::translate("WireItem", "Select and press Delete to remove.")
                   : problem);
    update();
}

QString WireItem::labelText() const {
    // Between close blocks a long shape breaks after its "×", to stay between the ports.
    const double room =
        qAbs(m_path.elementAt(m_path.elementCount() - 1).x - m_path.elementAt(0).x) - 10;
    const QString separator = QStringLiteral(" × ");
    if (QFontMetricsF(labelFont()).horizontalAdvance(m_shapeText) + 10 <= room ||
        !m_shapeText.contains(separator))
        return m_shapeText;
    QString text = m_shapeText;
    return text.replace(text.indexOf(separator), separator.size(), QStringLiteral(" ×\n"));
}

QRectF WireItem::labelRect() const {
    if (m_shapeText.isEmpty() || m_path.isEmpty())
        return QRectF();
    const QFontMetricsF metrics(labelFont());
    const QSizeF text = metrics.boundingRect(QRectF(), Qt::AlignCenter, labelText()).size();
    const QSizeF size(text.width() + 10, text.height() + 2);
    const QPointF middle = m_path.pointAtPercent(0.5);
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF WireItem::boundingRect() const {
    return m_path.boundingRect().adjusted(-4, -4, 4, 4).united(labelRect().adjusted(-1, -1, 1, 1));
}

QPainterPath WireItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath hit = stroker.createStroke(m_path);
    if (!labelRect().isEmpty())
        hit.addRect(labelRect());
    return hit;
}

void WireItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour =
        m_problem.isEmpty() ? EditorColors::line(palette) : EditorColors::problem(palette);
    if (isSelected())
        colour = palette.color(QPalette::Highlight);
    // A wire with a problem is dashed as well as coloured: not told by colour alone.
    painter->setPen(QPen(colour, isSelected() || m_hovered ? 3.0 : 2.0,
                         m_problem.isEmpty() ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    const QRectF label = labelRect();
    if (label.isEmpty())
        return;
    painter->setPen(QPen(colour, 1));
    painter->setBrush(EditorColors::canvas(palette));
    const double radius = qMin(label.height(), label.width()) / 2;
    painter->drawRoundedRect(label, radius, radius);
    painter->setFont(labelFont());
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(label, Qt::AlignCenter, labelText());
}

void WireItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = true;
    update();
}

void WireItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = false;
    update();
}

} // namespace app
