#include "app/views/gate_heatmap_view.h"

#include "app/document/task_texts.h"
#include "app/views/probe_selection.h"
#include "app/views/projector_style.h"
#include "app/views/sequence_strip.h"
#include "app/views/view_export.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace app {

namespace {

constexpr int kMargin = 8;
constexpr int kLabelWidth = 118;
constexpr int kHeaderHeight = 30;
constexpr int kStripHeight = 34;
constexpr int kGap = 6;
constexpr int kAxisHeight = 18;
constexpr int kLegendHeight = 30;

/** A length that holds lettering: larger with projector mode's larger lettering. */
int scaled(int length) {
    return ProjectorStyle::isOn() ? int(length * ProjectorStyle::kFontScale) : length;
}

QRectF labelRect(const QRectF& strip) {
    return {double(kMargin), strip.top(), double(scaled(kLabelWidth) - 8), strip.height()};
}

} // namespace

GateHeatmapView::GateHeatmapView(ProbeSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_layerChoice(new QComboBox(this)) {
    setMouseTracking(true);
    setMinimumSize(360, 260);
    m_layerChoice->setToolTip(tr("The recurrent layer whose gates and states are shown"));
    m_layerChoice->hide();
    connect(m_layerChoice, &QComboBox::activated, m_selection, &ProbeSelection::setLayer);
    connect(m_selection, &ProbeSelection::layerChanged, this, &GateHeatmapView::rebuild);
    connect(m_selection, &ProbeSelection::unitChanged, this, qOverload<>(&QWidget::update));
    connect(m_selection, &ProbeSelection::stepChanged, this, qOverload<>(&QWidget::update));
}

void GateHeatmapView::setTrace(std::shared_ptr<const session::ProbeTrace> trace) {
    m_trace = std::move(trace);
    refreshLayerChoice();
    rebuild();
}

void GateHeatmapView::setInput(const InputSequence& input) {
    m_input = input;
    rebuild();
}

InputSequence GateHeatmapView::shownInput() const {
    if (!m_trace || m_blocks.empty())
        return m_input;
    return m_input.sampled(m_trace->stride, m_blocks.front().rows());
}

void GateHeatmapView::refreshLayerChoice() {
    m_layerChoice->clear();
    if (m_trace)
        for (const session::ProbeLayerTrace& layer : m_trace->layers)
            m_layerChoice->addItem(TaskTexts::translated(layer.name));
    m_layerChoice->setVisible(m_layerChoice->count() > 1);
}

const session::ProbeLayerTrace* GateHeatmapView::layerTrace() const {
    if (!m_trace || m_trace->layers.empty())
        return nullptr;
    const int layer = std::clamp(m_selection->layer(), 0, int(m_trace->layers.size()) - 1);
    return &m_trace->layers[std::size_t(layer)];
}

void GateHeatmapView::rebuild() {
    m_blocks.clear();
    if (const session::ProbeLayerTrace* layer = layerTrace()) {
        m_blocks = HeatmapBlock::ofLayer(*layer);
        m_layerChoice->setCurrentIndex(
            std::clamp(m_selection->layer(), 0, int(m_trace->layers.size()) - 1));
    }
    layoutBlocks();
    renderBase();
    update();
}

void GateHeatmapView::layoutBlocks() {
    const bool hasInput = !m_input.isEmpty();
    const bool hasOutput =
        m_trace && m_trace->outputs.rows() == m_trace->steps && m_trace->steps > 1;
    const double left = kMargin + scaled(kLabelWidth), width = this->width() - left - kMargin;
    double top = kMargin + scaled(kHeaderHeight);
    m_inputRect = hasInput ? QRectF(left, top, width, kStripHeight) : QRectF();
    if (hasInput)
        top += kStripHeight + kGap;
    const double bottomReserve = (hasOutput ? kStripHeight + kGap : 0) + scaled(kAxisHeight) +
                                 scaled(kLegendHeight) + kMargin;
    const double available = height() - top - bottomReserve - kGap * double(m_blocks.size());
    core::Index units = 0;
    for (const HeatmapBlock& block : m_blocks)
        units += block.units();
    const double unitHeight = units > 0 ? std::clamp(available / double(units), 2.0, 40.0) : 0;
    for (HeatmapBlock& block : m_blocks) {
        const double h = std::max(double(block.units()) * unitHeight, 22.0);
        block.rect = QRectF(left, top, width, h);
        top += h + kGap;
    }
    m_outputRect = hasOutput ? QRectF(left, top, width, kStripHeight) : QRectF();
    if (hasOutput)
        top += kStripHeight + kGap;
    m_legendRect = QRectF(left, top + scaled(kAxisHeight), width, scaled(kLegendHeight) - 4);
}

QSize GateHeatmapView::sizeHint() const {
    return {760, 560};
}

void GateHeatmapView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_layerChoice->adjustSize();
    m_layerChoice->move(width() - kMargin - m_layerChoice->width(), kMargin - 2);
    layoutBlocks();
    renderBase();
}

