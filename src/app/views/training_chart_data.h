#pragma once
/**
 * The numbers behind the training charts, kept apart from their drawing: per epoch the train and
 * validation loss and the validation metric, per snapshot the learning rate, the global gradient
 * norm ‖g‖ before clipping and the steps per second, and the run's changes and events (settings
 * changed, diverged, rolled back, early stopped, reset) as markers on the step axis. Fed by the
 * live snapshots (their history gives the epochs and events) or by a saved run's history.
 *
 * Every curve keeps at most kMaxPoints points, halving its resolution when full (neighbours
 * merged, the first and last points kept), and at most kMaxMarkers markers are kept (the newest),
 * so a run of a million steps draws as fast as its first minute. A roll-back or a reset drops
 * what was drawn after the step the run went back to.
 */
#include "session/training_history.h"
#include "training/training_snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <array>
#include <cstdint>

namespace app {

class TrainingChartData {
    Q_DECLARE_TR_FUNCTIONS(app::TrainingChartData)

public:
    static constexpr qsizetype kMaxPoints = 2000;
    static constexpr qsizetype kMaxMarkers = 500;

    enum class Series {
        TrainLoss,        ///< mean batch loss of each epoch, at its last step
        ValidationLoss,   ///< of each epoch
        ValidationMetric, ///< of each epoch
        LearningRate,     ///< η per snapshot (per epoch for a saved run)
        GradientNorm,     ///< ‖g‖ before clipping per snapshot
        StepsPerSecond,   ///< per snapshot (per epoch for a saved run)
        ClipThreshold,    ///< the clipping norm in force per snapshot, when clipping is on
    };
    static constexpr int kSeriesCount = 7;

    struct Marker {
        session::HistoryEntry::Kind kind = session::HistoryEntry::Kind::SettingsChanged;
        double step = 0.0;
        int epoch = 0;
        QString text; ///< what happened, as the history tells it
    };

    /** Forgets everything: another model. */
    void clear();
    /** A saved run: its epochs (learning rate and speed per epoch) and its events. */
    void showHistory(const session::TrainingHistory& history);
    /** A new run on the same model: its steps follow those drawn. */
    void beginRun();
    /** The snapshot's per-step numbers, and its history's epochs and events not drawn yet. */
    void addSnapshot(const training::TrainingSnapshot& snapshot);

    const QList<QPointF>& points(Series series) const { return m_points[index(series)]; }
    /** Bumped whenever the points of `series` were replaced rather than appended to. */
    quint64 generation(Series series) const { return m_generation[index(series)]; }
    const QList<Marker>& markers() const { return m_markers; }
    /** Bumped whenever a marker was added or removed. */
    quint64 markerGeneration() const { return m_markerGeneration; }
    /** The step axis's end: the run's length or the last step drawn. */
    double stepSpan() const;
    /** Whether the series is drawn on a logarithmic axis (then only values > 0 are kept). */
    static bool isLogarithmic(Series series);
    /** The series' name, translated. */
    static QString name(Series series);
    /** The kind of an event in words, translated: "Settings changed". */
    static QString kindName(session::HistoryEntry::Kind kind);
    /** The marker's tooltip: kind, step, epoch and the history's text. */
    static QString describe(const Marker& marker);

    /** Rows "series,step,value" for every point, then "event,step,text" for every marker. */
    QStringList csvRows() const;

private:
    static int index(Series series) { return int(series); }
    void add(Series series, QPointF point);
    void truncateAfter(Series series, double step);
    void syncHistory(const session::TrainingHistory& history, double currentStep);
    void addMarker(const session::HistoryEntry& entry);

    std::array<QList<QPointF>, kSeriesCount> m_points;
    std::array<quint64, kSeriesCount> m_generation{};
    QList<Marker> m_markers;
    quint64 m_markerGeneration = 0;
    std::int64_t m_stepOffset = 0; ///< steps of the runs before this one
    std::int64_t m_stepsOfRun = 0; ///< steps the current run will take
    std::size_t m_epochsDrawn = 0; ///< of the current run's history
    std::size_t m_entriesDrawn = 0;
    qsizetype m_runMarkerStart = 0;    ///< markers of the runs before this one
    session::HistoryEntry m_lastEntry; ///< the current run's entry drawn last
};

} // namespace app
