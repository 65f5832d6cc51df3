#pragma once
/**
 * Forecast against reality for the time-series tasks, so a student sees what the network predicts
 * and where it goes wrong. For a series task (co2, sunspots, …, csv): validation window i — its W
 * values, the H values that follow and the network's H forecasts x̂_{ℓ+k} = x_ℓ + δ·ŷ_k, in the
 * series' own units, against the steps after the window's last value ℓ, the horizon shaded. For
 * the sine task: the validation sequence i and the network's next-step forecast at every step,
 * the scored steps (after the warm-up) shaded. A spin box picks the window.
 */
#include "app/views/output_view.h"

#include <QList>
#include <QPointF>

class QAreaSeries;
class QChartView;
class QLabel;
class QLineSeries;
class QSpinBox;
class QValueAxis;

namespace app {

class ForecastView : public OutputView {
    Q_OBJECT

public:
    explicit ForecastView(QWidget* parent = nullptr);

    /** Shows validation window `index` (clamped to the split). */
    void setWindow(int index);
    int window() const;
    /** The values shown, as (step, value) in the series' units. */
    const QList<QPointF>& actual() const { return m_actual; }
    const QList<QPointF>& forecast() const { return m_forecast; }
    /** The shaded steps [first, last]. */
    std::pair<double, double> horizon() const { return m_horizon; }

    /** Writes step,actual,forecast rows (empty where there is none); empty or why not. */
    QString exportCsv(const QString& path) const override;

protected:
    void refresh() override;
    void changeEvent(QEvent* event) override;

private:
    void computeSine();
    void computeSeries();
    void updateChart();
    void applyPalette();

    QSpinBox* m_windowChoice;
    QLabel* m_message;
    QChartView* m_chartView;
    QLineSeries* m_actualSeries;
    QLineSeries* m_forecastSeries;
    QLineSeries* m_shadeLow;
    QLineSeries* m_shadeHigh;
    QAreaSeries* m_shade;
    QValueAxis* m_stepAxis;
    QValueAxis* m_valueAxis;
    QList<QPointF> m_actual, m_forecast;
    std::pair<double, double> m_horizon{0.0, 0.0};
    QString m_stepTitle, m_valueTitle, m_shadeName;
    bool m_settingRange = false;
};

} // namespace app
