#pragma once
/**
 * One band of GateHeatmapView: a steps × units matrix of the probe trace (a gate, the cell or the
 * hidden state) with its label, colour map and the rectangle it is drawn in; the view lays the
 * bands out one above the other and maps mouse positions back to (unit, step) through them.
 */
#include "app/views/colour_scale.h"
#include "core/types.h"
#include "session/probe_trace.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace app {

struct HeatmapBlock {
    /** The bands of a layer: its gates, then its cell state (LSTMs), then its hidden state. */
    static std::vector<HeatmapBlock> ofLayer(const session::ProbeLayerTrace& layer);
    /** "forget gate" for "f", "cell state" for "c", translated. */
    static QString titleOf(const QString& symbol);

    QString symbol;                              ///< "f", "c", "h"
    QString title;                               ///< "forget gate"
    const core::Matrix<float>* values = nullptr; ///< kept steps × units, owned by the trace
    ColourScale::Kind kind = ColourScale::Kind::Diverging;
    double limit = 1.0; ///< the diverging map's ±limit
    QRectF rect;        ///< where its cells are drawn

    core::Index rows() const { return values ? values->rows() : 0; }
    core::Index units() const { return values ? values->cols() : 0; }
    /** The cell rectangle of (unit, kept row). */
    QRectF cell(core::Index unit, core::Index row) const {
        const double w = rect.width() / double(rows()), h = rect.height() / double(units());
        return {rect.left() + double(row) * w, rect.top() + double(unit) * h, w, h};
    }
};

} // namespace app
