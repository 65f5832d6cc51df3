#pragma once
/**
 * A sequence drawn as a thin strip above or below a heatmap, step-aligned with its columns, so a
 * reader sees what the cell was reading when a gate moved. Values are sparklines around a dashed
 * zero line (up to four features, one line each); symbols are their text, one per column (every
 * k-th when the columns are too narrow to read); pen strokes are little arrows along (dx, −dy),
 * solid with the pen down and dashed with it up; spectrogram frames are an image, one column a
 * step and one row a band (the lowest at the bottom), each value mapped to the sequential colour
 * scale between the frames' minimum (dark) and maximum (yellow).
 */
#include "app/views/input_sequence.h"
#include "core/types.h"

#include <QRectF>
#include <QString>

class QImage;
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

    /** Spectrogram frames (steps × bands) as an image of steps × bands pixels, the lowest band
     * in the bottom row: ColourScale::Sequential of (value − min) / (max − min). */
    static QImage spectrogramImage(const core::Matrix<double>& frames);

private:
    static void paintSpectrogram(QPainter& painter, const QRectF& rect,
                                 const core::Matrix<double>& frames);
    static void paintSymbols(QPainter& painter, const QRectF& rect, const QStringList& labels,
                             const QPalette& palette);
    static void paintStrokes(QPainter& painter, const QRectF& rect,
                             const core::Matrix<double>& strokes, const QPalette& palette);
    static void paintFrame(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                           const QString& label, const QPalette& palette);
};

} // namespace app
