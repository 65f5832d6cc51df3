#pragma once
/**
 * One page of the training charts: a chart of some of TrainingChartData's curves against the
 * optimizer step (a logarithmic value axis where the numbers span decades), with the run's
 * changes and events drawn over it as dashed vertical lines, one colour per kind, whose tooltip
 * says what happened. It follows the palette (light or dark chart theme) like LossChart.
 */
#include "app/views/training_chart_data.h"

#include <QChartView>
#include <QList>

class QAbstractAxis;
class QGraphicsRectItem;
class QLineSeries;
class QValueAxis;

namespace app {

class TrainingChartPage : public QChartView {
    Q_OBJECT

public:
    /** A page drawing `series` on a value axis titled `valueTitle`, logarithmic when the first
     * series is. */
    TrainingChartPage(const QList<TrainingChartData::Series>& series, const QString& valueTitle,
                      QWidget* parent = nullptr);

    /** Draws what `data` holds now: appends new points, redraws curves that were replaced. */
    void sync(const TrainingChartData& chartData);
    /** The value axis's title (the page's language changed). */
    void setValueTitle(const QString& title);
    /** Draws `series` dashed (a threshold beside the curve it bounds). */
    void setDashed(TrainingChartData::Series series);
    /** The drawn curve of `series`, null when this page has none. */
    QLineSeries* curve(TrainingChartData::Series series) const;
    /** The marker lines over the plot, one per marker of the data, in its order. */
    const QList<QGraphicsRectItem*>& markerItems() const { return m_markerItems; }
    /** The colour a marker of `kind` is drawn in (Okabe–Ito, colour-blind safe), lighter on a
     * dark background. */
    static QColor markerColour(session::HistoryEntry::Kind kind, bool dark = false);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Drawn {
        TrainingChartData::Series series;
        QLineSeries* line;
        qsizetype count = 0;
        quint64 generation = ~quint64(0);
        bool dashed = false;
    };
    void updateAxes(const TrainingChartData& chartData);
    void rebuildMarkers(const TrainingChartData& chartData);
    void placeMarkers();
    void colourMarkers();
    static QColor baseColour(session::HistoryEntry::Kind kind);
    void applyPalette();
    bool isDark() const;

    QList<Drawn> m_drawn;
    QValueAxis* m_stepAxis;
    QAbstractAxis* m_valueAxis;
    bool m_logarithmic;
    QList<QGraphicsRectItem*> m_markerItems;
    QList<double> m_markerSteps;
    QList<session::HistoryEntry::Kind> m_markerKinds;
    quint64 m_markerGeneration = ~quint64(0);
};

} // namespace app
