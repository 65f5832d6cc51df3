#include "app/views/training_chart_data.h"

#include "app/views/chart_scales.h"
#include "app/views/view_export.h"

#include <algorithm>
#include <cmath>

namespace app {

namespace {

QString quoted(QString text) {
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

void TrainingChartData::clear() {
    for (int s = 0; s < kSeriesCount; ++s) {
        m_points[s].clear();
        ++m_generation[s];
    }
    m_markers.clear();
    ++m_markerGeneration;
    m_stepOffset = m_stepsOfRun = 0;
    m_epochsDrawn = m_entriesDrawn = 0;
    m_runMarkerStart = 0;
}

void TrainingChartData::showHistory(const session::TrainingHistory& history) {
    clear();
    syncHistory(history, 0.0);
    const session::EpochRecord* previous = nullptr;
    for (const session::EpochRecord& record : history.epochs()) {
        add(Series::LearningRate, QPointF(double(record.step), record.learningRate));
        const double steps = double(record.step - (previous ? previous->step : 0));
        const double seconds = record.seconds - (previous ? previous->seconds : 0.0);
        if (seconds > 0.0)
            add(Series::StepsPerSecond, QPointF(double(record.step), steps / seconds));
        previous = &record;
    }
    if (!history.epochs().empty())
        m_stepsOfRun = history.epochs().back().step;
}

void TrainingChartData::beginRun() {
    double last = 0.0;
    for (const QList<QPointF>& points : m_points)
        if (!points.isEmpty())
            last = std::max(last, points.constLast().x());
    m_stepOffset = std::int64_t(std::ceil(last));
    m_stepsOfRun = 0;
    m_epochsDrawn = m_entriesDrawn = 0;
    m_runMarkerStart = m_markers.size();
}

void TrainingChartData::addSnapshot(const training::TrainingSnapshot& snapshot) {
    m_stepsOfRun = snapshot.steps;
    const double step = double(m_stepOffset + snapshot.step);
    // A roll-back or a reset: what was drawn after the step the run is back at goes.
    for (Series s : {Series::LearningRate, Series::GradientNorm, Series::StepsPerSecond,
                     Series::ClipThreshold})
        truncateAfter(s, step);
    if (snapshot.step > 0) {
        add(Series::LearningRate, QPointF(step, snapshot.learningRate));
        add(Series::GradientNorm, QPointF(step, snapshot.gradientNorm));
        if (snapshot.settings.clipNorm > 0.0)
            add(Series::ClipThreshold, QPointF(step, snapshot.settings.clipNorm));
        if (snapshot.stepsPerSecond > 0.0)
            add(Series::StepsPerSecond, QPointF(step, snapshot.stepsPerSecond));
    }
    if (snapshot.history)
        syncHistory(*snapshot.history, step);
}

void TrainingChartData::syncHistory(const session::TrainingHistory& history, double currentStep) {
    const auto& epochs = history.epochs();
    if (epochs.size() < m_epochsDrawn) { // truncated by a roll-back, or started over
        const double kept = double(m_stepOffset) + (epochs.empty() ? 0.0 : epochs.back().step);
        for (Series s : {Series::TrainLoss, Series::ValidationLoss, Series::ValidationMetric})
            truncateAfter(s, std::min(kept, currentStep));
        m_epochsDrawn = epochs.size();
    }
    for (; m_epochsDrawn < epochs.size(); ++m_epochsDrawn) {
        const session::EpochRecord& record = epochs[m_epochsDrawn];
        const double step = double(m_stepOffset + record.step);
        add(Series::TrainLoss, QPointF(step, record.trainLoss));
        add(Series::ValidationLoss, QPointF(step, record.validationLoss));
        add(Series::ValidationMetric, QPointF(step, record.validationMetric));
    }
    const auto& entries = history.entries();
    // Entries are only ever appended, but a reset begins a new history: then the entry drawn
    // last is no longer where it was.
    const auto same = [](const session::HistoryEntry& a, const session::HistoryEntry& b) {
        return a.kind == b.kind && a.step == b.step && a.epoch == b.epoch && a.text == b.text;
    };
    if (entries.size() < m_entriesDrawn ||
        (m_entriesDrawn > 0 && !same(entries[m_entriesDrawn - 1], m_lastEntry))) {
        m_markers.resize(std::min(m_markers.size(), m_runMarkerStart));
        ++m_markerGeneration;
        m_entriesDrawn = 0;
    }
    for (; m_entriesDrawn < entries.size(); ++m_entriesDrawn)
        addMarker(entries[m_entriesDrawn]);
    if (m_entriesDrawn > 0)
        m_lastEntry = entries[m_entriesDrawn - 1];
}

void TrainingChartData::addMarker(const session::HistoryEntry& entry) {
    m_markers.append({entry.kind, double(m_stepOffset + entry.step), entry.epoch,
                      QString::fromStdString(entry.text)});
    if (m_markers.size() > kMaxMarkers) {
        m_markers.remove(0, m_markers.size() - kMaxMarkers);
        m_runMarkerStart = std::max<qsizetype>(0, m_runMarkerStart - 1);
    }
    ++m_markerGeneration;
}

void TrainingChartData::add(Series series, QPointF point) {
    if (!std::isfinite(point.y()) || (isLogarithmic(series) && !(point.y() > 0.0)))
        return; // a log axis has no place for 0, and NaN (not measured, diverged) is no point
    QList<QPointF>& points = m_points[index(series)];
    if (!points.isEmpty() && points.constLast().x() == point.x()) {
        points.last() = point; // a second snapshot at the same step (the run's last)
        ++m_generation[index(series)];
        return;
    }
    points.append(point);
    if (points.size() > kMaxPoints) {
        points = ChartScales::halved(points);
        ++m_generation[index(series)];
    }
}

void TrainingChartData::truncateAfter(Series series, double step) {
    QList<QPointF>& points = m_points[index(series)];
    const auto end = std::find_if(points.begin(), points.end(),
                                  [step](const QPointF& p) { return p.x() > step; });
    if (end == points.end())
        return;
    points.erase(end, points.end());
    ++m_generation[index(series)];
}

double TrainingChartData::stepSpan() const {
    double last = double(m_stepOffset + m_stepsOfRun);
    for (const QList<QPointF>& points : m_points)
        if (!points.isEmpty())
            last = std::max(last, points.constLast().x());
    for (const Marker& marker : m_markers)
        last = std::max(last, marker.step);
    return last;
}

bool TrainingChartData::isLogarithmic(Series series) {
    return series != Series::ValidationMetric && series != Series::StepsPerSecond;
}

QString TrainingChartData::name(Series series) {
    switch (series) {
    case Series::TrainLoss:
        return tr("Training loss (epoch)");
    case Series::ValidationLoss:
        return tr("Validation loss (epoch)");
    case Series::ValidationMetric:
        return tr("Validation metric (epoch)");
    case Series::LearningRate:
        return tr("Learning rate η");
    case Series::GradientNorm:
        return tr("Gradient norm ‖g‖ before clipping");
    case Series::StepsPerSecond:
        return tr("Steps per second");
    case Series::ClipThreshold:
        return tr("Clipping threshold");
    }
    return {};
}

QString TrainingChartData::kindName(session::HistoryEntry::Kind kind) {
    using Kind = session::HistoryEntry::Kind;
    switch (kind) {
    case Kind::SettingsChanged:
        return tr("Settings changed");
    case Kind::Diverged:
        return tr("Diverged");
    case Kind::RolledBack:
        return tr("Rolled back");
    case Kind::EarlyStopped:
        return tr("Early stopped");
    case Kind::Reset:
        return tr("Reset");
    }
    return {};
}

QString TrainingChartData::describe(const Marker& marker) {
    return tr("%1 at step %2 (epoch %3): %4")
        .arg(kindName(marker.kind))
        .arg(qint64(marker.step))
        .arg(marker.epoch)
        .arg(marker.text);
}

QStringList TrainingChartData::csvRows() const {
    static const char* const keys[kSeriesCount] = {
        "train_loss",    "validation_loss",  "validation_metric", "learning_rate",
        "gradient_norm", "steps_per_second", "clip_threshold"};
    QStringList rows;
    for (int s = 0; s < kSeriesCount; ++s)
        for (const QPointF& p : m_points[s])
            rows << QStringLiteral("%1,%2,%3,")
                        .arg(QLatin1String(keys[s]), ViewExport::number(p.x()),
                             ViewExport::number(p.y()));
    for (const Marker& m : m_markers)
        rows << QStringLiteral("event,%1,,%2")
                    .arg(ViewExport::number(m.step),
                         quoted(kindName(m.kind) + QStringLiteral(": ") + m.text));
    return rows;
}

} // namespace app
