#include "app/views/cell_diagram_painter.h"

#include "app/views/colour_scale.h"
#include "app/views/projector_style.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace app {

namespace {

constexpr double kBoxWidth = 88, kBoxHeight = 60, kNodeRadius = 19;
constexpr double kTop = 130, kGateY = 360, kBus = 445;

/** c(t−1) or, for a reverse direction, c(t+1): the state the step starts from. */
QString before(const QString& state, const CellStepValues& v) {
    return state + (v.reverse ? u"ₜ₊₁"_s : u"ₜ₋₁"_s);
}

} // namespace

CellDiagramPainter::CellDiagramPainter(QPainter& painter, const QPalette& palette, double flow)
    : m_painter(painter)
    , m_palette(palette)
    , m_flow(flow) {}

void CellDiagramPainter::paint(Variant variant, const CellStepValues& values) {
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    QFont font = m_painter.font();
    font.setPixelSize(19);
    m_painter.setFont(font);
    body();
    switch (variant) {
    case Variant::Lstm:
    case Variant::PeepholeLstm:
        paintLstm(values, variant == Variant::PeepholeLstm);
        break;
    case Variant::Gru:
        paintGru(values);
        break;
    case Variant::Rnn:
    case Variant::RnnRelu:
        paintRnn(values, variant == Variant::RnnRelu);
        break;
    }
    m_painter.restore();
}

void CellDiagramPainter::body() {
    QColor fill = m_palette.color(QPalette::Highlight);
    fill.setAlphaF(0.07f);
    m_painter.setPen(QPen(m_palette.color(QPalette::Mid), ProjectorStyle::width(2)));
    m_painter.setBrush(fill);
    m_painter.drawRoundedRect(QRectF(110, 70, 780, 400), 28, 28);
}

QColor CellDiagramPainter::signColour(double value) const {
    if (std::abs(value) < 1e-3)
        return m_palette.color(QPalette::Mid);
    return ColourScale::colour(ColourScale::Kind::Diverging, value > 0 ? 0.9 : -0.9, 1.0);
}

void CellDiagramPainter::stateLine(const QPointF& from, const QPointF& to, double value) {
    const double width = ProjectorStyle::width(2.0 + 12.0 * std::min(std::abs(value), 1.5) / 1.5);
    m_painter.setPen(QPen(signColour(value), width, Qt::SolidLine, Qt::RoundCap));
    m_painter.drawLine(from, to);
    if (m_flow > 0 && m_flow < 1) { // what flows along the line during a step
        const QPointF dot = from + (to - from) * m_flow;
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(m_palette.color(QPalette::WindowText));
        m_painter.drawEllipse(dot, width / 2 + 4, width / 2 + 4);
    }
}

void CellDiagramPainter::wire(const std::vector<QPointF>& points, bool arrow, bool dashed) {
    QPainterPath path(points.front());
    for (std::size_t k = 1; k < points.size(); ++k)
        path.lineTo(points[k]);
    m_painter.setPen(QPen(m_palette.color(QPalette::WindowText), ProjectorStyle::width(2),
                          dashed ? Qt::DashLine : Qt::SolidLine));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPath(path);
    if (!arrow || points.size() < 2)
        return;
    const QPointF tip = points.back(), before = points[points.size() - 2];
    const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 12
         << tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 12;
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.color(QPalette::WindowText));
    m_painter.drawPolygon(head);
}

void CellDiagramPainter::node(const QPointF& centre, const QString& symbol) {
    m_painter.setPen(QPen(m_palette.color(QPalette::WindowText), ProjectorStyle::width(2)));
    m_painter.setBrush(m_palette.color(QPalette::Base));
    m_painter.drawEllipse(centre, kNodeRadius, kNodeRadius);
    label(centre, symbol, Qt::AlignCenter, true);
}