void GateHeatmapView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        layoutBlocks(); // the bands of lettering grow with it
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        renderBase();
}

void GateHeatmapView::renderBase() {
    const qreal ratio = devicePixelRatioF();
    m_base = QPixmap(size() * ratio);
    m_base.setDevicePixelRatio(ratio);
    m_base.fill(palette().color(QPalette::Window));
    QPainter painter(&m_base);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    if (!m_trace || m_blocks.empty()) {
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("No trace yet: train the network with a probe sequence chosen."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const session::ProbeLayerTrace* layer = layerTrace();
    painter.drawText(QRectF(kMargin, kMargin, width() - 2 * kMargin, scaled(kHeaderHeight) - 6),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 — epoch %2 — loss on this sequence %3")
                         .arg(TaskTexts::translated(layer->name))
                         .arg(m_trace->epoch)
                         .arg(m_trace->loss, 0, 'g', 4));
    painter.setFont(font());
    if (!m_inputRect.isNull())
        SequenceStrip::paintInput(painter, m_inputRect, labelRect(m_inputRect), shownInput(),
                                  tr("input x"), palette());
    for (const HeatmapBlock& block : m_blocks)
        paintBlock(painter, block);
    if (!m_outputRect.isNull())
        SequenceStrip::paint(painter, m_outputRect, labelRect(m_outputRect),
                             m_trace->outputs.cast<double>(), tr("output ŷ"), palette());
    paintStepAxis(painter);
    paintLegends(painter);
}

void GateHeatmapView::paintBlock(QPainter& painter, const HeatmapBlock& block) const {
    const QRectF label(kMargin, block.rect.top(), scaled(kLabelWidth) - 8, block.rect.height());
    QFont symbolFont = font();
    symbolFont.setBold(true);
    symbolFont.setPointSizeF(font().pointSizeF() * 1.3);
    painter.setFont(symbolFont);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, block.symbol);
    painter.setFont(font());
    painter.drawText(label.adjusted(22, 0, 0, 0),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, block.title);
    const double cellWidth = block.rect.width() / double(block.rows());
    const double cellHeight = block.rect.height() / double(block.units());
    if (cellHeight >= 11) { // unit numbers down the band's left edge
        QFont tiny = font();
        tiny.setPointSizeF(font().pointSizeF() * 0.7);
        painter.setFont(tiny);
        {
            QColor faint = palette().color(QPalette::WindowText);
            faint.setAlphaF(0.65f);
            painter.setPen(faint);
        }
        for (core::Index u = 0; u < block.units(); ++u)
            painter.drawText(
                block.cell(u, 0).translated(-cellWidth - 3, 0).adjusted(cellWidth - 20, 0, 0, 0),
                Qt::AlignRight | Qt::AlignVCenter, QString::number(u));
    }
    const bool numbers = cellWidth >= 34 && cellHeight >= 15;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (core::Index r = 0; r < block.rows(); ++r)
        for (core::Index u = 0; u < block.units(); ++u) {
            const double v = double((*block.values)(r, u));
            const QColor colour = ColourScale::colour(block.kind, v, block.limit);
            const QRectF cell = block.cell(u, r);
            painter.fillRect(cell.adjusted(0, 0, 0.6, 0.6), colour);
            if (numbers) {
                painter.setPen(ColourScale::textOn(colour));
                painter.drawText(cell, Qt::AlignCenter, QString::number(v, 'f', 2));
            }
        }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    painter.setPen(QPen(palette().color(QPalette::Mid), ProjectorStyle::width(1.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(block.rect);
}

void GateHeatmapView::paintStepAxis(QPainter& painter) const {
    const HeatmapBlock& last = m_blocks.back();
    const double bottom = m_outputRect.isNull() ? last.rect.bottom() : m_outputRect.bottom();
    const core::Index rows = last.rows();
    const double cellWidth = last.rect.width() / double(rows);
    const int every = std::max(1, int(std::ceil(40.0 / cellWidth)));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(kMargin, bottom + 2, scaled(kLabelWidth) - 8, scaled(kAxisHeight)),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("step t"));
    for (core::Index r = 0; r < rows; r += every)
        painter.drawText(
            QRectF(last.cell(0, r).left() - 20, bottom + 2, cellWidth + 40, scaled(kAxisHeight)),
            Qt::AlignCenter, QString::number(r * m_trace->stride));
}

void GateHeatmapView::paintLegends(QPainter& painter) const {
    const double w = std::clamp((m_legendRect.width() - 250) / 2, 40.0, 220.0);
    QRect left(int(m_legendRect.left() + 90), int(m_legendRect.top()), int(w),
               int(m_legendRect.height()));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(m_legendRect.left(), left.top(), 86, 14), Qt::AlignLeft,
                     tr("gate opening"));
    ColourScale::paintLegend(painter, left, ColourScale::Kind::Sequential, 1.0, palette());
    const QRect right = left.translated(int(w) + 150, 0);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(right.left() - 144, right.top(), 140, 14), Qt::AlignRight,
                     tr("signed value (±max)"));
    ColourScale::paintLegend(painter, right, ColourScale::Kind::Diverging, 1.0, palette());
}

void GateHeatmapView::paintCrosshair(QPainter& painter) const {
    if (m_blocks.empty())
        return;
    const core::Index rows = m_blocks.front().rows();
    const core::Index row =
        std::clamp<core::Index>(m_selection->step() / m_trace->stride, 0, rows - 1);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor halo = palette().color(QPalette::Base);
    const QRectF column = m_blocks.front().cell(0, row);
    const double top = m_inputRect.isNull() ? m_blocks.front().rect.top() : m_inputRect.top();
    const double bottom =
        m_outputRect.isNull() ? m_blocks.back().rect.bottom() : m_outputRect.bottom();
    painter.setBrush(Qt::NoBrush);
    for (const QColor& colour : {halo, highlight}) {
        const double width = ProjectorStyle::width(colour == halo ? 4.0 : 2.0);
        painter.setPen(QPen(colour, width));
        painter.drawRect(QRectF(column.left(), top, column.width(), bottom - top));
        for (const HeatmapBlock& block : m_blocks) {
            const core::Index unit =
                std::clamp<core::Index>(m_selection->unit(), 0, block.units() - 1);
            const QRectF cell = block.cell(unit, row);
            // The unit's whole row framed, not struck through: its numbers stay readable.
            painter.drawRect(
                QRectF(block.rect.left(), cell.top(), block.rect.width(), cell.height()));
            painter.drawRect(cell);
        }
    }
    if (m_hover.block >= 0) {
        painter.setPen(
            QPen(palette().color(QPalette::WindowText), ProjectorStyle::width(1.5), Qt::DotLine));
        painter.drawRect(m_blocks[std::size_t(m_hover.block)].cell(m_hover.unit, m_hover.row));
    }
}

void GateHeatmapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_base);
    if (m_trace && !m_blocks.empty()) {
        painter.setRenderHint(QPainter::Antialiasing);
        paintCrosshair(painter);
    }
}

