#include "app/views/gradient_flow_chart.h"

#include "app/document/task_texts.h"
#include "app/views/chart_scales.h"
#include "app/views/colour_scale.h"
#include "app/views/probe_gradient_norms.h"
#include "app/views/projector_style.h"
#include "app/views/view_export.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QSaveFile>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace app {

namespace {

double floored(float norm) {
    return std::isfinite(norm) ? std::max(double(norm), GradientFlowChart::kFloor)
                               : GradientFlowChart::kFloor;
}

QLineSeries* curve(const std::vector<float>& norms, const session::ProbeTrace& trace,
                   QObject* parent) {
    auto* series = new QLineSeries(parent);
    for (size_t i = 0; i < norms.size(); ++i)
        series->append(double(core::Index(i) * trace.stride + 1), floored(norms[i]));
    return series;
}

} // namespace

GradientFlowChart::GradientFlowChart(QWidget* parent)
    // Not QChartView(parent): it makes a chart of its own, which setChart() would orphan.
    : QChartView(new QChart, parent)
    , m_stepAxis(new QValueAxis(this))
    , m_normAxis(new QLogValueAxis(this)) {
    QChart* chart = this->chart();
    chart->addAxis(m_stepAxis, Qt::AlignBottom);
    chart->addAxis(m_normAxis, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_normAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_normAxis->setBase(10.0);
    setToolTip(tr("‖∂L/∂h_t‖: how strongly the loss at the last step reaches back to step t"));
    applyPalette();
    rebuild();
    connect(ProjectorStyle::instance(), &ProjectorStyle::changed, this, [this] {
        applyPalette();
        rebuild();
    });
}

void GradientFlowChart::setTrace(std::shared_ptr<const session::ProbeTrace> trace) {
    m_trace = std::move(trace);
    rebuild();
}

int GradientFlowChart::seriesCount() const {
    return int(chart()->series().size());
}

double GradientFlowChart::decayOf(int layer) const {
    if (!m_trace || layer < 0 || layer >= int(m_trace->layers.size()))
        return std::numeric_limits<double>::quiet_NaN();
    const std::vector<float>& norms = m_trace->layers[size_t(layer)].hiddenGradientNorm;
    if (norms.empty() || !(norms.back() > 0.0f))
        return std::numeric_limits<double>::quiet_NaN();
    return double(norms.front()) / double(norms.back());
}

void GradientFlowChart::rebuild() {
    chart()->removeAllSeries();
    m_stepAxis->setTitleText(tr("Time step t"));
    m_normAxis->setTitleText(tr("Gradient norm"));
    double low = std::numeric_limits<double>::infinity(), high = 0.0;
    if (m_trace) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        int index = 0;
        for (int l = 0; l < ProbeGradientNorms::layerCount(*m_trace); ++l) {
            if (m_layer != kAllLayers && l != m_layer)
                continue;
            const QString name = TaskTexts::translated(m_trace->layers[size_t(l)].name);
            QList<QLineSeries*> both = {
                curve(*ProbeGradientNorms::of(*m_trace, l, false), *m_trace, this)};
            both.back()->setName(tr("‖∂L/∂h_t‖ %1").arg(name));
            if (ProbeGradientNorms::hasCell(*m_trace, l)) {
                both << curve(*ProbeGradientNorms::of(*m_trace, l, true), *m_trace, this);
                both.back()->setName(tr("‖∂L/∂c_t‖ %1").arg(name));
            }
            for (QLineSeries* series : both) {
                chart()->addSeries(series);
                series->attachAxis(m_stepAxis);
                series->attachAxis(m_normAxis);
                for (const QPointF& point : series->points()) {
                    low = std::min(low, point.y());
                    high = std::max(high, point.y());
                }
            }
            // A layer's colour from Okabe–Ito's set; its ‖∂L/∂c_t‖ dashed in the same colour.
            QPen pen(m_colour.isValid() ? m_colour : ColourScale::series(index++, dark));
            pen.setWidthF(ProjectorStyle::width(2.0));
            both[0]->setPen(pen);
            if (both.size() == 2) {
                pen.setStyle(Qt::DashLine);
                both[1]->setPen(pen);
            }
        }
    }
    const double steps = m_trace ? double(std::max<core::Index>(m_trace->steps, 2)) : 10.0;
    m_stepAxis->setRange(1.0, steps);
    m_span = high > 0.0 ? std::pair(low, high) : std::pair(0.0, 0.0);
    updateNormAxis();
    chart()->setTitle(m_trace ? QString()
                              : tr("Gradients per time step appear here while training runs."));
}

void GradientFlowChart::setLayer(int layer) {
    if (layer == m_layer)
        return;
    m_layer = std::max(kAllLayers, layer);
    rebuild();
}

void GradientFlowChart::setColour(const QColor& colour) {
    m_colour = colour;
    rebuild();
}

void GradientFlowChart::setSharedSpan(std::pair<double, double> span) {
    m_sharedSpan = span;
    updateNormAxis();
}

void GradientFlowChart::updateNormAxis() {
    auto [low, high] = m_sharedSpan.second > 0.0 ? m_sharedSpan : m_span;
    if (!(high > 0.0)) {
        low = 1e-3;
        high = 1.0;
    }
    // At most about eight labels: a span of 30 decades is labelled every 4th decade.
    ChartScales::setDecades(m_normAxis, ChartScales::decadesAround(low, high, 8));
}

QString GradientFlowChart::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

QString GradientFlowChart::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: %2").arg(path, file.errorString());
    file.write("step,layer,series,norm\n");
    if (m_trace) {
        for (int l = 0; l < ProbeGradientNorms::layerCount(*m_trace); ++l) {
            if (m_layer != kAllLayers && l != m_layer)
                continue; // what is drawn
            const session::ProbeLayerTrace& layer = m_trace->layers[size_t(l)];
            const auto rows = [&](const std::vector<float>& norms, const char* series) {
                for (size_t i = 0; i < norms.size(); ++i)
                    file.write(QStringLiteral("%1,\"%2\",%3,%4\n")
                                   .arg(core::Index(i) * m_trace->stride + 1)
                                   .arg(QString::fromStdString(layer.name), QLatin1String(series),
                                        QString::number(double(norms[i]), 'g', 9))
                                   .toUtf8());
            };
            rows(layer.hiddenGradientNorm, "dL/dh");
            rows(layer.cellGradientNorm, "dL/dc");
        }
    }
    if (!file.commit())
        return tr("%1: %2").arg(path, file.errorString());
    return QString();
}

void GradientFlowChart::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette(); // the theme recolours the curves: draw them again
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void GradientFlowChart::applyPalette() {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    ProjectorStyle::styleChart(chart());
}

} // namespace app
