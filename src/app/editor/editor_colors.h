#pragma once
/**
 * The canvas's colours, all derived from a palette so light and dark themes both read well:
 * the problem colour, muted text, the grid, and the mix of two colours they are made from.
 */
#include <QColor>
#include <QPalette>

namespace app {

class EditorColors {
public:
    /** `a` moved a fraction `t` of the way to `b`. */
    static QColor mix(const QColor& a, const QColor& b, double t);
    static bool isDark(const QPalette& palette);
    /** Vermillion for problems (colour-blind safe), lighter on a dark background. */
    static QColor problem(const QPalette& palette);
    /** Secondary text: the text colour halfway to the background. */
    static QColor mutedText(const QPalette& palette);
    /** Wires and outlines. */
    static QColor line(const QPalette& palette);
    /** The canvas's background and its grid dots. */
    static QColor canvas(const QPalette& palette);
    static QColor grid(const QPalette& palette);
    /** White or near-black, whichever reads better on `background`. */
    static QColor textOn(const QColor& background);
};

} // namespace app
