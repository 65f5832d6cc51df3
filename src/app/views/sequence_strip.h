#pragma once
/**
 * A sequence drawn as a thin strip above or below a heatmap, step-aligned with its columns: the
 * probe's inputs or the network's outputs as sparklines around a dashed zero line (up to four
 * features, one line each), so a reader sees what the cell was reading when a gate moved.
 */
#include "core/types.h"

#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace app {

class SequenceStrip {
public:
    /** Draws `values` (steps × features) in `rect` and `label` in `labelRect`. */
    static void paint(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                      const core::Matrix<double>& values, const QString& label,
                      const QPalette& palette);
};

} // namespace app
