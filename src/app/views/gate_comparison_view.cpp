#include "app/views/gate_comparison_view.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <cmath>

namespace app {

namespace {

constexpr int kTop = 58;          ///< below the layer list and the column titles
constexpr int kLabelWidth = 110;  ///< the bands' names on the left
constexpr int kChangeWidth = 120; ///< the mean change on the right
constexpr int kGap = 12;
constexpr int kLegend = 52;

} // namespace

GateComparisonView::GateComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_layerBox(new QComboBox(this)) {
    setObjectName(QStringLiteral("gateComparisonView"));
    setToolTip(tr("What fine-tuning changed: each gate of the layer on the same input, before, "
                  "after and the difference"));
    m_layerBox->setToolTip(tr("The recurrent layer to compare"));
    auto* label = new QLabel(tr("Layer:"), this);
    label->setBuddy(m_layerBox);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_layerBox);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_layerBox, &QComboBox::currentIndexChanged, this, &GateComparisonView::setLayer);
    setMinimumSize(480, 320);
    rebuild();
}

QSize GateComparisonView::sizeHint() const {
    return {900, 560};
}

void GateComparisonView::setTraces(std::shared_ptr<const session::ProbeTrace> original,
                                   std::shared_ptr<const session::ProbeTrace> tuned) {
    m_original = std::move(original);
    m_tuned = std::move(tuned);
    const QSignalBlocker blocker(m_layerBox);
    m_layerBox->clear();
    if (m_original)
        for (const session::ProbeLayerTrace& layer : m_original->layers)
            m_layerBox->addItem(QString::fromStdString(layer.name));
    m_layer = 0;
    rebuild();
}

void GateComparisonView::setLayer(int layer) {
    m_layer = std::max(0, layer);
    if (m_layerBox->currentIndex() != m_layer && m_layer < m_layerBox->count()) {
        const QSignalBlocker blocker(m_layerBox);
        m_layerBox->setCurrentIndex(m_layer);
    }
    rebuild();
}

QStringList GateComparisonView::bandSymbols() const {
    QStringList out;
    for (const HeatmapBlock& band : m_before)
        out << band.symbol;
    return out;
}

double GateComparisonView::meanChange(int band) const {
    if (band < 0 || band >= int(m_difference.size()) || m_difference[size_t(band)].size() == 0)
        return std::nan("");
    return double(m_difference[size_t(band)].cwiseAbs().mean());
}

void GateComparisonView::rebuild() {
    m_before.clear();
    m_after.clear();
    m_difference.clear();
    m_differenceLimit.clear();
    m_problem.clear();
    if (!m_original || !m_tuned)
        m_problem = tr("Fine-tune a network to compare its gates with the original's.");
    else if (m_original->layers.size() != m_tuned->layers.size() ||
             m_original->steps != m_tuned->steps)
        m_problem = tr("The two networks were not traced on the same input with the same "
                       "layers: nothing to compare.");
    else if (m_layer >= int(m_original->layers.size()))
        m_problem = tr("The network has no layer %1.").arg(m_layer + 1);
    if (m_problem.isEmpty()) {
        m_before = HeatmapBlock::ofLayer(m_original->layers[size_t(m_layer)]);
        m_after = HeatmapBlock::ofLayer(m_tuned->layers[size_t(m_layer)]);
        for (size_t b = 0; b < m_before.size() && m_problem.isEmpty(); ++b) {
            if (b >= m_after.size() || m_before[b].symbol != m_after[b].symbol ||
                m_before[b].values->rows() != m_after[b].values->rows() ||
                m_before[b].values->cols() != m_after[b].values->cols()) {
                m_problem = tr("The layers differ in shape: nothing to compare.");
                break;
            }
            m_difference.push_back(*m_after[b].values - *m_before[b].values);
            const double largest = double(m_difference.back().cwiseAbs().maxCoeff());
            m_differenceLimit.push_back(std::max(1e-6, largest));
        }
        if (!m_problem.isEmpty()) {
            m_before.clear();
            m_after.clear();
            m_difference.clear();
        }
    }
    update();
}

