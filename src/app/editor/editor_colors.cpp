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
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x2f, 0x2f);
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
