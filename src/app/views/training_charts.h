#pragma once
/**
 * How the training goes, in charts a class can read from the back of the room: the train and
 * validation loss per epoch, the validation metric, the learning rate (its schedule visible), the
 * global gradient norm ‖g‖ before clipping and the steps per second, each against the optimizer
 * step, one chart at a time (a chooser above it), logarithmic where the numbers span decades. The
 * run's changes and events — settings changed, diverged, rolled back, early stopped, reset — are
 * dashed vertical lines at their step on every chart; hovering one tells what happened.
 *
 * Fed by the live snapshots (addSnapshot) and, for an opened session, by its history
 * (showHistory). Point counts stay bounded (TrainingChartData).
 */
#include "app/views/training_chart_data.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QStackedWidget;

namespace app {

class TrainingChartPage;

class TrainingCharts : public QWidget {
    Q_OBJECT

public:
    enum Page { Loss, Metric, LearningRate, GradientNorm, Speed, PageCount };

    explicit TrainingCharts(QWidget* parent = nullptr);

    /** Forgets every curve and event: another model or a new session. */
    void clear();
    /** A saved run's curves and events (an opened session). */
    void showHistory(const session::TrainingHistory& history);
    /** A new run on the same model: its steps follow those drawn. */
    void beginRun();
    /** Adds what the snapshot tells: its per-step numbers and its history's new epochs and events.
     */
    void addSnapshot(const training::TrainingSnapshot& snapshot);

    /** Shows one of the charts (as the chooser does). */
    void setPage(Page page);
    Page page() const;
    /** The chart of `page`, brought up to date with the data. */
    TrainingChartPage* chartPage(Page page) const;
    const TrainingChartData& data() const { return m_data; }

    /** The chart shown, as PNG (twice its size) or SVG by the suffix; the error, empty if written.
     */
    QString exportImage(const QString& path);
    /** Every curve's points and every event as CSV; the error, empty when written. */
    QString exportCsv(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void syncPages();
    void retranslate();

    TrainingChartData m_data;
    QComboBox* m_chooser;
    QStackedWidget* m_stack;
    QList<TrainingChartPage*> m_pages;
};

} // namespace app
