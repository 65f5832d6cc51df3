#include "app/views/timeline_scrubber.h"

#include "app/views/chart_scales.h"
#include "app/views/colour_scale.h"
#include "app/views/probe_selection.h"
#include "app/views/projector_style.h"
#include "app/views/view_export.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QToolTip>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace app {

namespace {

constexpr double kSide = 14;

} // namespace

TimelineScrubber::TimelineScrubber(ProbeSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Drag to look at the network as it was at an earlier epoch"));
    connect(m_selection, &ProbeSelection::epochChanged, this, qOverload<>(&QWidget::update));
}

void TimelineScrubber::setHistory(std::shared_ptr<const session::TrainingHistory> history) {
    if (history != m_history)
        m_lossLayer = QImage(); // a history never changes once shown: a new one is a new object
    m_history = std::move(history);
    update();
}

int TimelineScrubber::epochCount() const {
    return m_history ? int(m_history->epochs().size()) : 0;
}

int TimelineScrubber::shownEpoch() const {
    const int count = epochCount();
    const int epoch = m_selection->epoch();
    return epoch <= 0 || epoch > count ? count : epoch;
}

QSize TimelineScrubber::sizeHint() const {
    return {600, minimumSizeHint().height()};
}

QSize TimelineScrubber::minimumSizeHint() const {
    return {200, std::max(90, int(marksHeight() + labelsHeight()) + 52)};
}

double TimelineScrubber::marksHeight() const {
    // Bands that grow with the lettering (projector mode enlarges it).
    return std::max(22.0, QFontMetricsF(font()).height() + 4);
}

double TimelineScrubber::labelsHeight() const {
    return std::max(16.0, QFontMetricsF(font()).height() + 1);
}

QRectF TimelineScrubber::plotRect() const {
    const double marks = marksHeight();
    return {kSide, marks, width() - 2 * kSide, height() - marks - labelsHeight() - 2};
}

double TimelineScrubber::xOf(double epoch) const {
    const QRectF plot = plotRect();
    const int count = epochCount();
    if (count <= 1)
        return plot.center().x();
    return plot.left() + (epoch - 1) / double(count - 1) * plot.width();
}

int TimelineScrubber::positionOf(int epoch) const {
    return int(std::lround(xOf(epoch)));
}

int TimelineScrubber::epochAt(double x) const {
    const int count = epochCount();
    if (count <= 1)
        return count;
    const QRectF plot = plotRect();
    const double epoch = 1 + (x - plot.left()) / plot.width() * double(count - 1);
    return std::clamp(int(std::lround(epoch)), 1, count);
}

double TimelineScrubber::fractionalEpoch(const session::HistoryEntry& entry) const {
    // Between the end of the epoch before and the end of its own, by step.
    const auto& epochs = m_history->epochs();
    const int e = std::clamp(entry.epoch, 1, std::max(1, epochCount()));
    if (epochs.empty() || std::size_t(e) > epochs.size())
        return e;
    const double end = double(epochs[std::size_t(e - 1)].step);
    const double begin = e >= 2 ? double(epochs[std::size_t(e - 2)].step) : 0.0;
    const double within = end > begin ? (double(entry.step) - begin) / (end - begin) : 1.0;
    return double(e - 1) + std::clamp(within, 0.0, 1.0);
}

int TimelineScrubber::entryAt(const QPoint& pos) const {
    if (!m_history || pos.y() > marksHeight() + 4)
        return -1;
    int best = -1;
    double distance = 9.0;
    for (std::size_t k = 0; k < m_history->entries().size(); ++k) {
        const double d = std::abs(xOf(fractionalEpoch(m_history->entries()[k])) - pos.x());
        if (d < distance) {
            distance = d;
            best = int(k);
        }
    }
    return best;
}

QString TimelineScrubber::kindSymbol(session::HistoryEntry::Kind kind) {
    using K = session::HistoryEntry::Kind;
    switch (kind) {
    case K::SettingsChanged:
        return u"S"_s;
    case K::Diverged:
        return u"!"_s;
    case K::RolledBack:
        return u"↶"_s;
    case K::EarlyStopped:
        return u"E"_s;
    case K::Reset:
        return u"↺"_s;
    }
    return {};
}

QString TimelineScrubber::kindName(session::HistoryEntry::Kind kind) {
    using K = session::HistoryEntry::Kind;
    switch (kind) {
    case K::SettingsChanged:
        return tr("Settings changed");
    case K::Diverged:
        return tr("Diverged");
    case K::RolledBack:
        return tr("Rolled back");
    case K::EarlyStopped:
        return tr("Stopped early");
    case K::Reset:
        return tr("Reset");
    }
    return {};
}

