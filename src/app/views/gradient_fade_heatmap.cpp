#include "app/views/gradient_fade_heatmap.h"

#include "app/document/task_texts.h"
#include "app/views/colour_scale.h"
#include "app/views/probe_gradient_norms.h"
#include "app/views/view_export.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace app {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** "1e-8", "0.01", "1": a decade as a teacher would write it on the board. */
QString decadeLabel(int exponent) {
    if (exponent >= -2 && exponent <= 3)
        return QString::number(std::pow(10.0, exponent), 'g', 6);
    return QStringLiteral("1e%1").arg(exponent);
}

/** Every how many of `count` labels to write so that at most `most` are written. */
int labelEvery(int count, int most) {
    return std::max(1, (count + most - 1) / most);
}

} // namespace

GradientFadeHeatmap::GradientFadeHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_layerChooser(new QComboBox(this))
    , m_normChooser(new QComboBox(this)) {
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_layerChooser);
    top->addWidget(m_normChooser);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addStretch(1);
    m_normChooser->addItem(QString());
    m_normChooser->addItem(QString());
    connect(m_layerChooser, &QComboBox::activated, this, &GradientFadeHeatmap::setLayer);
    connect(m_normChooser, &QComboBox::activated, this,
            [this](int index) { setNorm(index == 1 ? Norm::Cell : Norm::Hidden); });
    setMouseTracking(true);
    retranslate();
    rebuild();
}

void GradientFadeHeatmap::setHistory(const session::TrainingHistory& history) {
    setTraces(history.traces());
}

void GradientFadeHeatmap::setTraces(const Traces& traces) {
    if (traces == m_traces)
        return;
    m_traces = traces;
    rebuild();
}

void GradientFadeHeatmap::clear() {
    setTraces({});
}

int GradientFadeHeatmap::layerCount() const {
    return m_traces.empty() ? 0 : int(m_traces.rbegin()->second->layers.size());
}

void GradientFadeHeatmap::setLayer(int layer) {
    if (layer == m_layer || layer < 0 || layer >= std::max(1, layerCount()))
        return;
    m_layer = layer;
    rebuild();
}

void GradientFadeHeatmap::setNorm(Norm norm) {
    if (norm == m_norm)
        return;
    m_norm = norm;
    rebuild();
}

bool GradientFadeHeatmap::hasCellNorm() const {
    for (const auto& [epoch, trace] : m_traces)
        if (ProbeGradientNorms::hasCell(*trace, m_layer))
            return true;
    return false;
}

const std::vector<float>* GradientFadeHeatmap::normsOf(const session::ProbeTrace& trace) const {
    return ProbeGradientNorms::of(trace, m_layer, m_norm == Norm::Cell);
}

int GradientFadeHeatmap::rowEpoch(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)]->epoch : 0;
}

int GradientFadeHeatmap::columnStep(int column) const {
    return column * m_stride + 1;
}

double GradientFadeHeatmap::normAt(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0)
        return kNaN;
    const std::vector<float>* norms = normsOf(*m_rows[size_t(row)]);
    return norms && column < int(norms->size()) ? double((*norms)[size_t(column)]) : kNaN;
}

double GradientFadeHeatmap::valueAt(int row, int column) const {
    const double norm = normAt(row, column);
    return norm > 0.0 && std::isfinite(norm) ? std::log10(norm) : kNaN;
}

void GradientFadeHeatmap::rebuild() {
    m_rows.clear();
    m_columns = 0;
    m_stride = 1;
    if (m_layer >= std::max(1, layerCount()))
        m_layer = 0;
    if (m_norm == Norm::Cell && !hasCellNorm())
        m_norm = Norm::Hidden;
    // Each trace is kept under the epoch it was recorded at, the history's key.
    for (const auto& [epoch, trace] : m_traces) {
        m_rows.push_back(trace);
        if (const std::vector<float>* norms = normsOf(*trace))
            m_columns = std::max(m_columns, int(norms->size()));
        m_stride = int(std::max<core::Index>(1, trace->stride));
    }
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < m_columns; ++c)
            if (const double v = valueAt(r, c); std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    // A float's 1e-6 is 10^-6.0000000x: a hair of tolerance keeps it in its own decade.
    m_bottomDecade = high >= low ? int(std::floor(low + 1e-6)) : -3;
    m_topDecade = high >= low ? std::max(int(std::ceil(high - 1e-6)), m_bottomDecade + 1) : 0;
    updateControls();
    rebuildImage();
}

