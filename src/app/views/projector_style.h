#pragma once
/**
 * How boldly the views draw: normally at a desk, with thicker lines and larger chart lettering on
 * a projector, so a class reads them from the back row. One application-wide switch (set by the
 * window's projector mode) that every view reads when it paints: widths go through width(), a
 * chart's lettering through styleChart(). Views that keep their pens (the Qt Charts) listen to
 * changed() and style themselves again; views that paint from scratch only need an update(),
 * which the font change that comes with projector mode already brings.
 */
#include <QFont>
#include <QObject>

class QChart;

namespace app {

class ProjectorStyle : public QObject {
    Q_OBJECT

public:
    /** How many times thicker lines are on a projector. */
    static constexpr double kLineScale = 2.0;
    /** How many times larger the lettering is on a projector (the window's font and charts'). */
    static constexpr double kFontScale = 1.6;

    /** The one switch; lives as long as the application. */
    static ProjectorStyle* instance();
    static bool isOn();
    /** The line width to draw: `normal` at a desk, kLineScale times it on a projector. */
    static double width(double normal);
    /** `font` kFontScale times larger (in points or pixels, whichever it is given in). */
    static QFont enlarged(QFont font);
    /** Gives a chart's axis labels and titles, legend, title and axis lines their projector
     * size, or their desk size (the one they had the first time) back. Call it after setTheme(). */
    static void styleChart(QChart* chart);
    /** Switches the views to projector drawing or back; emits changed() when that is a change. */
    static void setOn(bool on);

signals:
    void changed(bool on);

private:
    explicit ProjectorStyle(QObject* parent = nullptr);

    bool m_on = false;
};

} // namespace app
