#include "app/views/training_chart_page.h"

#include "app/views/chart_scales.h"
#include "app/views/colour_scale.h"
#include "app/views/projector_style.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace app {

namespace {

constexpr double kMarkerHitWidth = 9.0; // pixels a pointer may miss a marker line by

} // namespace

TrainingChartPage::TrainingChartPage(const QList<TrainingChartData::Series>& series,
                                     const QString& valueTitle, QWidget* parent)
    // Not QChartView(parent): it makes a chart of its own, which setChart() would orphan.
    : QChartView(new QChart, parent)
    , m_stepAxis(new QValueAxis(this))
    , m_logarithmic(!series.isEmpty() && TrainingChartData::isLogarithmic(series.first())) {
    QChart* chart = this->chart();
    if (m_logarithmic) {
        auto* axis = new QLogValueAxis(this);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        m_valueAxis = axis;
    } else {
        m_valueAxis = new QValueAxis(this);
    }
    m_valueAxis->setTitleText(valueTitle);
    m_stepAxis->setTitleText(tr("Step"));
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_stepAxis->setTickType(QValueAxis::TicksDynamic);
    m_stepAxis->setTickAnchor(0.0);
    chart->addAxis(m_stepAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (TrainingChartData::Series s : series) {
        auto* line = new QLineSeries(this);
        line->setName(TrainingChartData::name(s));
        chart->addSeries(line);
        line->attachAxis(m_stepAxis);
        line->attachAxis(m_valueAxis);
        m_drawn.append({s, line});
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    connect(chart, &QChart::plotAreaChanged, this, &TrainingChartPage::placeMarkers);
    connect(m_stepAxis, &QValueAxis::rangeChanged, this, &TrainingChartPage::placeMarkers);
    connect(ProjectorStyle::instance(), &ProjectorStyle::changed, this,
            &TrainingChartPage::applyPalette);
    applyPalette();
}

void TrainingChartPage::setDashed(TrainingChartData::Series series) {
    for (Drawn& drawn : m_drawn)
        drawn.dashed = drawn.dashed || drawn.series == series;
    applyPalette();
}

QLineSeries* TrainingChartPage::curve(TrainingChartData::Series series) const {
    for (const Drawn& drawn : m_drawn)
        if (drawn.series == series)
            return drawn.line;
    return nullptr;
}

void TrainingChartPage::sync(const TrainingChartData& chartData) {
    for (Drawn& drawn : m_drawn) {
        const QList<QPointF>& points = chartData.points(drawn.series);
        if (drawn.generation != chartData.generation(drawn.series) || points.size() < drawn.count) {
            drawn.line->replace(points);
        } else {
            for (qsizetype i = drawn.count; i < points.size(); ++i)
                drawn.line->append(points[i]);
        }
        drawn.count = points.size();
        drawn.generation = chartData.generation(drawn.series);
    }
    if (m_markerGeneration != chartData.markerGeneration())
        rebuildMarkers(chartData);
    updateAxes(chartData);
}

void TrainingChartPage::updateAxes(const TrainingChartData& chartData) {
    const double steps = std::max(chartData.stepSpan(), 10.0);
    ChartScales::setStepRange(m_stepAxis, steps);
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const Drawn& drawn : m_drawn)
        for (const QPointF& p : chartData.points(drawn.series)) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    const bool empty = !(high >= low);
    if (m_logarithmic) {
        // A curve on a whole decade (the clipping threshold 1) would lie on the frame: the next
        // decade up holds it.
        const ChartScales::Decades decades =
            empty ? ChartScales::Decades{} : ChartScales::decadesAround(low, high * 1.05, 8);
        auto* axis = static_cast<QLogValueAxis*>(m_valueAxis);
        // Minor grid lines are too dense over several decades.
        axis->setMinorGridLineVisible(decades.top / decades.bottom <= 10.0);
        ChartScales::setDecades(axis, decades);
    } else {
        auto* axis = static_cast<QValueAxis*>(m_valueAxis);
        if (empty)
            axis->setRange(0.0, 1.0);
        else
            axis->setRange(std::min(low, 0.0), high > low ? high : low + 1.0);
        axis->applyNiceNumbers();
    }
    const QString title = empty ? tr("The curves appear here as the model trains.") : QString();
    if (chart()->title() != title)
        chart()->setTitle(title);
}

void TrainingChartPage::rebuildMarkers(const TrainingChartData& chartData) {
    qDeleteAll(m_markerItems);
    m_markerItems.clear();
    m_markerSteps.clear();
    m_markerKinds.clear();
    for (const TrainingChartData::Marker& marker : chartData.markers()) {
        auto* hit = new QGraphicsRectItem;
        hit->setPen(Qt::NoPen);
        hit->setBrush(Qt::NoBrush);
        hit->setZValue(1000);
        hit->setToolTip(TrainingChartData::describe(marker));
        auto* line = new QGraphicsLineItem(hit);
        line->setToolTip(hit->toolTip());
        auto* label = new QGraphicsSimpleTextItem(TrainingChartData::kindName(marker.kind), hit);
        label->setToolTip(hit->toolTip());
        scene()->addItem(hit);
        m_markerItems.append(hit);
        m_markerSteps.append(marker.step);
        m_markerKinds.append(marker.kind);
    }
    m_markerGeneration = chartData.markerGeneration();
    colourMarkers();
    placeMarkers();
}

void TrainingChartPage::colourMarkers() {
    const bool dark = isDark();
    for (qsizetype i = 0; i < m_markerItems.size(); ++i) {
        const QColor colour = markerColour(m_markerKinds[i], dark);
        const QList<QGraphicsItem*> parts = m_markerItems[i]->childItems();
        QPen pen(colour, ProjectorStyle::width(2.0), Qt::DashLine);
        pen.setCosmetic(true);
        static_cast<QGraphicsLineItem*>(parts[0])->setPen(pen);
        static_cast<QGraphicsSimpleTextItem*>(parts[1])->setBrush(colour);
    }
}

void TrainingChartPage::placeMarkers() {
    const QRectF plot = chart()->plotArea();
    const double min = m_stepAxis->min();
    const double span = std::max(m_stepAxis->max() - min, 1e-12);
    double labelsEnd = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < m_markerItems.size(); ++i) {
        const double x = plot.left() + (m_markerSteps[i] - min) / span * plot.width();
        const QPointF top = chart()->mapToScene(QPointF(x, plot.top()));
        QGraphicsRectItem* hit = m_markerItems[i];
        hit->setRect(
            QRectF(top.x() - kMarkerHitWidth / 2, top.y(), kMarkerHitWidth, plot.height()));
        const QList<QGraphicsItem*> parts = hit->childItems();
        static_cast<QGraphicsLineItem*>(parts[0])->setLine(
            QLineF(top.x(), top.y(), top.x(), top.y() + plot.height()));
        // A word at the top of the line, unless it would run into the one before.
        auto* label = static_cast<QGraphicsSimpleTextItem*>(parts[1]);
        const double width = label->boundingRect().width();
        const double left = top.x() + width + 4 > plot.right() ? top.x() - width - 4 : top.x() + 4;
        label->setPos(left, top.y() + 2);
        label->setVisible(left > labelsEnd);
        if (label->isVisible())
            labelsEnd = left + width + 6;
        hit->setVisible(plot.width() > 0 && x >= plot.left() - 0.5 && x <= plot.right() + 0.5);
    }
}

