#pragma once
/**
 * How far the error reaches back in time: for the probe sequence and the last time step's loss,
 * ‖∂L/∂h_t‖ of every layer against the time step t, on a logarithmic axis (and ‖∂L/∂c_t‖, dashed,
 * for the LSTMs' cell state). A plain RNN's curve falls by orders of magnitude towards t = 1 —
 * the vanishing gradient — while an LSTM's cell state carries it back nearly whole.
 *
 * It reads a session::ProbeTrace (the norms were computed by the core's backward pass). Norms of
 * 0 or below the axis's floor (1e-30) are drawn at the floor, so a curve that vanished entirely
 * still shows where it went.
 */
#include "session/probe_trace.h"

#include <QChartView>
#include <QColor>
#include <memory>
#include <utility>

class QLogValueAxis;
class QValueAxis;

namespace app {

class GradientFlowChart : public QChartView {
    Q_OBJECT

public:
    static constexpr double kFloor = 1e-30;

    explicit GradientFlowChart(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const session::ProbeTrace> trace);
    /** The trace drawn, null before the first. */
    const std::shared_ptr<const session::ProbeTrace>& trace() const { return m_trace; }
    /** Draws only layer `layer` (0-based; kAllLayers, the default: every layer). A layer the
     * trace does not have draws nothing. */
    void setLayer(int layer);
    int layer() const { return m_layer; }
    static constexpr int kAllLayers = -1;
    /** The curves' colour (several charts side by side: one run each); the theme's otherwise. */
    void setColour(const QColor& colour);
    /** The smallest and largest norm drawn (after the floor), {0, 0} without a trace. */
    std::pair<double, double> normSpan() const { return m_span; }
    /** Holds the norm axis at whole decades around [low, high], so that charts side by side
     * compare at a glance; {0, 0}: fit each chart to its own curves. */
    void setSharedSpan(std::pair<double, double> span);
    /** The ratio ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ of `layer` (first kept step over last), NaN without one. */
    double decayOf(int layer) const;
    int seriesCount() const;
    /** Writes step,layer,series,norm rows of the layers drawn; the error in words, empty when
     * written. */
    QString exportCsv(const QString& path) const;
    /** The chart as PNG (twice its size) or SVG, by the suffix; the error, empty when written. */
    QString exportImage(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyPalette();

    void updateNormAxis();

    std::shared_ptr<const session::ProbeTrace> m_trace;
    QColor m_colour;
    int m_layer = kAllLayers;
    std::pair<double, double> m_span{0.0, 0.0};
    std::pair<double, double> m_sharedSpan{0.0, 0.0};
    QValueAxis* m_stepAxis;
    QLogValueAxis* m_normAxis;
};

} // namespace app