QImage GateComparisonView::bandImage(const core::Matrix<float>& values, ColourScale::Kind kind,
                                     double limit) const {
    // Kept steps × units: a column per step, a row per unit.
    QImage image(int(values.rows()), int(values.cols()), QImage::Format_RGB32);
    for (core::Index step = 0; step < values.rows(); ++step)
        for (core::Index unit = 0; unit < values.cols(); ++unit)
            image.setPixelColor(int(step), int(unit),
                                ColourScale::colour(kind, double(values(step, unit)), limit));
    return image;
}

void GateComparisonView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& p = palette();
    painter.fillRect(rect(), p.color(QPalette::Window));
    painter.setPen(p.color(QPalette::WindowText));
    if (!m_problem.isEmpty()) {
        painter.drawText(rect().adjusted(20, 40, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_problem);
        return;
    }
    const int bands = int(m_before.size());
    const int column = (width() - kLabelWidth - kChangeWidth - 4 * kGap) / 3;
    const int bandHeight =
        std::max(12, (height() - kTop - kLegend - kGap) / std::max(1, bands) - 6);
    const QStringList titles = {tr("original"), tr("fine-tuned"), tr("fine-tuned − original")};
    // A narrow panel elides its titles (the tooltip has them whole) rather than cut them.
    const QFontMetrics metrics = painter.fontMetrics();
    for (int c = 0; c < 3; ++c)
        painter.drawText(QRect(kLabelWidth + kGap + c * (column + kGap), kTop - 22, column, 18),
                         Qt::AlignCenter, metrics.elidedText(titles[c], Qt::ElideRight, column));
    painter.drawText(QRect(width() - kChangeWidth, kTop - 22, kChangeWidth - 4, 18),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("mean |Δ|"));
    for (int b = 0; b < bands; ++b) {
        const int y = kTop + b * (bandHeight + 6);
        painter.setPen(p.color(QPalette::WindowText));
        painter.drawText(QRect(4, y, kLabelWidth, bandHeight), Qt::AlignRight | Qt::AlignVCenter,
                         HeatmapBlock::titleOf(m_before[size_t(b)].symbol));
        const QImage images[3] = {bandImage(*m_before[size_t(b)].values, m_before[size_t(b)].kind,
                                            m_before[size_t(b)].limit),
                                  bandImage(*m_after[size_t(b)].values, m_after[size_t(b)].kind,
                                            m_after[size_t(b)].limit),
                                  bandImage(m_difference[size_t(b)], ColourScale::Kind::Diverging,
                                            m_differenceLimit[size_t(b)])};
        for (int c = 0; c < 3; ++c)
            painter.drawImage(
                QRect(kLabelWidth + kGap + c * (column + kGap), y, column, bandHeight), images[c]);
        painter.drawText(QRect(width() - kChangeWidth, y, kChangeWidth - 4, bandHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 (max %2)")
                             .arg(meanChange(b), 0, 'f', 3)
                             .arg(m_differenceLimit[size_t(b)], 0, 'f', 2));
    }
    const int legendY = kTop + bands * (bandHeight + 6) + 4;
    ColourScale::paintLegend(painter, QRect(kLabelWidth + kGap, legendY, column, 26),
                             ColourScale::Kind::Sequential, 1.0, p);
    ColourScale::paintLegend(painter,
                             QRect(kLabelWidth + kGap + 2 * (column + kGap), legendY, column, 26),
                             ColourScale::Kind::Diverging, 1.0, p);
    painter.setPen(p.color(QPalette::WindowText));
    painter.drawText(
        QRect(kLabelWidth + kGap + 2 * (column + kGap), legendY + 28, column, 16), Qt::AlignCenter,
        metrics.elidedText(tr("Δ in units of each band's max |Δ|"), Qt::ElideRight, column));
}

} // namespace app
