#pragma once
/**
 * Transfer learning's picture: what fine-tuning changed inside one recurrent layer. For the same
 * input sequence, each band of the layer (its gates, cell and hidden state) is drawn three times
 * side by side, units (rows) × time steps (columns): the original network's, the fine-tuned
 * network's and their difference Δ = fine-tuned − original on a diverging map scaled to the
 * band's largest |Δ|. Beside each band its mean change, mean |Δ| over units and steps, so the
 * gates that moved stand out from those that stayed. A list above chooses the layer.
 */
#include "app/views/heatmap_block.h"
#include "session/probe_trace.h"

#include <QWidget>
#include <memory>
#include <vector>

class QComboBox;

namespace app {

class GateComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit GateComparisonView(QWidget* parent = nullptr);

    /** The two traces, recorded on the same sequence by networks of the same spec (e.g. with
     * training::ProbeRecorder); null or mismatched: the view says why instead. */
    void setTraces(std::shared_ptr<const session::ProbeTrace> original,
                   std::shared_ptr<const session::ProbeTrace> tuned);
    /** The layer shown (index into the traces' layers). */
    void setLayer(int layer);
    int layer() const { return m_layer; }
    QComboBox* layerBox() const { return m_layerBox; }

    /** Bands of the layer shown, top to bottom: "f", "c", "h"… */
    QStringList bandSymbols() const;
    /** Mean |Δ| of band `band` over units and steps; NaN when none. */
    double meanChange(int band) const;
    /** Why nothing is drawn (no traces, shapes that differ), empty when the bands are drawn. */
    QString problem() const { return m_problem; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void rebuild();
    QImage bandImage(const core::Matrix<float>& values, ColourScale::Kind kind, double limit) const;

    QComboBox* m_layerBox;
    std::shared_ptr<const session::ProbeTrace> m_original, m_tuned;
    int m_layer = 0;
    QString m_problem;
    std::vector<HeatmapBlock> m_before, m_after;
    std::vector<core::Matrix<float>> m_difference; ///< per band, after − before
    std::vector<double> m_differenceLimit;
};

} // namespace app