void CellDiagramPainter::gateBox(const QPointF& centre, const QString& activation, double value,
                                 Fill fill) {
    const QRectF box(centre.x() - kBoxWidth / 2, centre.y() - kBoxHeight / 2, kBoxWidth,
                     kBoxHeight);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_palette.color(QPalette::Base));
    m_painter.drawRoundedRect(box, 8, 8);
    const double v = std::isfinite(value) ? value : 0.0;
    // Filled from the bottom as far as it is open (a tanh unit: as far as |value|, coloured by
    // its sign).
    const double amount = std::clamp(fill == Fill::Opening ? v : std::abs(v), 0.0, 1.0);
    const QRectF level(box.left(), box.bottom() - amount * box.height(), box.width(),
                       amount * box.height());
    const QColor colour =
        fill == Fill::Opening
            ? ColourScale::colour(ColourScale::Kind::Sequential, amount)
            : ColourScale::colour(ColourScale::Kind::Diverging, v > 0 ? 0.8 : -0.8);
    m_painter.save();
    QPainterPath clip;
    clip.addRoundedRect(box, 8, 8);
    m_painter.setClipPath(clip);
    m_painter.fillRect(level, colour);
    m_painter.restore();
    m_painter.setPen(QPen(m_palette.color(QPalette::WindowText), ProjectorStyle::width(2)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRoundedRect(box, 8, 8);
    // The activation's name on a plate of its own, readable over any fill.
    const QRectF plate(centre.x() - 30, centre.y() - 13, 60, 26);
    QColor plateColour = m_palette.color(QPalette::Base);
    plateColour.setAlphaF(0.85f);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(plateColour);
    m_painter.drawRoundedRect(plate, 6, 6);
    label(centre, activation, Qt::AlignCenter, true);
}

void CellDiagramPainter::label(const QPointF& at, const QString& text, Qt::Alignment alignment,
                               bool bold) {
    QFont font = m_painter.font();
    font.setBold(bold);
    m_painter.setFont(font);
    m_painter.setPen(m_palette.color(QPalette::WindowText));
    QRectF rect(at.x() - 200, at.y() - 15, 400, 30);
    if (alignment & Qt::AlignLeft)
        rect.moveLeft(at.x());
    else if (alignment & Qt::AlignRight)
        rect.moveRight(at.x());
    m_painter.drawText(rect, int(alignment | Qt::AlignVCenter), text);
    font.setBold(false);
    m_painter.setFont(font);
}

void CellDiagramPainter::valueLabel(const QPointF& at, const QString& symbol, double value,
                                    Qt::Alignment alignment) {
    label(at, symbol + u" = "_s + QString::number(value, 'f', 3), alignment, true);
}

void CellDiagramPainter::paintLstm(const CellStepValues& v, bool peephole) {
    const double f = v.gate(u"f"_s), i = v.gate(u"i"_s), g = v.gate(u"g"_s), o = v.gate(u"o"_s);
    // The cell-state line: c(t−1) · f + i · g = c(t).
    stateLine({20, kTop}, {280, kTop}, v.cellBefore);
    stateLine({280, kTop}, {470, kTop}, v.cellBefore * f);
    stateLine({470, kTop}, {980, kTop}, v.cell);
    valueLabel({20, kTop - 32}, before(u"c"_s, v), v.cellBefore);
    valueLabel({980, kTop - 32}, u"cₜ"_s, v.cell, Qt::AlignRight);
    // The hidden state in along the bottom, with the input; h(t) out on the right.
    stateLine({20, kBus}, {660, kBus}, v.hiddenBefore);
    stateLine({800, kBus}, {980, kBus}, v.hidden);
    valueLabel({20, kBus + 32}, before(u"h"_s, v), v.hiddenBefore);
    valueLabel({980, kBus + 32}, u"hₜ"_s, v.hidden, Qt::AlignRight);
    wire({{200, 515}, {200, kBus}}, false);
    label({212, 500}, u"xₜ"_s, Qt::AlignLeft, true);
    for (double x : {280.0, 400.0, 520.0, 660.0})
        wire({{x, kBus}, {x, kGateY + kBoxHeight / 2}});
    // Gates into their products.
    wire({{280, kGateY - kBoxHeight / 2}, {280, kTop + kNodeRadius}});
    wire({{400, kGateY - kBoxHeight / 2}, {400, 250}, {470 - kNodeRadius, 250}});
    wire({{520, kGateY - kBoxHeight / 2}, {520, 250}, {470 + kNodeRadius, 250}});
    wire({{470, 250 - kNodeRadius}, {470, kTop + kNodeRadius}});
    wire({{800, kTop}, {800, 205}});
    wire({{800, 235}, {800, 300 - kNodeRadius}});
    wire({{660, kGateY - kBoxHeight / 2}, {660, 300}, {800 - kNodeRadius, 300}});
    wire({{800, 300 + kNodeRadius}, {800, kBus}});
    node({280, kTop}, u"×"_s);
    node({470, kTop}, u"+"_s);
    node({470, 250}, u"×"_s);
    node({800, 300}, u"×"_s);
    label({800, 220}, u"tanh"_s, Qt::AlignCenter, true);
    if (peephole) {
        wire({{200, kTop}, {200, kGateY - 10}, {280 - kBoxWidth / 2, kGateY - 10}}, true, true);
        wire({{200, kGateY - 10}, {200, 300}, {400 - 20, 300}, {400 - 20, kGateY - kBoxHeight / 2}},
             true, true);
        wire({{860, kTop}, {860, kGateY}, {660 + kBoxWidth / 2, kGateY}}, true, true);
        label({868, 230}, QCoreApplication::translate("app::CellDiagramPainter", "peepholes"),
              Qt::AlignLeft);
    }
    gateBox({280, kGateY}, u"σ"_s, f, Fill::Opening);
    gateBox({400, kGateY}, u"σ"_s, i, Fill::Opening);
    gateBox({520, kGateY}, u"tanh"_s, g, Fill::Signed);
    gateBox({660, kGateY}, u"σ"_s, o, Fill::Opening);
    valueLabel({290, 205}, u"fₜ"_s, f);
    valueLabel({408, 300}, u"iₜ"_s, i);
    valueLabel({528, 300}, u"gₜ"_s, g);
    valueLabel({668, 268}, u"oₜ"_s, o);
}

void CellDiagramPainter::paintGru(const CellStepValues& v) {
    const double r = v.gate(u"r"_s), z = v.gate(u"z"_s), n = v.gate(u"n"_s);
    // The hidden line: z · h(t−1) + (1 − z) · n = h(t).
    stateLine({20, kTop}, {300, kTop}, v.hiddenBefore);
    stateLine({300, kTop}, {700, kTop}, z * v.hiddenBefore);
    stateLine({700, kTop}, {980, kTop}, v.hidden);
    valueLabel({20, kTop - 32}, before(u"h"_s, v), v.hiddenBefore);
    valueLabel({980, kTop - 32}, u"hₜ"_s, v.hidden, Qt::AlignRight);
    wire({{150, kTop}, {150, kBus}, {600, kBus}}, false);
    wire({{200, 515}, {200, kBus}}, false);
    label({212, 500}, u"xₜ"_s, Qt::AlignLeft, true);
    for (double x : {300.0, 470.0, 600.0})
        wire({{x, kBus}, {x, kGateY + kBoxHeight / 2}});
    wire({{300, kGateY - kBoxHeight / 2}, {300, kTop + kNodeRadius}});
    wire({{300, 240}, {420 - kNodeRadius, 240}});
    wire({{420 + kNodeRadius, 240}, {600 - kNodeRadius, 240}});
    wire({{600, kGateY - kBoxHeight / 2}, {600, 240 + kNodeRadius}});
    wire({{600 + kNodeRadius, 240}, {700, 240}, {700, kTop + kNodeRadius}});
    wire({{470 + kBoxWidth / 2, kGateY}, {600 - kBoxWidth / 2, kGateY}});
    node({300, kTop}, u"×"_s);
    node({700, kTop}, u"+"_s);
    node({420, 240}, u"1−"_s);
    node({600, 240}, u"×"_s);
    gateBox({300, kGateY}, u"σ"_s, z, Fill::Opening);
    gateBox({470, kGateY}, u"σ"_s, r, Fill::Opening);
    gateBox({600, kGateY}, u"tanh"_s, n, Fill::Signed);
    valueLabel({310, 190}, u"zₜ"_s, z);
    valueLabel({478, 300}, u"rₜ"_s, r);
    valueLabel({608, 300}, u"nₜ"_s, n);
}

void CellDiagramPainter::paintRnn(const CellStepValues& v, bool relu) {
    const double a = v.gate(u"a"_s);
    stateLine({20, kBus}, {500, kBus}, v.hiddenBefore);
    stateLine({500, kTop}, {980, kTop}, v.hidden);
    valueLabel({20, kBus + 32}, before(u"h"_s, v), v.hiddenBefore);
    valueLabel({980, kTop - 32}, u"hₜ"_s, v.hidden, Qt::AlignRight);
    wire({{300, 515}, {300, kBus}}, false);
    label({312, 500}, u"xₜ"_s, Qt::AlignLeft, true);
    wire({{500, kBus}, {500, kGateY + kBoxHeight / 2}});
    wire({{500, kGateY - kBoxHeight / 2}, {500, kTop}}, false);
    gateBox({500, kGateY}, relu ? u"ReLU"_s : u"tanh"_s, a, Fill::Signed);
    valueLabel({512, 250}, u"aₜ"_s, a);
}

} // namespace app