void GradientFadeHeatmap::rebuildImage() {
    m_image = QImage(std::max(1, m_columns), std::max(1, rowCount()), QImage::Format_ARGB32);
    m_image.fill(palette().color(QPalette::Base));
    const double span = double(m_topDecade - m_bottomDecade);
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < m_columns; ++c) {
            const double v = valueAt(r, c);
            const double p = std::isfinite(v) ? (v - m_bottomDecade) / span : kNaN;
            m_image.setPixelColor(c, r, ColourScale::colour(ColourScale::Kind::Sequential, p));
        }
    m_hoverText.clear();
    update();
}

void GradientFadeHeatmap::updateControls() {
    const int layers = layerCount();
    if (m_layerChooser->count() != layers) {
        m_layerChooser->clear();
        for (int l = 0; l < layers; ++l)
            m_layerChooser->addItem(QString());
    }
    if (!m_traces.empty())
        for (int l = 0; l < layers; ++l)
            m_layerChooser->setItemText(
                l, TaskTexts::translated(m_traces.rbegin()->second->layers[size_t(l)].name));
    m_layerChooser->setCurrentIndex(m_layer);
    m_layerChooser->setVisible(layers > 1);
    m_normChooser->setCurrentIndex(m_norm == Norm::Cell ? 1 : 0);
    m_normChooser->setEnabled(hasCellNorm());
}

QRect GradientFadeHeatmap::mapRect() const {
    const QFontMetrics metrics = fontMetrics();
    const int top = m_normChooser->geometry().bottom() + metrics.height() + 6;
    const int left = metrics.horizontalAdvance(QStringLiteral("0000")) + metrics.height() + 12;
    const int bottom = height() - 4 * metrics.height() - 22;
    return QRect(QPoint(left, top), QPoint(width() - 12, std::max(top + 10, bottom)));
}

QRect GradientFadeHeatmap::legendRect() const {
    const QRect map = mapRect();
    const int h = fontMetrics().height();
    return QRect(map.left(), map.bottom() + 2 * h + 10, std::min(map.width(), 520), 2 * h + 4);
}

QPoint GradientFadeHeatmap::cellAt(const QPoint& pos) const {
    const QRect map = mapRect();
    if (rowCount() == 0 || m_columns == 0 || !map.contains(pos))
        return {-1, -1};
    const int column = std::min(m_columns - 1, (pos.x() - map.left()) * m_columns / map.width());
    const int row = std::min(rowCount() - 1, (pos.y() - map.top()) * rowCount() / map.height());
    return {column, row};
}

QPoint GradientFadeHeatmap::cellCentre(int row, int column) const {
    const QRect map = mapRect();
    return {map.left() + int((column + 0.5) * map.width() / std::max(1, m_columns)),
            map.top() + int((row + 0.5) * map.height() / std::max(1, rowCount()))};
}

void GradientFadeHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRect map = mapRect();
    if (rowCount() == 0 || m_columns == 0) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(map, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The gradient of every kept epoch appears here as the model trains "
                            "with the probe traced."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(map, m_image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(map.adjusted(0, 0, -1, -1));
    paintAxes(painter, map);
    const QRect legend = legendRect();
    paintLegend(painter, legend);
    const QRect note(legend.right() + 16, legend.top(), width() - legend.right() - 28,
                     legend.height());
    const QString text = tr("Dark: the gradient faded on its way back from the loss");
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     fontMetrics().elidedText(text, Qt::ElideRight, 2 * note.width()));
}

