#include "app/views/gesture_drawing_pad.h"

#include "app/document/task_texts.h"
#include "app/views/view_export.h"
#include "core/network_executor.h"
#include "data/gesture_templates.h"
#include "data/gestures_task.h"
#include "data/stroke_augmentation.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace app {

namespace {

constexpr int kMargin = 8;
const QColor kInk(0xe6, 0x61, 0x01); // PuOr's orange: reads on light and dark

} // namespace

GestureDrawingPad::GestureDrawingPad(QWidget* parent)
    : OutputView(parent)
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_guessTimer(new QTimer(this)) {
    m_clear->setToolTip(tr("Wipe the pad and draw again"));
    setToolTip(tr("Draw a gesture with the mouse; the bars show the network's guess"));
    setMinimumSize(360, 240);
    m_guessTimer->setSingleShot(true);
    m_guessTimer->setInterval(kGuessInterval);
    connect(m_guessTimer, &QTimer::timeout, this, &GestureDrawingPad::updateGuess);
    connect(m_clear, &QPushButton::clicked, this, &GestureDrawingPad::clear);
    setCursor(Qt::CrossCursor);
}

QSize GestureDrawingPad::sizeHint() const {
    return {560, 340};
}

QRect GestureDrawingPad::padRect() const {
    const int side = std::min(height() - 2 * kMargin, width() * 3 / 5 - 2 * kMargin);
    return {kMargin, kMargin, std::max(side, 10), std::max(side, 10)};
}

void GestureDrawingPad::resizeEvent(QResizeEvent* event) {
    OutputView::resizeEvent(event);
    const QSize hint = m_clear->sizeHint();
    m_clear->setGeometry(width() - kMargin - hint.width(), height() - kMargin - hint.height(),
                         hint.width(), hint.height());
}

void GestureDrawingPad::refresh() {
    m_names.clear();
    if (const auto* gestures = dynamic_cast<const data::GesturesTask*>(task()))
        for (const std::string& name : gestures->classNames())
            m_names << TaskTexts::translated(name);
    updateGuess();
}

void GestureDrawingPad::clear() {
    m_strokes.clear();
    m_drawing = false;
    updateGuess();
}

void GestureDrawingPad::setStrokes(const QList<QList<QPointF>>& strokes) {
    m_strokes = strokes;
    updateGuess();
}

data::Stroke GestureDrawingPad::rawStroke() const {
    data::Stroke stroke;
    QPointF at;
    bool started = false;
    for (const QList<QPointF>& points : m_strokes)
        for (qsizetype k = 0; k < points.size(); ++k) {
            if (started) {
                const QPointF move = points[k] - at;
                if (move.manhattanLength() > 0) // y points up in a gesture, down on screen
                    stroke.push_back({move.x(), -move.y(), k == 0 ? 0 : 1});
            }
            at = points[k];
            started = true;
        }
    return stroke;
}

data::Stroke GestureDrawingPad::input() const {
    const data::Stroke raw = rawStroke();
    if (raw.empty() || data::StrokeAugmentation::pathLength(raw) < 1.0)
        return {};
    return data::StrokeAugmentation::normalized(data::StrokeAugmentation::resample(raw, kSteps),
                                                data::GestureTemplates::kSize);
}

int GestureDrawingPad::guess() const {
    if (m_probabilities.empty())
        return -1;
    return int(std::max_element(m_probabilities.begin(), m_probabilities.end()) -
               m_probabilities.begin());
}

void GestureDrawingPad::scheduleGuess() {
    if (!m_guessTimer->isActive())
        m_guessTimer->start();
}

void GestureDrawingPad::updateGuess() {
    m_guessTimer->stop();
    m_probabilities.clear();
    const data::Stroke steps = input();
    if (!steps.empty() && networkFitsTask() &&
        network()->spec().outputMode == core::OutputMode::PerSequence) {
        core::SequenceBatch<double> batch;
        batch.steps = core::Index(steps.size());
        batch.batch = 1;
        batch.lengths = {batch.steps};
        batch.inputs.resize(batch.steps, 3);
        for (core::Index t = 0; t < batch.steps; ++t)
            batch.inputs.row(t) << steps[size_t(t)].dx, steps[size_t(t)].dy,
                double(steps[size_t(t)].pen);
        core::NetworkExecutor<double> executor(*network());
        const core::Matrix<double>& outputs = executor.forward(batch);
        const double top = outputs.row(0).maxCoeff();
        double sum = 0.0;
        for (core::Index c = 0; c < outputs.cols(); ++c)
            sum += m_probabilities.emplace_back(std::exp(outputs(0, c) - top));
        for (double& p : m_probabilities)
            p /= sum;
    }
    update();
    emit guessChanged();
}