GateHeatmapView::Hit GateHeatmapView::hitAt(const QPointF& pos) const {
    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        const HeatmapBlock& block = m_blocks[b];
        if (!block.rect.contains(pos))
            continue;
        const int row =
            int((pos.x() - block.rect.left()) / block.rect.width() * double(block.rows()));
        const int unit =
            int((pos.y() - block.rect.top()) / block.rect.height() * double(block.units()));
        return {int(b), std::clamp(unit, 0, int(block.units()) - 1),
                std::clamp(row, 0, int(block.rows()) - 1)};
    }
    return {};
}

QPoint GateHeatmapView::cellCentre(int block, int unit, int step) const {
    if (!m_trace || block < 0 || std::size_t(block) >= m_blocks.size())
        return {-1, -1};
    return m_blocks[std::size_t(block)].cell(unit, step / m_trace->stride).center().toPoint();
}

QString GateHeatmapView::textAt(const QPoint& pos) const {
    if (m_trace && m_inputRect.contains(pos)) {
        const InputSequence shown = shownInput();
        const auto column =
            qsizetype((pos.x() - m_inputRect.left()) / m_inputRect.width() * double(shown.steps()));
        if (column < 0 || column >= shown.labels().size())
            return {};
        return tr("input at step %1: %2")
            .arg(core::Index(column) * m_trace->stride)
            .arg(shown.labels()[column]);
    }
    const Hit hit = hitAt(pos);
    if (hit.block < 0)
        return {};
    const HeatmapBlock& block = m_blocks[std::size_t(hit.block)];
    return tr("%1 (%2), unit %3, step %4: %5")
        .arg(block.symbol, block.title)
        .arg(hit.unit)
        .arg(core::Index(hit.row) * m_trace->stride)
        .arg(double((*block.values)(hit.row, hit.unit)), 0, 'g', 6);
}

