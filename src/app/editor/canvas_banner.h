#pragma once
/**
 * A rounded, translucent note drawn over the canvas in viewport coordinates, so it stays put
 * while the network scrolls and zooms: "Editing is locked while training runs" at the top, or a
 * hint in the middle of an empty canvas.
 */
#include <QPalette>
#include <QRect>
#include <QString>

class QPainter;

namespace app {

class CanvasBanner {
public:
    enum class Placement { Top, Centre };

    /** Draws `text` in `area` (the viewport's rectangle) with the painter untransformed. */
    static void paint(QPainter* painter, const QRect& area, const QPalette& palette,
                      const QString& text, Placement placement);
};

} // namespace app
