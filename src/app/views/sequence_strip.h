#pragma once
/**
 * A sequence drawn as a thin strip above or below a heatmap, step-aligned with its columns, so a
 * reader sees what the cell was reading when a gate moved. Values are sparklines around a dashed
 * zero line (up to four features, one line each); symbols are their text, one per column (every
 * k-th when the columns are too narrow to read); pen strokes are little arrows along (dx, −dy),
 * solid with the pen down and dashed with it up.
 */
#include "app/views/input_sequence.h"
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
    /** Draws `input` in its own terms: values, symbols or strokes, one column a step. */
    static void paintInput(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                           const InputSequence& input, const QString& label,
                           const QPalette& palette);

private:
    static void paintSymbols(QPainter& painter, const QRectF& rect, const QStringList& labels,
                             const QPalette& palette);
    static void paintStrokes(QPainter& painter, const QRectF& rect,
                             const core::Matrix<double>& strokes, const QPalette& palette);
    static void paintFrame(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                           const QString& label, const QPalette& palette);
};

} // namespace app
