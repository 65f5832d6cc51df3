#include "app/views/race_chart.h"

#include "app/views/chart_scales.h"
#include "app/views/projector_style.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace app {

RaceChart::RaceChart(QWidget* parent)
    // Not QChartView(parent): it makes a chart of its own, which setChart() would orphan.
    : QChartView(new QChart, parent)
    , m_stepAxis(new QValueAxis(this))
    , m_lossAxis(new QLogValueAxis(this)) {
    QChart* chart = this->chart();
    chart->addAxis(m_stepAxis, Qt::AlignBottom);
    chart->addAxis(m_lossAxis, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundVisible(false);
    setRenderHint(QPainter::Antialiasing);
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_stepAxis->setTitleText(tr("Step"));
    m_lossAxis->setTitleText(tr("Loss"));
    m_lossAxis->setLabelFormat(QStringLiteral("%g"));
    setMinimumSize(280, 200);
    applyPalette();
    updateAxes();
    connect(ProjectorStyle::instance(), &ProjectorStyle::changed, this, &RaceChart::applyPalette);
}

void RaceChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RaceChart::applyPalette() {
    // The theme recolours every curve: the runs get their own colours back.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundVisible(false);
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QPen pen(m_colours.value(i, Qt::gray));
        pen.setWidthF(ProjectorStyle::width(2.0));
        m_series[i]->setPen(pen);
    }
    ProjectorStyle::styleChart(chart());
}

void RaceChart::setRuns(const QStringList& names, const QList<QColor>& colours) {
    chart()->removeAllSeries();
    m_series.clear();
    m_low = m_high = 0.0;
    m_steps = 10.0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto* series = new QLineSeries(this);
        series->setName(names[i]);
        chart()->addSeries(series);
        series->attachAxis(m_stepAxis);
        series->attachAxis(m_lossAxis);
        m_series << series;
    }
    m_colours = colours;
    applyPalette();
    updateAxes();
}

void RaceChart::setRunNames(const QStringList& names) {
    for (qsizetype i = 0; i < std::min(m_series.size(), names.size()); ++i)
        m_series[i]->setName(names[i]);
}

void RaceChart::addSnapshot(int run, const training::TrainingSnapshot& snapshot) {
    if (run < 0 || run >= m_series.size() || snapshot.step <= 0)
        return;
    const double loss = snapshot.recentLoss;
    if (!(loss > 0.0) || !std::isfinite(loss))
        return;
    QLineSeries* series = m_series[run];
    if (series->count() >= kMaxPoints) {
        // Every other point goes: the curve keeps its shape at half the resolution.
        QList<QPointF> points = series->points();
        QList<QPointF> kept;
        for (qsizetype i = 0; i < points.size(); i += 2)
            kept << points[i];
        series->replace(kept);
    }
    series->append(double(snapshot.step), loss);
    m_low = m_low > 0.0 ? std::min(m_low, loss) : loss;
    m_high = std::max(m_high, loss);
    m_steps = std::max({m_steps, double(snapshot.steps), double(snapshot.step)});
    updateAxes();
}

int RaceChart::pointCount(int run) const {
    return run >= 0 && run < m_series.size() ? int(m_series[run]->count()) : 0;
}

void RaceChart::updateAxes() {
    m_stepAxis->setRange(0.0, m_steps);
    const double low = m_low > 0.0 ? m_low : 0.01;
    const double high = m_high > 0.0 ? m_high : 1.0;
    ChartScales::setDecades(m_lossAxis, ChartScales::decadesAround(low, high));
}

} // namespace app
