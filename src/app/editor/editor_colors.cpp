#include "app/editor/editor_colors.h"

namespace app {

QColor EditorColors::mix(const QColor& a, const QColor& b, double t) {
    const auto channel = [t](double x, double y) {
        return x + (y - x) * t;
    };
    return QColor::fromRgbF(
        float(channel(a.redF(), b.redF())), float(channel(a.greenF(), b.greenF())),
        float(channel(a.blueF(), b.blueF())), float(channel(a.alphaF(), b.alphaF())));
}

bool EditorColors::isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor EditorColors::problem(const QPalette& palette) {
    // Okabe–Ito's vermillion: stands out from the grey wires and blue selection for every
    // viewer, where a pure red looks brown beside green to a red–green colour-blind one.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x3d) : QColor(0xd5, 0x5e, 0x00);
}

QColor EditorColors::mutedText(const QPalette& palette) {
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor EditorColors::line(const QPalette& palette) {
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

QColor EditorColors::canvas(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.5);
}

QColor EditorColors::grid(const QPalette& palette) {
    return mix(canvas(palette), palette.color(QPalette::Text), 0.18);
}

QColor EditorColors::textOn(const QColor& background) {
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.62 ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
}

} // namespace app
