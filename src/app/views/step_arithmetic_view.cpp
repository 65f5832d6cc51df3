#include "app/views/step_arithmetic_view.h"

#include "app/views/probe_selection.h"
#include "app/views/view_export.h"

#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace app {

namespace {

constexpr double kMargin = 12;

QString number(double value) {
    QString text = QString::number(value, 'f', 3);
    return text.replace(u'-', u'−');
}

QString activationName(GateEquation::Activation activation) {
    switch (activation) {
    case GateEquation::Activation::Sigmoid:
        return u"σ"_s;
    case GateEquation::Activation::Tanh:
        return u"tanh"_s;
    case GateEquation::Activation::Relu:
        return u"ReLU"_s;
    case GateEquation::Activation::Identity:
        break;
    }
    return {};
}

} // namespace

StepArithmeticView::StepArithmeticView(ProbeSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection) {
    setMinimumSize(420, 300);
    setToolTip(tr("Click a term to see which inputs contributed most to it"));
    connect(m_selection, &ProbeSelection::changed, this, &StepArithmeticView::recompute);
    recompute();
}

void StepArithmeticView::setNetwork(const core::Network<double>& network) {
    m_network = std::make_shared<const core::Network<double>>(network);
    rebuildArithmetic();
}

void StepArithmeticView::setInput(const core::SequenceBatch<double>& input) {
    m_input = input;
    rebuildArithmetic();
}

void StepArithmeticView::setTrace(std::shared_ptr<const session::ProbeTrace> trace) {
    m_trace = std::move(trace);
    rebuildArithmetic();
}

void StepArithmeticView::rebuildArithmetic() {
    m_arithmetic = m_network ? GateArithmetic(m_network, m_input, m_trace) : GateArithmetic();
    recompute();
}

void StepArithmeticView::recompute() {
    const int layer = m_trace && !m_trace->layers.empty()
                          ? std::clamp(m_selection->layer(), 0, int(m_trace->layers.size()) - 1)
                          : 0;
    m_unavailable = m_arithmetic.unavailableReason(layer);
    m_equations = m_arithmetic.equations(layer, m_selection->unit(), m_selection->step());
    if (m_equations.empty() && m_unavailable.isEmpty())
        m_unavailable = tr("Unit %1 or step %2 is not in the trace.")
                            .arg(m_selection->unit())
                            .arg(m_selection->step());
    const auto [e, t] = m_selected;
    if (e >= int(m_equations.size()) ||
        (e >= 0 && t >= int(m_equations[std::size_t(e)].terms.size())))
        m_selected = {-1, -1};
    update();
}

QString StepArithmeticView::html(const QString& symbol) {
    static const QRegularExpression braced(u"_\\{([^}]*)\\}"_s);
    static const QRegularExpression single(u"_(\\w+)"_s);
    QString out = symbol.toHtmlEscaped();
    out.replace(braced, u"<sub>\\1</sub>"_s);
    out.replace(single, u"<sub>\\1</sub>"_s);
    return out;
}

double StepArithmeticView::drawRich(QPainter& painter, const QPointF& at,
                                    const QString& text) const {
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(painter.font());
    document.setHtml(u"<span style=\"color:%1; white-space:pre\">%2</span>"_s.arg(
        palette().color(QPalette::WindowText).name(), text));
    painter.save();
    painter.translate(at);
    document.drawContents(&painter);
    painter.restore();
    return document.idealWidth();
}

double StepArithmeticView::paintEquation(QPainter& painter, int index, double top) {
    const GateEquation& e = m_equations[std::size_t(index)];
    const QString act = activationName(e.activation);
    const double lineHeight = QFontMetricsF(painter.font()).height() * 1.35;
    // Two lines: the symbols, then the numbers; a term is clickable on both.
    for (int line = 0; line < 2; ++line) {
        double x = kMargin + (line == 0 ? 0 : 28);
        const double y = top + line * lineHeight;
        auto put = [&](const QString& text, int term) {
            const double start = x;
            const QFontMetricsF metrics(painter.font());
            if (term >= 0 && m_selected == std::pair{index, term}) {
                QTextDocument measure;
                measure.setDocumentMargin(0);
                measure.setDefaultFont(painter.font());
                measure.setHtml(text);
                QColor mark = palette().color(QPalette::Highlight);
                mark.setAlphaF(0.35f);
                painter.fillRect(
                    QRectF(x - 3, y - 2, measure.idealWidth() + 6, metrics.height() + 6), mark);
            }
            x += drawRich(painter, QPointF(x, y), text);
            if (term >= 0)
                m_hits.push_back(
                    {QRectF(start - 3, y - 2, x - start + 6, metrics.height() + 6), index, term});
        };
        put(line == 0 ? u"<b>%1<sub>t</sub></b> = "_s.arg(e.name) : u"= "_s, -1);
        if (!act.isEmpty())
            put(act + u"("_s, -1);
        for (std::size_t t = 0; t < e.terms.size(); ++t) {
            if (t > 0)
                put(u" + "_s, -1);
            put(line == 0 ? html(e.terms[t].symbol) : number(e.terms[t].value), int(t));
        }
        if (!act.isEmpty())
            put(u")"_s, -1);
        if (line == 1) {
            if (!act.isEmpty())
                put(u" = %1(%2)"_s.arg(act, number(e.preActivation)), -1);
            put(u" = <b>%1</b>"_s.arg(number(e.value)), -1);
            if (std::isfinite(e.traced))
                put(std::abs(e.value - e.traced) < 1e-4
                        ? tr("&nbsp;&nbsp;✓ as traced")
                        : tr("&nbsp;&nbsp;≠ traced %1 (other weights?)").arg(number(e.traced)),
                    -1);
        }
    }
    return top + 2 * lineHeight + 6;
}