void GestureDrawingPad::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !padRect().contains(event->position().toPoint()))
        return OutputView::mousePressEvent(event);
    m_drawing = true;
    m_strokes.append(QList<QPointF>{event->position()});
    update();
}

void GestureDrawingPad::mouseMoveEvent(QMouseEvent* event) {
    if (!m_drawing)
        return OutputView::mouseMoveEvent(event);
    const QRectF pad = padRect();
    const QPointF at(std::clamp(event->position().x(), pad.left(), pad.right()),
                     std::clamp(event->position().y(), pad.top(), pad.bottom()));
    m_strokes.last().append(at);
    update();
    scheduleGuess();
}

void GestureDrawingPad::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_drawing)
        return OutputView::mouseReleaseEvent(event);
    m_drawing = false;
    updateGuess();
}

void GestureDrawingPad::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QRect pad = padRect();
    painter.fillRect(pad, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(pad.adjusted(0, 0, -1, -1));
    if (m_strokes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(pad, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw a gesture here"));
    }
    paintStrokes(painter);
    paintBars(painter);
}

void GestureDrawingPad::paintStrokes(QPainter& painter) const {
    painter.setPen(QPen(kInk, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QList<QPointF>& points : m_strokes) {
        if (points.size() == 1) {
            painter.drawPoint(points.first());
            continue;
        }
        QPainterPath path(points.first());
        for (qsizetype k = 1; k < points.size(); ++k)
            path.lineTo(points[k]);
        painter.drawPath(path);
    }
}

void GestureDrawingPad::paintBars(QPainter& painter) const {
    const QRect pad = padRect();
    const QRect area(pad.right() + 2 * kMargin, kMargin, width() - pad.right() - 3 * kMargin,
                     height() - 3 * kMargin - m_clear->height());
    painter.setPen(palette().color(QPalette::WindowText));
    if (m_names.isEmpty() || m_probabilities.empty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         m_names.isEmpty() ? tr("Needs the gestures task.")
                                           : tr("The network's guess appears as you draw."));
        return;
    }
    const int rows = int(m_names.size());
    const int rowHeight = std::min(area.height() / rows, fontMetrics().height() * 2);
    int labelWidth = 0;
    for (const QString& name : m_names)
        labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(name));
    const int barLeft = area.left() + labelWidth + 6;
    const int barWidth = std::max(10, area.right() - barLeft -
                                          fontMetrics().horizontalAdvance(QStringLiteral(" 100%")));
    const int best = guess();
    for (int c = 0; c < rows && c < int(m_probabilities.size()); ++c) {
        const QRect row(area.left(), area.top() + c * rowHeight, area.width(), rowHeight);
        QFont font = painter.font();
        font.setBold(c == best);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(row.left(), row.top(), labelWidth, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_names[c]);
        const double p = m_probabilities[size_t(c)];
        const QRect bar(barLeft, row.top() + 3, int(std::lround(p * barWidth)), row.height() - 6);
        painter.fillRect(bar, c == best ? palette().color(QPalette::Highlight)
                                        : palette().color(QPalette::Mid));
        painter.drawText(QRect(barLeft + bar.width() + 4, row.top(), 60, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1%").arg(100.0 * p, 0, 'f', 0));
    }
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
}

QString GestureDrawingPad::exportCsv(const QString& path) const {
    QStringList rows;
    for (size_t c = 0; c < m_probabilities.size() && c < size_t(m_names.size()); ++c)
        rows << m_names[qsizetype(c)] + u',' + ViewExport::number(m_probabilities[c]);
    return ViewExport::writeCsv(path, QStringLiteral("class,probability"), rows);
}

} // namespace app
