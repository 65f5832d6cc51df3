#include "app/editor/block_item.h"

#include "app/document/layer_training.h"
#include "app/editor/block_kind_info.h"
#include "app/editor/editor_colors.h"
#include "app/editor/network_scene.h"
#include "app/editor/port_item.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace app {

namespace {

QList<PortItem*> makePorts(const Block& block, bool output, QGraphicsItem* parent) {
    const QList<PortSpec> specs = output ? outputPorts(block.kind) : inputPorts(block.kind);
    QList<PortItem*> ports;
    const double body = BlockItem::kHeight - BlockItem::kHeaderHeight;
    for (int i = 0; i < specs.size(); ++i) {
        auto* port =
            new PortItem(block.id, i, output, specs[i], BlockKindInfo::accent(block.kind), parent);
        port->setPos(output ? BlockItem::kWidth : 0.0,
                     BlockItem::kHeaderHeight + body * (i + 1) / (specs.size() + 1));
        ports.append(port);
    }
    return ports;
}

QFont scaledFont(const QFont& base, double factor, bool bold = false) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

BlockItem::BlockItem(const Block& block)
    : m_block(block) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setPos(block.position);
    m_inputs = makePorts(block, false, this);
    m_outputs = makePorts(block, true, this);
    updateToolTip();
}

void BlockItem::setBlock(const Block& block) {
    m_block = block;
    if (pos() != block.position)
        setPos(block.position);
    updateToolTip();
    update();
}

void BlockItem::setParameterCount(std::optional<core::Index> count) {
    if (m_parameters == count)
        return;
    m_parameters = count;
    update();
}

void BlockItem::setProblems(const QStringList& problems) {
    if (m_problems == problems)
        return;
    m_problems = problems;
    updateToolTip();
    update();
}

QString BlockItem::summaryText() const {
    return BlockKindInfo::summary(m_block);
}

QString BlockItem::parameterText() const {
    if (!m_parameters)
        return QCoreApplication::translate("BlockItem", "params: ?");
    if (*m_parameters == 0)
        return QCoreApplication::translate("BlockItem", "no parameters");
    return QCoreApplication::translate("BlockItem", "%L1 params").arg(*m_parameters);
}

void BlockItem::setPortNamesShown(bool shown) {
    if (m_portNamesShown == shown)
        return;
    m_portNamesShown = shown;
    update();
}

PortItem* BlockItem::port(bool output, int index) const {
    return (output ? m_outputs : m_inputs).value(index);
}

QPointF BlockItem::portScenePos(bool output, int index) const {
    const PortItem* item = port(output, index);
    return item ? item->scenePos() : mapToScene(QPointF(output ? kWidth : 0, kHeight / 2));
}

QRectF BlockItem::boundingRect() const {
    return QRectF(-7, -11, kWidth + 17, kHeight + 19);
}

QPainterPath BlockItem::shape() const {
    QPainterPath path;
    path.addRoundedRect(QRectF(0, 0, kWidth, kHeight), 8, 8);
    return path;
}

void BlockItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, kWidth, kHeight);
    const QColor accent = BlockKindInfo::accent(m_block.kind);
    // A soft shadow lifts the block off the grid.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, EditorColors::isDark(palette) ? 90 : 28));
    painter->drawRoundedRect(box.translated(0, 2.5), 8, 8);
    painter->setBrush(EditorColors::mix(palette.color(QPalette::Base), accent, 0.07));
    painter->drawRoundedRect(box, 8, 8);
    paintHeader(painter, palette);
    paintBody(painter, palette);
    if (arePortNamesShown())
        paintPortNames(painter, palette);
    QPen outline(EditorColors::mix(palette.color(QPalette::Base), accent, 0.55), 1.2);
    if (!m_problems.isEmpty())
        outline = QPen(EditorColors::problem(palette), 2);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 8, 8);
    if (isSelected()) { // a halo around the box, apart from its own outline
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
        painter->drawRoundedRect(box.adjusted(-4, -4, 4, 4), 11, 11);
    }
    paintTrainingBadge(painter, palette);
    if (!m_problems.isEmpty())
        paintProblemMarker(painter, palette);
}