double StepArithmeticView::paintContributions(QPainter& painter, double top) const {
    const auto [e, t] = m_selected;
    if (e < 0)
        return top;
    const GateTerm& term = m_equations[std::size_t(e)].terms[std::size_t(t)];
    const double lineHeight = QFontMetricsF(painter.font()).height() * 1.3;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(kMargin, top), QPointF(width() - kMargin, top));
    top += 6;
    if (term.contributions.empty()) {
        drawRich(painter, {kMargin, top},
                 tr("%1 = %2 is a single number, not a sum of products.")
                     .arg(html(term.symbol), number(term.value)));
        return top + lineHeight;
    }
    drawRich(painter, {kMargin, top},
             tr("<b>Largest products in %1</b> = %2:").arg(html(term.symbol), number(term.value)));
    top += lineHeight;
    const double columns[] = {kMargin + 10, kMargin + 130, kMargin + 240, kMargin + 350};
    const QString headers[] = {tr("input"), tr("weight"), tr("value"), tr("product")};
    for (int c = 0; c < 4; ++c)
        drawRich(painter, {columns[c], top}, u"<i>%1</i>"_s.arg(headers[c]));
    top += lineHeight;
    for (const TermContribution& p : term.contributions) {
        drawRich(painter, {columns[0], top}, u"%1[%2]"_s.arg(html(p.source)).arg(p.index));
        drawRich(painter, {columns[1], top}, number(p.weight));
        drawRich(painter, {columns[2], top}, number(p.value));
        drawRich(painter, {columns[3], top}, number(p.product));
        top += lineHeight;
    }
    return top;
}

void StepArithmeticView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.2);
    painter.setFont(big);
    m_hits.clear();
    double top = kMargin;
    const QString where = tr("unit %1, step %2").arg(m_selection->unit()).arg(m_selection->step());
    if (!m_unavailable.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_unavailable);
        return;
    }
    const QString layer =
        QString::fromStdString(m_trace
                                   ->layers[std::size_t(std::clamp(
                                       m_selection->layer(), 0, int(m_trace->layers.size()) - 1))]
                                   .name);
    drawRich(
        painter, {kMargin, top},
        tr("<b>%1, %2</b> — from the weights; h<sub>t−1</sub> from the trace").arg(layer, where));
    top += QFontMetricsF(big).height() * 1.6;
    for (int e = 0; e < int(m_equations.size()); ++e)
        top = paintEquation(painter, e, top);
    paintContributions(painter, top + 4);
}

QPoint StepArithmeticView::termCentre(int equation, int term) const {
    for (const Hit& hit : m_hits)
        if (hit.equation == equation && hit.term == term)
            return hit.rect.center().toPoint();
    return {-1, -1};
}

std::vector<TermContribution> StepArithmeticView::shownContributions() const {
    if (m_selected.first < 0)
        return {};
    return m_equations[std::size_t(m_selected.first)]
        .terms[std::size_t(m_selected.second)]
        .contributions;
}

void StepArithmeticView::mousePressEvent(QMouseEvent* event) {
    for (const Hit& hit : m_hits)
        if (hit.rect.contains(event->position())) {
            m_selected = m_selected == std::pair{hit.equation, hit.term}
                             ? std::pair{-1, -1}
                             : std::pair{hit.equation, hit.term};
            update();
            return;
        }
    QWidget::mousePressEvent(event);
}

QSize StepArithmeticView::sizeHint() const {
    return {780, 600};
}

QString StepArithmeticView::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

QString StepArithmeticView::exportCsv(const QString& path) const {
    if (m_equations.empty())
        return m_unavailable;
    QStringList rows;
    const QString where = u"%1,%2,%3"_s.arg(m_selection->layer() + 1)
                              .arg(m_selection->unit())
                              .arg(m_selection->step());
    for (const GateEquation& e : m_equations) {
        for (const GateTerm& term : e.terms)
            rows << u"%1,%2,%3,%4"_s.arg(where, e.name, term.symbol,
                                         ViewExport::number(term.value));
        rows << u"%1,%2,sum,%3"_s.arg(where, e.name, ViewExport::number(e.preActivation));
        rows << u"%1,%2,value,%3"_s.arg(where, e.name, ViewExport::number(e.value));
        rows << u"%1,%2,traced,%3"_s.arg(where, e.name, ViewExport::number(e.traced));
    }
    return ViewExport::writeCsv(path, u"layer,unit,step,equation,term,value"_s, rows);
}

} // namespace app
