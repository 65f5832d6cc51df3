#pragma once
/**
 * The colours the probe views map numbers to, chosen to read for colour-blind viewers and on a
 * projector: a diverging purple–white–orange map (ColorBrewer's PuOr) centred at 0 for signed
 * values (pre-activations, cell and hidden states, candidates), and a sequential dark-blue–green–
 * yellow map (viridis) for gate openings in [0, 1], and a black–purple–orange–pale-yellow map
 * (magma) for intensities in [0, 1] — a spectrogram's loudness — so that a sound is never
 * mistaken for the gates drawn under it. Also draws the legend bar of either map, and
 * gives the charts' curves their colours from Okabe and Ito's colour-blind-safe set.
 */
#include <QColor>
#include <QRect>

class QPainter;
class QPalette;

namespace app {

class ColourScale {
public:
    enum class Kind {
        Diverging,  ///< −limit … 0 … +limit
        Sequential, ///< 0 … 1
        Intensity,  ///< 0 … 1, for what is not a gate (a spectrogram)
    };

    /** The colour of `value`: clamped to ±limit (Diverging) or [0, 1] (Sequential, Intensity); NaN
     * grey. */
    static QColor colour(Kind kind, double value, double limit = 1.0);
    /** A horizontal legend bar in `rect` with its end and middle values written below it. */
    static void paintLegend(QPainter& painter, const QRect& rect, Kind kind, double limit,
                            const QPalette& palette);
    /** The colour of the `index`-th curve of a chart: Okabe–Ito's blue, vermillion, bluish
     * green, reddish purple, orange, sky blue, then again; lighter on a dark background. */
    static QColor series(int index, bool dark = false);
    /** Black or white, whichever reads better on `background`. */
    static QColor textOn(const QColor& background);
};

} // namespace app
