#include "app/views/confusion_matrix_view.h"

#include "app/document/task_texts.h"
#include "app/views/colour_scale.h"
#include "app/views/view_export.h"
#include "core/network_executor.h"
#include "data/gestures_task.h"
#include "data/sentiment_task.h"
#include "data/temporal_order_task.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>
#include <limits>

namespace app {

namespace {

constexpr int kMargin = 8;
constexpr int kTitleHeight = 28;

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent)
    : OutputView(parent) {
    setMouseTracking(true);
    setMinimumSize(240, 200);
    setToolTip(tr("Rows: the true class; columns: the network's guess"));
}

QSize ConfusionMatrixView::sizeHint() const {
    return {480, 420};
}

long ConfusionMatrixView::total() const {
    long sum = 0;
    for (const auto& row : m_counts)
        for (long n : row)
            sum += n;
    return sum;
}

double ConfusionMatrixView::accuracy() const {
    long right = 0;
    for (size_t c = 0; c < m_counts.size(); ++c)
        right += m_counts[c][c];
    const long all = total();
    return all > 0 ? double(right) / double(all) : std::numeric_limits<double>::quiet_NaN();
}

void ConfusionMatrixView::refresh() {
    m_counts.clear();
    m_names.clear();
    if (networkFitsTask() && task()->outputMode() == core::OutputMode::PerSequence)
        count();
    update();
}

void ConfusionMatrixView::count() {
    const int classes = int(network()->spec().outputSize);
    m_counts.assign(size_t(classes), std::vector<long>(size_t(classes), 0));
    m_names = namesOf(classes);
    core::NetworkExecutor<double> executor(*network());
    const core::Index batches = task()->batchCount(data::Split::Validation, kBatchSize);
    for (core::Index i = 0; i < batches; ++i) {
        const core::SequenceBatch<double> batch =
            task()->batch(data::Split::Validation, kBatchSize, i, 0);
        const core::Matrix<double>& outputs = executor.forward(batch);
        for (core::Index b = 0; b < batch.batch; ++b) {
            const int truth = batch.targetClasses[size_t(b)];
            if (truth < 0 || truth >= classes)
                continue;
            core::Index guess = 0;
            outputs.row(b).maxCoeff(&guess);
            ++m_counts[size_t(truth)][size_t(guess)];
        }
    }
}

QStringList ConfusionMatrixView::namesOf(int classes) const {
    QStringList names;
    for (int c = 0; c < classes; ++c) {
        if (const auto* gestures = dynamic_cast<const data::GesturesTask*>(task());
            gestures && c < int(gestures->classNames().size()))
            names << TaskTexts::translated(gestures->classNames()[size_t(c)]);
        else if (const auto* order = dynamic_cast<const data::TemporalOrderTask*>(task()))
            names << TaskTexts::translated(order->className(c));
        else if (dynamic_cast<const data::SentimentTask*>(task()) && classes == 2)
            names << (c == 0 ? tr("negative") : tr("positive"));
        else
            names << tr("class %1").arg(c);
    }
    return names;
}

QRectF ConfusionMatrixView::gridRect() const {
    int label = 0;
    for (const QString& name : m_names)
        label = std::max(label, fontMetrics().horizontalAdvance(name));
    const int left = kMargin + label + fontMetrics().height() + 8;
    const int top = kTitleHeight + fontMetrics().height() + 8;
    const int bottom = kMargin + fontMetrics().height() + 4;
    const double side = std::max(
        10, std::min(width() - left - kMargin, height() - top - bottom - fontMetrics().height()));
    return {double(left), double(top), side, side};
}

QRectF ConfusionMatrixView::cellRect(int row, int column) const {
    const QRectF grid = gridRect();
    const double n = double(std::max<size_t>(1, m_counts.size()));
    return {grid.left() + column * grid.width() / n, grid.top() + row * grid.height() / n,
            grid.width() / n, grid.height() / n};
}

QPoint ConfusionMatrixView::cellCentre(int trueClass, int predicted) const {
    return cellRect(trueClass, predicted).center().toPoint();
}

QString ConfusionMatrixView::textAt(const QPoint& pos) const {
    for (int r = 0; r < int(m_counts.size()); ++r)
        for (int c = 0; c < int(m_counts.size()); ++c)
            if (cellRect(r, c).contains(pos)) {
                long rowTotal = 0;
                for (long n : m_counts[size_t(r)])
                    rowTotal += n;
                const long n = m_counts[size_t(r)][size_t(c)];
                return tr("true %1, predicted %2: %3 of %4 (%5%)")
                    .arg(m_names[r], m_names[c])
                    .arg(n)
                    .arg(rowTotal)
                    .arg(rowTotal > 0 ? 100.0 * double(n) / double(rowTotal) : 0.0, 0, 'f', 1);
            }
    return {};
}

bool ConfusionMatrixView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this);
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return OutputView::event(event);
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    const QRect titleRect(kMargin, 0, width() - 2 * kMargin, kTitleHeight);
    if (m_counts.empty()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The confusion matrix appears here once a network fits the task."));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(titleRect, Qt::AlignCenter,
                     tr("Validation: accuracy %1% (%2 sequences)")
                         .arg(100.0 * accuracy(), 0, 'f', 1)
                         .arg(total()));
    painter.setFont(font());
    const int n = int(m_counts.size());
    for (int r = 0; r < n; ++r) {
        long rowTotal = 0;
        for (long v : m_counts[size_t(r)])
            rowTotal += v;
        for (int c = 0; c < n; ++c) {
            const long v = m_counts[size_t(r)][size_t(c)];
            const double share = rowTotal > 0 ? double(v) / double(rowTotal) : 0.0;
            const QRectF cell = cellRect(r, c);
            const QColor fill = ColourScale::colour(ColourScale::Kind::Sequential, share);
            painter.fillRect(cell, fill);
            painter.setPen(ColourScale::textOn(fill));
            painter.drawText(cell, Qt::AlignCenter, QString::number(v));
        }
    }
    paintAxisLabels(painter);
}

void ConfusionMatrixView::paintAxisLabels(QPainter& painter) const {
    const int n = int(m_counts.size());
    const QRectF grid = gridRect();
    painter.setPen(palette().color(QPalette::Text));
    for (int r = 0; r < n; ++r) {
        const QRectF row = cellRect(r, 0);
        painter.drawText(QRectF(kMargin + fontMetrics().height(), row.top(),
                                grid.left() - kMargin - fontMetrics().height() - 6, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_names[r]);
    }
    for (int c = 0; c < n; ++c) {
        const QRectF column = cellRect(0, c);
        painter.drawText(
            QRectF(column.left(), kTitleHeight, column.width(), grid.top() - kTitleHeight),
            Qt::AlignCenter,
            fontMetrics().elidedText(m_names[c], Qt::ElideRight, int(column.width()) - 4));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + 4, grid.width(), fontMetrics().height()),
                     Qt::AlignCenter, tr("predicted class (colour: share of the row)"));
    painter.save();
    painter.translate(kMargin, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2, 0, grid.height(), fontMetrics().height()),
                     Qt::AlignCenter, tr("true class"));
    painter.restore();
}

QString ConfusionMatrixView::exportCsv(const QString& path) const {
    QStringList rows;
    for (size_t r = 0; r < m_counts.size(); ++r)
        for (size_t c = 0; c < m_counts.size(); ++c)
            rows << m_names[qsizetype(r)] + u',' + m_names[qsizetype(c)] + u',' +
                        QString::number(m_counts[r][c]);
    return ViewExport::writeCsv(path, QStringLiteral("true,predicted,count"), rows);
}

} // namespace app
