#include "app/views/loss_chart.h"

#include "app/views/chart_scales.h"
#include "app/views/colour_scale.h"
#include "app/views/projector_style.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace app {

LossChart::LossChart(QWidget* parent)
    // Not QChartView(parent): it makes a chart of its own, which setChart() would orphan.
    : QChartView(new QChart, parent)
    , m_training(new QLineSeries(this))
    , m_validation(new QLineSeries(this))
    , m_stepAxis(new QValueAxis(this))
    , m_lossAxis(new QLogValueAxis(this)) {
    m_training->setName(tr("Training loss"));
    m_validation->setName(tr("Validation loss (epoch)"));
    m_validation->setPointsVisible(true);

    m_stepAxis->setTitleText(tr("Step"));
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_stepAxis->setTickType(QValueAxis::TicksDynamic);
    m_stepAxis->setTickAnchor(0.0);
    m_lossAxis->setTitleText(tr("Loss"));
    m_lossAxis->setLabelFormat(QStringLiteral("%g"));
    m_lossAxis->setBase(10.0);
    m_lossAxis->setMinorTickCount(-1);

    QChart* chart = this->chart();
    chart->addSeries(m_training);
    chart->addSeries(m_validation);
    chart->addAxis(m_stepAxis, Qt::AlignBottom);
    chart->addAxis(m_lossAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_training, m_validation}) {
        series->attachAxis(m_stepAxis);
        series->attachAxis(m_lossAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    applyPalette();
    updateAxes();
    connect(ProjectorStyle::instance(), &ProjectorStyle::changed, this, &LossChart::applyPalette);
}

void LossChart::clear() {
    m_trainingPoints.clear();
    m_validationPoints.clear();
    m_training->clear();
    m_validation->clear();
    m_stepOffset = 0;
    m_stepsOfRun = 0;
    m_validationsDrawn = 0;
    updateAxes();
}

void LossChart::showHistory(const session::TrainingHistory& history) {
    clear();
    for (const session::EpochRecord& record : history.epochs()) {
        addPoint(m_trainingPoints, m_training, QPointF(double(record.step), record.trainLoss));
        addPoint(m_validationPoints, m_validation,
                 QPointF(double(record.step), record.validationLoss));
    }
    // A run resumed from this history lists these epochs among its validations again.
    m_validationsDrawn = qsizetype(history.epochs().size());
    updateAxes();
}

void LossChart::beginRun() {
    if (!m_trainingPoints.isEmpty())
        m_stepOffset = std::int64_t(std::ceil(m_trainingPoints.constLast().x()));
    m_stepsOfRun = 0;
    m_validationsDrawn = 0;
}

void LossChart::addSnapshot(const training::TrainingSnapshot& snapshot) {
    m_stepsOfRun = snapshot.steps;
    if (snapshot.step > 0)
        addPoint(m_trainingPoints, m_training,
                 QPointF(double(m_stepOffset + snapshot.step), snapshot.recentLoss));
    for (; m_validationsDrawn < snapshot.validations.size(); ++m_validationsDrawn) {
        const training::EpochValidation& validation = snapshot.validations[m_validationsDrawn];
        addPoint(m_validationPoints, m_validation,
                 QPointF(double(m_stepOffset + validation.step), validation.loss));
    }
    updateAxes();
}

void LossChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void LossChart::addPoint(QList<QPointF>& points, QLineSeries* series, QPointF point) {
    // A logarithmic axis has no place for a loss of zero (or a diverged NaN).
    if (!(point.y() > 0.0) || !std::isfinite(point.y()))
        return;
    points.append(point);
    if (points.size() > kMaxPoints) {
        points = ChartScales::halved(points);
        series->replace(points);
    } else {
        series->append(point);
    }
}

void LossChart::updateAxes() {
    const double lastStep = m_trainingPoints.isEmpty() ? 0.0 : m_trainingPoints.constLast().x();
    const double steps = std::max({double(m_stepOffset + m_stepsOfRun), lastStep, 10.0});
    ChartScales::setStepRange(m_stepAxis, steps);

    double low = std::numeric_limits<double>::infinity();
    double high = 0.0;
    for (const QList<QPointF>* points : {&m_trainingPoints, &m_validationPoints})
        for (const QPointF& point : *points) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    ChartScales::setDecades(m_lossAxis, high > 0.0 ? ChartScales::decadesAround(low, high)
                                                   : ChartScales::Decades{});
    chart()->setTitle(m_trainingPoints.isEmpty() ? tr("The loss appears here as the model trains.")
                                                 : QString());
}

void LossChart::applyPalette() {
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    // Okabe–Ito's blue and vermillion, not the theme's blue and green: apart for every viewer.
    m_training->setPen(QPen(ColourScale::series(0, dark), ProjectorStyle::width(2.0)));
    m_validation->setPen(QPen(ColourScale::series(1, dark), ProjectorStyle::width(2.0)));
    m_validation->setColor(ColourScale::series(1, dark));
    ProjectorStyle::styleChart(chart());
}

} // namespace app
