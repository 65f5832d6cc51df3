#pragma once
/**
 * The loss of several runs racing on one task, one curve each, against the optimizer step on a
 * logarithmic axis, in the runs' own colours: the race's scoreboard. Each run's curve is its
 * recent batch loss; a long curve keeps at most kMaxPoints points, dropping every other one.
 */
#include "training/training_snapshot.h"

#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace app {

class RaceChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kMaxPoints = 1500;

    explicit RaceChart(QWidget* parent = nullptr);

    /** Forgets every curve and names the runs (one curve each, in `colours`). */
    void setRuns(const QStringList& names, const QList<QColor>& colours);
    /** Renames the curves (the language changed), keeping their points. */
    void setRunNames(const QStringList& names);
    void addSnapshot(int run, const training::TrainingSnapshot& snapshot);
    int pointCount(int run) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateAxes();
    void applyPalette();

    QList<QLineSeries*> m_series;
    QList<QColor> m_colours;
    QValueAxis* m_stepAxis;
    QLogValueAxis* m_lossAxis;
    double m_low = 0.0;
    double m_high = 0.0;
    double m_steps = 10.0;
};

} // namespace app
