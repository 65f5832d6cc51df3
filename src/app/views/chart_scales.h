#pragma once
/**
 * The scales the charts share: a step axis with round ticks, whole decades for a logarithmic
 * axis (labelled every decade, or every k-th when the span is wide), a curve halved when it
 * holds too many points, and a curve reduced to what its pixel columns can show (each column's
 * mean, and the spread of its points around it), so a long run draws as fast as a short one.
 */
#include <QList>
#include <QPointF>
#include <QPolygonF>

class QLogValueAxis;
class QValueAxis;

namespace app {

class ChartScales {
public:
    /** Whole decades around a range, labelled every `base`-fold. */
    struct Decades {
        double base = 10.0;
        double bottom = 0.01;
        double top = 1.0;
    };

    /** A curve as its pixel columns [k, k+1) can show it. For the points p_1..p_n of a column,
     *   middle: (Σ x_i / n, Σ y_i / n)
     *   band:   (Σ x_i / n, min y_i) for every column left to right, then
     *           (Σ x_i / n, max y_i) right to left: a closed outline of the spread. */
    struct ColumnSpread {
        QPolygonF middle;
        QPolygonF band;
    };

    /** Halves a curve by merging neighbours, keeping its first and last points where they are. */
    static QList<QPointF> halved(const QList<QPointF>& points);
    /** The spread of a polyline (in increasing x, in pixels) over its pixel columns: one point
     * a column on the middle and two on the band, whatever the length; a spike stays in the
     * band. */
    static ColumnSpread columnSpread(const QList<QPointF>& points);
    /** A round step (1, 2 or 5 times a power of ten) that cuts [0, span] into about six. */
    static double roundInterval(double span);
    /** The decades around [low, high] (0 < low ≤ high), at least one, with at most
     * `maxLabels` labels: beyond, they are labelled every k-th decade. */
    static Decades decadesAround(double low, double high, int maxLabels = 1000);
    /** Sets the axis to [0, steps] with round ticks; the coarser tick setting goes first, or
     * thousands of ticks would be laid out in between. */
    static void setStepRange(QValueAxis* axis, double steps);
    /** Sets the axis to the decades, a hair wider: the axis counts its labels in floating point
     * and would drop the last one. */
    static void setDecades(QLogValueAxis* axis, const Decades& decades);
};

} // namespace app