QColor TrainingChartPage::markerColour(session::HistoryEntry::Kind kind, bool dark) {
    return dark ? baseColour(kind).lighter(150) : baseColour(kind);
}

QColor TrainingChartPage::baseColour(session::HistoryEntry::Kind kind) {
    using Kind = session::HistoryEntry::Kind;
    switch (kind) {
    case Kind::SettingsChanged:
        return QColor(0x00, 0x72, 0xb2); // blue
    case Kind::Diverged:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case Kind::RolledBack:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case Kind::EarlyStopped:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case Kind::Reset:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    }
    return Qt::gray;
}

void TrainingChartPage::setValueTitle(const QString& title) {
    m_valueAxis->setTitleText(title);
}

void TrainingChartPage::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange) {
        m_stepAxis->setTitleText(tr("Step"));
        for (const Drawn& drawn : m_drawn)
            drawn.line->setName(TrainingChartData::name(drawn.series));
        m_markerGeneration = ~quint64(0); // the tooltips say it again in the new language
    }
}

bool TrainingChartPage::isDark() const {
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark palette.
    return palette().color(QPalette::Window).lightness() < 128;
}

void TrainingChartPage::applyPalette() {
    chart()->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    int solid = 0;
    for (const Drawn& drawn : m_drawn) {
        // Okabe–Ito colours in place of the theme's, whose dark set puts green beside red.
        QPen pen(drawn.dashed ? palette().color(QPalette::WindowText)
                              : ColourScale::series(solid++, isDark()),
                 ProjectorStyle::width(drawn.dashed ? 2.0 : 2.5));
        pen.setStyle(drawn.dashed ? Qt::DashLine : Qt::SolidLine);
        drawn.line->setPen(pen);
    }
    colourMarkers();
    ProjectorStyle::styleChart(chart());
}

} // namespace app
