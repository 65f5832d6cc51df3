#pragma once
/**
 * The inside of one recurrent layer over the probe sequence: for every gate of its cell (i, f,
 * g, o; r, z, n; a), the cell state and the hidden state, a heatmap of units (rows) × time steps
 * (columns), stacked and labelled, with the input sequence drawn above them and the network's
 * output below. Gate openings in [0, 1] use a sequential map, signed values a diverging one
 * centred at 0; legends say which. Hovering a cell tells its exact value; clicking it selects
 * its unit and step in the shared ProbeSelection, drawn as a crosshair over every band.
 *
 * Everything but the crosshair is rendered once into a cached pixmap, redrawn only when the
 * trace, the layer, the size or the palette change.
 */
#include "app/views/heatmap_block.h"
#include "app/views/input_sequence.h"
#include "session/probe_trace.h"

#include <QPixmap>
#include <QWidget>
#include <memory>
#include <vector>

class QComboBox;

namespace app {

class ProbeSelection;

class GateHeatmapView : public QWidget {
    Q_OBJECT

public:
    explicit GateHeatmapView(ProbeSelection* selection, QWidget* parent = nullptr);

    /** The trace to show (null: an empty view that says so). */
    void setTrace(std::shared_ptr<const session::ProbeTrace> trace);
    /** The probe sequence the trace was recorded on, for the input strip (optional): drawn in
     * its own terms (characters, values, pen strokes), its steps' labels on hover. */
    void setInput(const InputSequence& input);
    /** The input steps under the heatmap's columns (every stride-th step of the trace). */
    InputSequence shownInput() const;
    std::shared_ptr<const session::ProbeTrace> trace() const { return m_trace; }

    /** The bands of the selected layer, top to bottom, as last laid out. */
    const std::vector<HeatmapBlock>& blocks() const { return m_blocks; }
    /** Where the input strip is drawn (empty without an input). */
    QRectF inputRect() const { return m_inputRect; }
    /** Centre of the cell of (band, unit, step), for tests and tours; (−1, −1) if none. */
    QPoint cellCentre(int block, int unit, int step) const;
    /** The tooltip at `pos`: band, unit, step and exact value; empty off the cells. */
    QString textAt(const QPoint& pos) const;

    /** Writes the view as .png (2×) or .svg; empty on success, else why not. */
    QString exportImage(const QString& path);
    /** Writes layer,gate,unit,step,value rows of the selected layer; empty or why not. */
    QString exportCsv(const QString& path) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Hit {
        int block = -1;
        int unit = -1;
        int row = -1; ///< kept row of the trace
    };
    const session::ProbeLayerTrace* layerTrace() const;
    void rebuild();
    void layoutBlocks();
    void renderBase();
    void paintBlock(QPainter& painter, const HeatmapBlock& block) const;
    void paintStepAxis(QPainter& painter) const;
    void paintLegends(QPainter& painter) const;
    void paintCrosshair(QPainter& painter) const;
    Hit hitAt(const QPointF& pos) const;
    void refreshLayerChoice();

    ProbeSelection* m_selection;
    QComboBox* m_layerChoice;
    std::shared_ptr<const session::ProbeTrace> m_trace;
    InputSequence m_input;
    std::vector<HeatmapBlock> m_blocks;
    QRectF m_inputRect, m_outputRect, m_legendRect;
    QPixmap m_base; ///< everything but the crosshair and the hover frame
    Hit m_hover;
};

} // namespace app
