#include "app/views/forecast_view.h"

#include "app/views/projector_style.h"
#include "app/views/view_export.h"
#include "core/network_executor.h"
#include "data/series_forecast_task.h"
#include "data/sine_task.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace app {

namespace {

const QColor kForecastColour(0xe6, 0x61, 0x01); // PuOr's orange: reads on light and dark

core::Matrix<double> outputsOf(const core::Network<double>& network,
                               const core::SequenceBatch<double>& batch) {
    core::NetworkExecutor<double> executor(network);
    return executor.forward(batch);
}

} // namespace

ForecastView::ForecastView(QWidget* parent)
    : OutputView(parent)
    , m_windowChoice(new QSpinBox(this))
    , m_message(new QLabel(this))
    // Not QChartView(this): it makes a chart of its own, which setChart() would orphan.
    , m_chartView(new QChartView(new QChart, this))
    , m_actualSeries(new QLineSeries(this))
    , m_forecastSeries(new QLineSeries(this))
    , m_shadeLow(new QLineSeries(this))
    , m_shadeHigh(new QLineSeries(this))
    , m_shade(new QAreaSeries(m_shadeHigh, m_shadeLow))
    , m_stepAxis(new QValueAxis(this))
    , m_valueAxis(new QValueAxis(this)) {
    m_windowChoice->setToolTip(tr("Which window of the validation split to forecast"));
    m_message->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Validation window:"), this));
    top->addWidget(m_windowChoice);
    top->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chartView, 1);

    m_actualSeries->setName(tr("actual"));
    m_forecastSeries->setName(tr("forecast"));
    QChart* chart = m_chartView->chart();
    chart->addSeries(m_shade);
    chart->addSeries(m_actualSeries);
    chart->addSeries(m_forecastSeries);
    chart->addAxis(m_stepAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_shade), static_cast<QAbstractSeries*>(m_actualSeries),
          static_cast<QAbstractSeries*>(m_forecastSeries)}) {
        series->attachAxis(m_stepAxis);
        series->attachAxis(m_valueAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 220);
    connect(m_windowChoice, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingRange)
            refresh();
    });
    applyPalette();
    refresh();
    connect(ProjectorStyle::instance(), &ProjectorStyle::changed, this,
            &ForecastView::applyPalette);
}

void ForecastView::setWindow(int index) {
    m_windowChoice->setValue(index);
    refresh();
}

int ForecastView::window() const {
    return m_windowChoice->value();
}

void ForecastView::refresh() {
    m_actual.clear();
    m_forecast.clear();
    m_message->clear();
    if (!task()) {
        m_message->setText(tr("No task."));
    } else if (!network() || !networkFitsTask()) {
        m_message->setText(tr("No network that fits the task yet."));
    } else {
        const int count = int(task()->sequenceCount(data::Split::Validation));
        m_settingRange = true; // (blocking the spin box's signals would leave its text stale)
        m_windowChoice->setRange(0, std::max(0, count - 1));
        m_settingRange = false;
        if (dynamic_cast<const data::SeriesForecastTask*>(task()))
            computeSeries();
        else if (dynamic_cast<const data::SineTask*>(task()))
            computeSine();
        else
            m_message->setText(tr("This task has no series to forecast."));
    }
    updateChart();
}

void ForecastView::computeSine() {
    const auto& sine = static_cast<const data::SineTask&>(*task());
    const core::SequenceBatch<double> batch = sine.batch(data::Split::Validation, 1, window(), 0);
    const core::Matrix<double> outputs = outputsOf(*network(), batch);
    for (core::Index t = 0; t < batch.steps; ++t) {
        m_actual.append(QPointF(double(t), batch.inputs(t, 0)));
        m_forecast.append(QPointF(double(t + 1), outputs(t, 0)));
    }
    m_actual.append(QPointF(double(batch.steps), batch.targets(batch.steps - 1, 0)));
    m_horizon = {double(data::SineTask::kWarmUp), double(batch.steps)};
    m_stepTitle = tr("step");
    m_valueTitle = tr("value");
    m_shadeName = tr("scored steps (after the warm-up)");
}

