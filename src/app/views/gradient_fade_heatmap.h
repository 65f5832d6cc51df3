#pragma once
/**
 * How the vanishing gradient changes as the network learns: for one layer, a heatmap whose rows
 * are the epochs whose probe trace the history kept (first epoch at the top) and whose columns
 * are the probe sequence's time steps, each cell coloured by log10 ‖∂L/∂h_t‖ (or ‖∂L/∂c_t‖ for a
 * layer with a cell state) on a sequential colour-blind-safe map (viridis), with a legend in
 * decades. A row that darkens towards t = 1 is a gradient fading back through time; rows that
 * change from top to bottom show training changing it.
 *
 * Hovering a cell tells its epoch, time step and exact norm. The image is cached and redrawn
 * only when the traces, the layer, the series or the palette change.
 */
#include "session/training_history.h"

#include <QImage>
#include <QWidget>
#include <map>
#include <memory>
#include <vector>

class QComboBox;

namespace app {

class GradientFadeHeatmap : public QWidget {
    Q_OBJECT

public:
    using Traces = std::map<int, std::shared_ptr<const session::ProbeTrace>>;
    enum class Norm { Hidden, Cell };

    explicit GradientFadeHeatmap(QWidget* parent = nullptr);

    /** The history's kept traces (history.traces()); cheap when they did not change. */
    void setHistory(const session::TrainingHistory& history);
    void setTraces(const Traces& traces);
    void clear();

    void setLayer(int layer);
    int layer() const { return m_layer; }
    int layerCount() const;
    /** ‖∂L/∂c_t‖ when the layer has a cell state, else ‖∂L/∂h_t‖. */
    void setNorm(Norm norm);
    Norm norm() const { return m_norm; }
    /** Whether the chosen layer has a cell state (so ‖∂L/∂c_t‖ can be shown). */
    bool hasCellNorm() const;

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_columns; }
    /** The epoch of row `row`. */
    int rowEpoch(int row) const;
    /** The time step (1-based) of column `column` (the traces keep every stride-th step). */
    int columnStep(int column) const;
    /** log10 of the norm in the cell; NaN when missing, zero or not finite. */
    double valueAt(int row, int column) const;
    /** The norm itself, NaN when missing. */
    double normAt(int row, int column) const;
    /** The cell under `pos` (widget coordinates), {-1, -1} outside the map. */
    QPoint cellAt(const QPoint& pos) const;
    /** The centre of a cell in widget coordinates (for tests and hover). */
    QPoint cellCentre(int row, int column) const;
    /** What hovering shows: epoch, step and norm of the cell under the pointer; empty outside. */
    QString hoverText() const { return m_hoverText; }
    /** The decades the colours span: {bottom, top} exponents. */
    std::pair<int, int> decades() const { return {m_bottomDecade, m_topDecade}; }

    /** The widget as PNG (twice its size) or SVG by the suffix; the error, empty when written. */
    QString exportImage(const QString& path);
    /** Rows epoch,training step,time step,norm,log10 norm of what is shown; empty or the error. */
    QString exportCsv(const QString& path) const;

    QSize sizeHint() const override { return {560, 360}; }
    QSize minimumSizeHint() const override { return {280, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    const std::vector<float>* normsOf(const session::ProbeTrace& trace) const;
    void rebuild();
    void rebuildImage();
    void updateControls();
    void retranslate();
    QRect mapRect() const;
    QRect legendRect() const;
    void paintAxes(QPainter& painter, const QRect& map) const;
    void paintLegend(QPainter& painter, const QRect& rect) const;

    Traces m_traces;
    std::vector<std::shared_ptr<const session::ProbeTrace>> m_rows;
    int m_columns = 0;
    int m_stride = 1;
    int m_layer = 0;
    Norm m_norm = Norm::Hidden;
    int m_bottomDecade = -3;
    int m_topDecade = 0;
    QImage m_image;
    QString m_hoverText;
    QComboBox* m_layerChooser;
    QComboBox* m_normChooser;
};

} // namespace app