void BlockItem::paintTrainingBadge(QPainter* painter, const QPalette& palette) const {
    const QString badge = LayerTraining::badgeText(m_block);
    if (badge.isEmpty())
        return;
    QColor colour = palette.color(QPalette::Link);
    if (EditorColors::isDark(palette) && colour.lightness() < 140) // a theme that kept dark links
        colour = colour.lighter(170);
    if (LayerTraining::of(m_block).frozen) { // dashed: the weights are held still
        QPen pen(colour, 2, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(-2, -2, kWidth + 4, kHeight + 4), 9, 9);
    }
    const QFont base = painter->font();
    painter->setFont(scaledFont(base, 0.78, true));
    const QFontMetricsF metrics(painter->font());
    const double width = metrics.horizontalAdvance(badge) + 10;
    const QRectF rect(kWidth - width - 6, kHeaderHeight + 4 - 9, width, 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(rect, 8, 8);
    painter->setPen(EditorColors::textOn(colour));
    painter->drawText(rect, Qt::AlignCenter, badge);
    painter->setFont(base);
}

void BlockItem::paintHeader(QPainter* painter, const QPalette&) const {
    const QColor accent = BlockKindInfo::accent(m_block.kind);
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, kWidth, kHeaderHeight + 8), 8, 8);
    QPainterPath cut;
    cut.addRect(QRectF(0, kHeaderHeight, kWidth, 8));
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawPath(header.subtracted(cut));
    painter->setPen(EditorColors::textOn(accent));
    painter->setFont(scaledFont(painter->font(), 1.0, true));
    const QRectF title(10, 0, kWidth - 20, kHeaderHeight);
    painter->drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(painter->font())
                          .elidedText(blockKindTitle(m_block.kind), Qt::ElideRight, title.width()));
}

void BlockItem::paintBody(QPainter* painter, const QPalette& palette) const {
    const QFont base = painter->font();
    const double left = 10, width = kWidth - 20;
    // The summary takes up to two lines; the parameter count sits at the bottom.
    painter->setFont(scaledFont(base, 0.95));
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF metrics(painter->font());
    const QRectF summary(left, kHeaderHeight + 5, width, 2 * metrics.lineSpacing() + 1);
    QString text = summaryText();
    if (metrics.boundingRect(summary, Qt::TextWordWrap, text).height() > summary.height())
        text = metrics.elidedText(text, Qt::ElideRight, 1.8 * width);
    painter->drawText(summary, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, text);
    painter->setFont(scaledFont(base, 0.82));
    painter->setPen(EditorColors::mutedText(palette));
    const QRectF parameters(left, kHeight - 20, width, 16);
    painter->drawText(parameters, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(painter->font())
                          .elidedText(parameterText(), Qt::ElideRight, parameters.width()));
    painter->setFont(base);
}

void BlockItem::paintProblemMarker(QPainter* painter, const QPalette& palette) const {
    const QColor red = EditorColors::problem(palette);
    const QPointF centre(kWidth - 2, -2);
    painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
    painter->setBrush(red);
    painter->drawEllipse(centre, 8, 8);
    painter->setPen(EditorColors::textOn(red));
    painter->setFont(scaledFont(painter->font(), 0.9, true));
    painter->drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16), Qt::AlignCenter,
                      QStringLiteral("!"));
}

void BlockItem::paintPortNames(QPainter* painter, const QPalette& palette) const {
    const QFont base = painter->font();
    painter->setFont(scaledFont(base, 0.78));
    const QFontMetricsF metrics(painter->font());
    const QColor fill =
        EditorColors::mix(palette.color(QPalette::Base), BlockKindInfo::accent(m_block.kind), 0.2);
    for (const QList<PortItem*>* ports : {&m_inputs, &m_outputs})
        for (const PortItem* port : *ports) {
            const QString name = port->spec().name;
            const double width = metrics.horizontalAdvance(name) + 8;
            const double x = port->isOutput() ? kWidth - 9 - width : 9;
            const QRectF box(x, port->y() - metrics.height() / 2 - 1, width, metrics.height() + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(box, 4, 4);
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(box, Qt::AlignCenter, name);
        }
    painter->setFont(base);
}

void BlockItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void BlockItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

QVariant BlockItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged)
        if (auto* networkScene = qobject_cast<NetworkScene*>(scene()))
            networkScene->updateWiresOf(m_block.id);
    return QGraphicsItem::itemChange(change, value);
}

void BlockItem::updateToolTip() {
    if (m_problems.isEmpty())
        setToolTip(BlockKindInfo::description(m_block.kind));
    else
        setToolTip(m_problems.join(QLatin1Char('\n')));
}

} // namespace app
