#pragma once
/**
 * The loss curves of a model's training, drawn as it trains: the mean batch loss between two
 * snapshots and the validation loss of every epoch, against the optimizer step, on a logarithmic
 * loss axis (losses fall by orders of magnitude). A run that continues an earlier one carries on to
 * its right. The curve keeps at most kMaxPoints points, halving its resolution when full, so an
 * hour of training draws as fast as its first minute.
 */
#include "training/training_snapshot.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <cstdint>

class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace app {

class LossChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kMaxPoints = 2000;

    explicit LossChart(QWidget* parent = nullptr);

    /** Forgets every curve: another model. */
    void clear();
    /** The curves of a run so far, one point per epoch; a resumed run's snapshots go on from
     * there (their steps count from the run's start and list these epochs again). */
    void showHistory(const session::TrainingHistory& history);
    /** A new run on the same model: its steps follow those drawn. */
    void beginRun();
    /** Adds the snapshot's recent loss and every validation not drawn yet. */
    void addSnapshot(const training::TrainingSnapshot& snapshot);

    qsizetype trainingPointCount() const { return m_trainingPoints.size(); }
    qsizetype validationPointCount() const { return m_validationPoints.size(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void addPoint(QList<QPointF>& points, QLineSeries* series, QPointF point);
    void updateAxes();
    void applyPalette();

    QLineSeries* m_training;
    QLineSeries* m_validation;
    QValueAxis* m_stepAxis;
    QLogValueAxis* m_lossAxis;
    QList<QPointF> m_trainingPoints;
    QList<QPointF> m_validationPoints;
    std::int64_t m_stepOffset = 0;    ///< steps of the runs before this one
    std::int64_t m_stepsOfRun = 0;    ///< steps the current run will take
    qsizetype m_validationsDrawn = 0; ///< of the current run's snapshot.validations
};

} // namespace app