QString TimelineScrubber::textAt(const QPoint& pos) const {
    if (epochCount() == 0)
        return tr("No epoch trained yet");
    if (const int k = entryAt(pos); k >= 0) {
        const session::HistoryEntry& entry = m_history->entries()[std::size_t(k)];
        return tr("%1 at step %2 (epoch %3): %4")
            .arg(kindName(entry.kind))
            .arg(entry.step)
            .arg(entry.epoch)
            .arg(QString::fromStdString(entry.text));
    }
    const int epoch = epochAt(pos.x());
    const session::EpochRecord& record = m_history->epochs()[std::size_t(epoch - 1)];
    QString text = tr("Epoch %1: training loss %2").arg(epoch).arg(record.trainLoss, 0, 'g', 4);
    if (std::isfinite(record.validationLoss))
        text += tr(", validation loss %1").arg(record.validationLoss, 0, 'g', 4);
    return text;
}

void TimelineScrubber::paintLosses(QPainter& painter) const {
    const QRectF plot = plotRect();
    const auto& epochs = m_history->epochs();
    double low = INFINITY, high = -INFINITY;
    for (const session::EpochRecord& r : epochs)
        for (double loss : {r.trainLoss, r.validationLoss})
            if (std::isfinite(loss) && loss > 0) {
                low = std::min(low, std::log10(loss));
                high = std::max(high, std::log10(loss));
            }
    if (!std::isfinite(low))
        return;
    if (high - low < 1e-6)
        high = low + 1;
    auto yOf = [&](double loss) {
        return plot.bottom() - 3 - (std::log10(loss) - low) / (high - low) * (plot.height() - 6);
    };
    // xOf() for every epoch, without measuring the font thousands of times.
    const double left = xOf(1), perEpoch = epochs.size() > 1 ? xOf(2) - left : 0.0;
    const QColor colours[] = {palette().color(QPalette::Highlight),
                              ColourScale::colour(ColourScale::Kind::Diverging, 0.8)};
    for (int series = 0; series < 2; ++series) {
        QList<QPointF> points;
        points.reserve(qsizetype(epochs.size()));
        for (const session::EpochRecord& r : epochs) {
            const double loss = series == 0 ? r.trainLoss : r.validationLoss;
            if (std::isfinite(loss) && loss > 0)
                points.append(QPointF(left + (r.epoch - 1) * perEpoch, yOf(loss)));
        }
        // Thousands of epochs in a few hundred pixels: each column's mean is the line, the
        // spread of its epochs a shaded band behind it.
        const ChartScales::ColumnSpread spread = ChartScales::columnSpread(points);
        QColor shade = colours[series];
        shade.setAlphaF(0.3f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(shade);
        painter.drawPolygon(spread.band);
        painter.setPen(QPen(colours[series], ProjectorStyle::width(2),
                            series == 0 ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(spread.middle);
    }
}

void TimelineScrubber::paintLossLayer(QPainter& painter) {
    // The window repaints 60 times a second during a run, which adds an epoch a few times a
    // second. Drawing the curves every time took most of the window's thread after half an hour
    // of the soak test (every epoch stroked) and still a quarter of it at 15 minutes (a dashed
    // comb of each column's extremes); in between two epochs, a repaint now copies an image.
    const LayerKey key{plotRect(), devicePixelRatioF(), palette().cacheKey(),
                       ProjectorStyle::isOn()};
    if (m_lossLayer.isNull() || key != m_lossLayerKey) {
        m_lossLayer = QImage(size() * key.ratio, QImage::Format_ARGB32_Premultiplied);
        m_lossLayer.setDevicePixelRatio(key.ratio);
        m_lossLayer.fill(Qt::transparent);
        QPainter layer(&m_lossLayer);
        layer.setRenderHint(QPainter::Antialiasing);
        paintLosses(layer);
        m_lossLayerKey = key;
    }
    painter.drawImage(QPointF(0, 0), m_lossLayer);
}

void TimelineScrubber::paintEntries(QPainter& painter) const {
    const QRectF plot = plotRect();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    small.setBold(true);
    painter.setFont(small);
    for (const session::HistoryEntry& entry : m_history->entries()) {
        const double x = xOf(fractionalEpoch(entry));
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, marksHeight() - 2), QPointF(x, plot.bottom()));
        const QRectF badge(x - 8, 1, 16, 16);
        const bool alarm = entry.kind == session::HistoryEntry::Kind::Diverged;
        painter.setPen(Qt::NoPen);
        painter.setBrush(alarm ? ColourScale::colour(ColourScale::Kind::Diverging, 1.0)
                               : palette().color(QPalette::WindowText));
        painter.drawEllipse(badge);
        painter.setPen(palette().color(QPalette::Window));
        painter.drawText(badge, Qt::AlignCenter, kindSymbol(entry.kind));
    }
    painter.setFont(font());
    // The epochs whose trace the history kept: those a scrub shows exactly.
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    for (const auto& [epoch, trace] : m_history->traces())
        painter.drawEllipse(QPointF(xOf(epoch), plot.bottom() + 3), 2, 2);
}

void TimelineScrubber::paintHandle(QPainter& painter) const {
    const QRectF plot = plotRect();
    const int epoch = shownEpoch();
    const double x = xOf(epoch);
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.setPen(QPen(highlight, ProjectorStyle::width(3)));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawEllipse(QPointF(x, plot.bottom()), 6, 6);
    const QString label =
        m_selection->epoch() <= 0 ? tr("epoch %1 (newest)").arg(epoch) : tr("epoch %1").arg(epoch);
    const double w = QFontMetricsF(font()).horizontalAdvance(label) + 8;
    const double left = std::clamp(x - w / 2, 0.0, width() - w);
    const QRectF labelRect(left, plot.bottom() + 4, w, labelsHeight());
    painter.fillRect(labelRect, palette().window()); // over the end's epoch number, if there
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignCenter, label);
    if (hasFocus()) {
        painter.setPen(QPen(highlight, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineScrubber::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    const QRectF plot = plotRect();
    painter.fillRect(plot, palette().base());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);
    if (epochCount() == 0) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(plot, Qt::AlignCenter, tr("No epoch trained yet"));
        return;
    }
    if (m_exporting)
        paintLosses(painter); // as lines, for an SVG or a PNG at twice the screen's resolution
    else
        paintLossLayer(painter);
    paintEntries(painter);
    {
        QColor faint = palette().color(QPalette::WindowText);
        faint.setAlphaF(0.65f);
        painter.setPen(faint);
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + 4, 60, labelsHeight()), Qt::AlignLeft,
                     QString::number(1));
    painter.drawText(QRectF(plot.right() - 60, plot.bottom() + 4, 60, labelsHeight()),
                     Qt::AlignRight, QString::number(epochCount()));
    painter.drawText(QRectF(plot.left(), 2, plot.width(), marksHeight() - 4), Qt::AlignLeft,
                     tr("loss (log scale): — training  - - validation"));
    paintHandle(painter);
}

