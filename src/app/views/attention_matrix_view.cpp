#include "app/views/attention_matrix_view.h"

#include "app/views/colour_scale.h"
#include "app/views/input_sequence.h"
#include "app/views/view_export.h"
#include "data/task.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <stdexcept>

namespace app {

namespace {

constexpr int kMargin = 8;
constexpr int kLegendHeight = 48;

} // namespace

AttentionMatrixView::AttentionMatrixView(QWidget* parent)
    : OutputView(parent) {
    setMouseTracking(true);
    setMinimumSize(240, 160);
    setToolTip(tr("Rows: the output steps; columns: the input steps the decoder attends to"));
}

QSize AttentionMatrixView::sizeHint() const {
    return {640, 360};
}

void AttentionMatrixView::setTrace(std::shared_ptr<const session::ProbeTrace> trace,
                                   const core::SequenceBatch<double>& input) {
    m_trace = std::move(trace);
    m_input = input;
    refresh();
}

void AttentionMatrixView::refresh() {
    m_weights.resize(0, 0);
    m_inputLabels.clear();
    m_outputLabels.clear();
    m_targetLabels.clear();
    if (m_trace && m_trace->attention.size() > 0) {
        m_weights = m_trace->attention.cast<double>();
        const core::Matrix<double> outputs = m_trace->outputs.cast<double>();
        for (core::Index s = 0; s < m_weights.cols(); ++s)
            m_inputLabels << (task() && s < m_input.steps
                                  ? InputSequence::visible(task()->renderStep(m_input, 0, s))
                                  : QString::number(s + 1));
        for (core::Index j = 0; j < m_weights.rows(); ++j) {
            m_outputLabels << (task() && j < outputs.rows()
                                   ? InputSequence::visible(task()->renderOutput(outputs, j))
                                   : QString::number(j + 1));
            m_targetLabels << (task() && j < m_input.decoderSteps
                                   ? InputSequence::visible(task()->renderTarget(m_input, 0, j))
                                   : QString());
        }
    }
    update();
}

QRectF AttentionMatrixView::gridRect() const {
    const int label = fontMetrics().height() + 4;
    const QRectF area(kMargin + label * 2, kMargin + label, width() - 2 * kMargin - label * 2,
                      height() - 2 * kMargin - label - kLegendHeight);
    if (m_weights.size() == 0)
        return area;
    const double cell =
        std::min(area.width() / double(m_weights.cols()), area.height() / double(m_weights.rows()));
    return {area.left(), area.top(), cell * double(m_weights.cols()),
            cell * double(m_weights.rows())};
}

QRectF AttentionMatrixView::cellRect(int output, int input) const {
    const QRectF grid = gridRect();
    const double w = grid.width() / double(m_weights.cols());
    const double h = grid.height() / double(m_weights.rows());
    return {grid.left() + input * w, grid.top() + output * h, w, h};
}

QPoint AttentionMatrixView::cellCentre(int output, int input) const {
    return cellRect(output, input).center().toPoint();
}

QString AttentionMatrixView::textAt(const QPoint& pos) const {
    if (m_weights.size() == 0 || !gridRect().contains(pos))
        return {};
    const QRectF grid = gridRect();
    const int input = int((pos.x() - grid.left()) / grid.width() * double(m_weights.cols()));
    const int output = int((pos.y() - grid.top()) / grid.height() * double(m_weights.rows()));
    if (input < 0 || output < 0 || input >= m_weights.cols() || output >= m_weights.rows())
        return {};
    return tr("output %1 '%2' (target '%3') ← input %4 '%5': weight %6")
        .arg(output + 1)
        .arg(m_outputLabels[output], m_targetLabels[output])
        .arg(input + 1)
        .arg(m_inputLabels[input])
        .arg(m_weights(output, input), 0, 'f', 3);
}

bool AttentionMatrixView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = textAt(help->pos());
        QToolTip::showText(help->globalPos(), text.isEmpty() ? toolTip() : text, this);
        return true;
    }
    return OutputView::event(event);
}

void AttentionMatrixView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    if (m_weights.size() == 0) {
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_trace ? tr("This network has no attention.")
                                 : tr("The attention of the probe sequence appears here."));
        return;
    }
    const double largest = std::max(1e-12, m_weights.maxCoeff());
    for (int j = 0; j < m_weights.rows(); ++j)
        for (int s = 0; s < m_weights.cols(); ++s)
            painter.fillRect(cellRect(j, s), ColourScale::colour(ColourScale::Kind::Sequential,
                                                                 m_weights(j, s) / largest));
    const QRectF grid = gridRect();
    painter.setPen(palette().color(QPalette::Text));
    for (int s = 0; s < m_weights.cols(); ++s) {
        const QRectF cell = cellRect(0, s);
        painter.drawText(QRectF(cell.left() - 4, kMargin, cell.width() + 8, grid.top() - kMargin),
                         Qt::AlignHCenter | Qt::AlignBottom, m_inputLabels[s]);
    }
    for (int j = 0; j < m_weights.rows(); ++j) {
        const QRectF cell = cellRect(j, 0);
        painter.drawText(QRectF(kMargin, cell.top(), grid.left() - kMargin - 4, cell.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_outputLabels[j]);
    }
    const QRect legend(int(grid.left()), int(grid.bottom()) + 8, int(std::min(240.0, grid.width())),
                       2 * fontMetrics().height());
    ColourScale::paintLegend(painter, legend, ColourScale::Kind::Sequential, 1.0, palette());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(legend.right() + 12, legend.top(), width() - legend.right() - 20,
                           fontMetrics().height() * 2),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("attention weight, as a share of the largest (%1); rows: output steps, "
                        "columns: input steps")
                         .arg(largest, 0, 'f', 2));
}

QString AttentionMatrixView::exportCsv(const QString& path) const {
    QStringList rows;
    const auto field = [](QString text) {
        return text.contains(u',') || text.contains(u'"')
                   ? u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"'
                   : text;
    };
    for (int j = 0; j < m_weights.rows(); ++j)
        for (int s = 0; s < m_weights.cols(); ++s)
            rows << QString::number(j) + u',' + field(m_outputLabels[j]) + u',' +
                        QString::number(s) + u',' + field(m_inputLabels[s]) + u',' +
                        ViewExport::number(m_weights(j, s));
    return ViewExport::writeCsv(path, QStringLiteral("output_step,output,input_step,input,weight"),
                                rows);
}

} // namespace app