void GradientFadeHeatmap::paintAxes(QPainter& painter, const QRect& map) const {
    const QFontMetrics metrics = fontMetrics();
    const int h = metrics.height();
    painter.setPen(palette().color(QPalette::WindowText));
    const int everyRow = labelEvery(rowCount(), std::max(1, map.height() / (h + 4)));
    for (int r = 0; r < rowCount(); r += everyRow) {
        const int y = cellCentre(r, 0).y();
        painter.drawText(QRect(0, y - h / 2, map.left() - 4, h), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(rowEpoch(r)));
    }
    const int steps = columnStep(m_columns - 1);
    const int labelWidth = metrics.horizontalAdvance(QString::number(steps)) + 16;
    const int everyColumn = labelEvery(m_columns, std::max(1, map.width() / labelWidth));
    for (int c = 0; c < m_columns; c += everyColumn) {
        const int x = cellCentre(0, c).x();
        painter.drawText(QRect(x - labelWidth / 2, map.bottom() + 2, labelWidth, h),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(columnStep(c)));
    }
    painter.drawText(QRect(map.left(), map.bottom() + h + 4, map.width(), h), Qt::AlignHCenter,
                     tr("Time step t"));
    painter.drawText(QRect(0, map.top() - h - 4, map.left() + 200, h), Qt::AlignLeft,
                     tr("Epoch ↓"));
}

void GradientFadeHeatmap::paintLegend(QPainter& painter, const QRect& rect) const {
    const int h = fontMetrics().height();
    const QString title = m_norm == Norm::Cell ? tr("‖∂L/∂c_t‖") : tr("‖∂L/∂h_t‖");
    const int titleWidth = fontMetrics().horizontalAdvance(title) + 10;
    painter.drawText(QRect(rect.left(), rect.top(), titleWidth, h),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    const QRect bar(rect.left() + titleWidth, rect.top() + 2, rect.width() - titleWidth, h - 4);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, ColourScale::colour(ColourScale::Kind::Sequential, i / 10.0));
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    const int decades = m_topDecade - m_bottomDecade;
    const int every = labelEvery(decades + 1, 8);
    for (int d = m_bottomDecade; d <= m_topDecade; d += every) {
        const int x = bar.left() + (d - m_bottomDecade) * (bar.width() - 1) / decades;
        painter.drawLine(x, bar.bottom(), x, bar.bottom() + 3);
        painter.drawText(QRect(x - 30, bar.bottom() + 3, 60, h), Qt::AlignHCenter | Qt::AlignTop,
                         decadeLabel(d));
    }
}

void GradientFadeHeatmap::mouseMoveEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0) {
        m_hoverText.clear();
        QToolTip::hideText();
        return;
    }
    const session::ProbeTrace& trace = *m_rows[size_t(cell.y())];
    const double norm = normAt(cell.y(), cell.x());
    m_hoverText = tr("Epoch %1 (training step %2), time step %3: %4 = %5")
                      .arg(trace.epoch)
                      .arg(trace.step)
                      .arg(columnStep(cell.x()))
                      .arg(m_norm == Norm::Cell ? tr("‖∂L/∂c_t‖") : tr("‖∂L/∂h_t‖"))
                      .arg(std::isnan(norm) ? tr("not recorded") : QString::number(norm, 'g', 6));
    QToolTip::showText(event->globalPosition().toPoint(), m_hoverText, this);
}

void GradientFadeHeatmap::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    m_hoverText.clear();
}

void GradientFadeHeatmap::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildImage();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void GradientFadeHeatmap::retranslate() {
    m_layerChooser->setToolTip(tr("The layer whose gradients are shown"));
    m_normChooser->setItemText(0, tr("‖∂L/∂h_t‖ hidden state"));
    m_normChooser->setItemText(1, tr("‖∂L/∂c_t‖ cell state"));
    m_normChooser->setToolTip(tr("Which gradient to show: through the hidden state, or through the "
                                 "cell state (LSTMs only)"));
    setToolTip(QString());
    setWhatsThis(tr("Each row is an epoch whose probe trace was kept, each column a time step of "
                    "the probe sequence. Dark cells: the gradient from the last step's loss has "
                    "faded by many orders of magnitude on its way back to that step."));
}

QString GradientFadeHeatmap::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

QString GradientFadeHeatmap::exportCsv(const QString& path) const {
    QStringList rows;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < m_columns; ++c) {
            const double norm = normAt(r, c);
            if (std::isnan(norm))
                continue;
            rows << QStringLiteral("%1,%2,%3,%4,%5")
                        .arg(rowEpoch(r))
                        .arg(m_rows[size_t(r)]->step)
                        .arg(columnStep(c))
                        .arg(ViewExport::number(norm), ViewExport::number(valueAt(r, c)));
        }
    return ViewExport::writeCsv(
        path, QStringLiteral("epoch,training step,time step,norm,log10 norm"), rows);
}

} // namespace app
