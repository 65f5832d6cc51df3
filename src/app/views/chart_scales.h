#pragma once
/**
 * The scales the charts share: a step axis with round ticks, whole decades for a logarithmic
 * axis (labelled every decade, or every k-th when the span is wide), a curve halved when it
 * holds too many points, and a curve thinned to what its pixel columns can show, so a long run
 * draws as fast as a short one.
 */
#include <QList>
#include <QPointF>

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

    /** Halves a curve by merging neighbours, keeping its first and last points where they are. */
    static QList<QPointF> halved(const QList<QPointF>& points);
    /** The points of a polyline (in increasing x, in pixels) that its pixel columns can show:
     * in each column [k, k+1) its lowest and highest point, in their order. At most two points
     * a column, whatever the length, and no spike lost. */
    static QList<QPointF> perPixelColumn(const QList<QPointF>& points);
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