bool GateHeatmapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void GateHeatmapView::mousePressEvent(QMouseEvent* event) {
    const Hit hit = hitAt(event->position());
    if (event->button() != Qt::LeftButton || hit.block < 0)
        return QWidget::mousePressEvent(event);
    m_selection->setUnitAndStep(hit.unit, hit.row * int(m_trace->stride));
}

void GateHeatmapView::mouseMoveEvent(QMouseEvent* event) {
    const Hit hit = hitAt(event->position());
    if (hit.block != m_hover.block || hit.unit != m_hover.unit || hit.row != m_hover.row) {
        m_hover = hit;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void GateHeatmapView::leaveEvent(QEvent* event) {
    m_hover = {};
    update();
    QWidget::leaveEvent(event);
}

QString GateHeatmapView::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

QString GateHeatmapView::exportCsv(const QString& path) const {
    const session::ProbeLayerTrace* layer = layerTrace();
    if (!layer)
        return tr("There is no trace to export.");
    QStringList rows;
    const QString name = QString::fromStdString(layer->name);
    for (const HeatmapBlock& block : m_blocks)
        for (core::Index u = 0; u < block.units(); ++u)
            for (core::Index r = 0; r < block.rows(); ++r)
                rows << u"%1,%2,%3,%4,%5"_s.arg(name, block.symbol)
                            .arg(u)
                            .arg(r * m_trace->stride)
                            .arg(ViewExport::number(double((*block.values)(r, u))));
    return ViewExport::writeCsv(path, u"layer,gate,unit,step,value"_s, rows);
}

} // namespace app