bool TimelineScrubber::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QToolTip::showText(help->globalPos(), textAt(help->pos()), this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineScrubber::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && epochCount() > 0)
        m_selection->setEpoch(epochAt(event->position().x()));
    QWidget::mousePressEvent(event);
}

void TimelineScrubber::mouseMoveEvent(QMouseEvent* event) {
    if ((event->buttons() & Qt::LeftButton) && epochCount() > 0)
        m_selection->setEpoch(epochAt(event->position().x()));
    QWidget::mouseMoveEvent(event);
}

void TimelineScrubber::keyPressEvent(QKeyEvent* event) {
    const int count = epochCount();
    switch (event->key()) {
    case Qt::Key_Left:
        m_selection->setEpoch(std::max(1, shownEpoch() - 1));
        break;
    case Qt::Key_Right:
        m_selection->setEpoch(std::min(count, shownEpoch() + 1));
        break;
    case Qt::Key_Home:
        m_selection->setEpoch(std::min(1, count));
        break;
    case Qt::Key_End:
        m_selection->setEpoch(0);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

QString TimelineScrubber::exportImage(const QString& path) {
    const QScopedValueRollback exporting(m_exporting, true);
    return ViewExport::exportImage(this, path);
}

QString TimelineScrubber::exportCsv(const QString& path) const {
    if (epochCount() == 0)
        return tr("No epoch trained yet");
    QStringList rows;
    for (const session::EpochRecord& r : m_history->epochs())
        rows << u"%1,%2,%3,%4,%5,%6"_s.arg(r.epoch).arg(r.step).arg(
            ViewExport::number(r.trainLoss), ViewExport::number(r.validationLoss),
            ViewExport::number(r.validationMetric), ViewExport::number(r.learningRate));
    return ViewExport::writeCsv(
        path, u"epoch,step,train_loss,validation_loss,validation_metric,learning_rate"_s, rows);
}

} // namespace app