void ForecastView::computeSeries() {
    const auto& series = static_cast<const data::SeriesForecastTask&>(*task());
    const core::SequenceBatch<double> batch = series.batch(data::Split::Validation, 1, window(), 0);
    const core::Matrix<double> outputs = outputsOf(*network(), batch);
    const core::Index start = series.windowStart(data::Split::Validation, window());
    const core::Index last = start + series.window() - 1;
    const std::vector<double>& values = series.series().values;
    for (core::Index k = start; k <= last + series.horizon(); ++k)
        m_actual.append(QPointF(double(k - last), values[size_t(k)]));
    m_forecast.append(QPointF(0.0, values[size_t(last)]));
    for (core::Index k = 1; k <= series.horizon(); ++k)
        m_forecast.append(
            QPointF(double(k), values[size_t(last)] + series.changeScale() * outputs(0, k - 1)));
    m_horizon = {0.0, double(series.horizon())};
    m_stepTitle = tr("steps after %1").arg(QString::fromStdString(series.series().label(last)));
    m_valueTitle = QString::fromStdString(series.series().name);
    m_shadeName = tr("forecast horizon");
}

void ForecastView::updateChart() {
    m_actualSeries->replace(m_actual);
    m_forecastSeries->replace(m_forecast);
    double low = 0.0, high = 1.0, first = 0.0, lastStep = 1.0;
    if (!m_actual.isEmpty()) {
        low = high = m_actual.first().y();
        first = m_actual.first().x();
        lastStep = m_actual.last().x();
        for (const QList<QPointF>* points : {&m_actual, &m_forecast})
            for (const QPointF& p : *points) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        const double margin = std::max(1e-6, 0.08 * (high - low));
        low -= margin;
        high += margin;
    }
    m_valueAxis->setRange(low, high);
    m_valueAxis->applyNiceNumbers();
    low = m_valueAxis->min();
    high = m_valueAxis->max();
    const bool shaded = !m_actual.isEmpty() && m_horizon.second > m_horizon.first;
    m_shadeLow->replace(shaded ? QList<QPointF>{{m_horizon.first, low}, {m_horizon.second, low}}
                               : QList<QPointF>{});
    m_shadeHigh->replace(shaded ? QList<QPointF>{{m_horizon.first, high}, {m_horizon.second, high}}
                                : QList<QPointF>{});
    m_shade->setName(m_shadeName);
    m_shade->setVisible(shaded);
    // Whole steps, ticks anchored at 0 (the window's last value for a series) every 1, 2, 5, 10, …
    const double span = std::max(lastStep - first, 1.0);
    double interval = 1.0;
    while (span / interval > 8.0)
        interval *= (QString::number(interval).startsWith(u'2') ? 2.5 : 2.0);
    m_stepAxis->setTickType(QValueAxis::TicksDynamic);
    m_stepAxis->setTickAnchor(0.0);
    m_stepAxis->setTickInterval(interval);
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_stepAxis->setRange(first, first + span);
    m_stepAxis->setTitleText(m_stepTitle);
    m_valueAxis->setTitleText(m_valueTitle);
    m_chartView->chart()->setTitle(m_actual.isEmpty() ? m_message->text() : QString());
}

QString ForecastView::exportCsv(const QString& path) const {
    std::map<double, std::pair<QString, QString>> rows;
    for (const QPointF& p : m_actual)
        rows[p.x()].first = ViewExport::number(p.y());
    for (const QPointF& p : m_forecast)
        rows[p.x()].second = ViewExport::number(p.y());
    QStringList lines;
    for (const auto& [step, values] : rows)
        lines << ViewExport::number(step) + u',' + values.first + u',' + values.second;
    return ViewExport::writeCsv(path, QStringLiteral("step,actual,forecast"), lines);
}

void ForecastView::changeEvent(QEvent* event) {
    OutputView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ForecastView::applyPalette() {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart* chart = m_chartView->chart();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    m_actualSeries->setPen(QPen(palette().color(QPalette::WindowText), ProjectorStyle::width(2.0)));
    m_forecastSeries->setPen(QPen(kForecastColour, ProjectorStyle::width(2.0), Qt::DashLine));
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(50);
    m_shade->setBrush(shade);
    m_shade->setPen(Qt::NoPen);
    ProjectorStyle::styleChart(chart);
}

} // namespace app
