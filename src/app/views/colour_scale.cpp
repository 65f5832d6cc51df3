#include "app/views/colour_scale.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <array>
#include <cmath>

namespace app {

namespace {

using Stops = std::array<QColor, 5>;

const Stops& divergingStops() {
    static const Stops stops = {QColor(0x54, 0x27, 0x88), QColor(0x99, 0x8e, 0xc3),
                                QColor(0xf7, 0xf7, 0xf7), QColor(0xf1, 0xa3, 0x40),
                                QColor(0xb3, 0x58, 0x06)};
    return stops;
}

const Stops& sequentialStops() {
    static const Stops stops = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                QColor(0xfd, 0xe7, 0x25)};
    return stops;
}

const Stops& intensityStops() {
    static const Stops stops = {QColor(0x00, 0x00, 0x04), QColor(0x51, 0x12, 0x7c),
                                QColor(0xb7, 0x37, 0x79), QColor(0xfc, 0x89, 0x61),
                                QColor(0xfc, 0xfd, 0xbf)};
    return stops;
}

/** The colour at position p ∈ [0, 1] along the stops. */
QColor along(const Stops& stops, double p) {
    const double scaled = std::clamp(p, 0.0, 1.0) * double(stops.size() - 1);
    const auto low = std::min<std::size_t>(std::size_t(scaled), stops.size() - 2);
    const double w = scaled - double(low);
    const QColor& a = stops[low];
    const QColor& b = stops[low + 1];
    return QColor::fromRgbF(float(a.redF() + w * (b.redF() - a.redF())),
                            float(a.greenF() + w * (b.greenF() - a.greenF())),
                            float(a.blueF() + w * (b.blueF() - a.blueF())));
}

} // namespace

QColor ColourScale::colour(Kind kind, double value, double limit) {
    if (!std::isfinite(value))
        return QColor(0x80, 0x80, 0x80);
    if (kind == Kind::Sequential)
        return along(sequentialStops(), value);
    if (kind == Kind::Intensity)
        return along(intensityStops(), value);
    const double l = limit > 0 ? limit : 1.0;
    return along(divergingStops(), 0.5 + 0.5 * value / l);
}

void ColourScale::paintLegend(QPainter& painter, const QRect& rect, Kind kind, double limit,
                              const QPalette& palette) {
    const int barHeight = std::max(6, rect.height() / 2);
    const QRect bar(rect.left(), rect.top(), rect.width(), barHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i) {
        const double p = i / 10.0;
        gradient.setColorAt(p, kind == Kind::Diverging ? colour(kind, (2 * p - 1) * limit, limit)
                                                       : colour(kind, p));
    }
    painter.fillRect(bar, gradient);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(palette.color(QPalette::WindowText));
    const QRect labels(rect.left(), bar.bottom() + 1, rect.width(), rect.height() - barHeight);
    const double low = kind == Kind::Diverging ? -limit : 0.0;
    const double high = kind == Kind::Diverging ? limit : 1.0;
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, QString::number(low, 'g', 2));
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop,
                     QString::number((low + high) / 2, 'g', 2));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, QString::number(high, 'g', 2));
}

QColor ColourScale::series(int index, bool dark) {
    // Okabe & Ito (2008): told apart with every common colour-vision deficiency. Yellow is left
    // out: it vanishes on white.
    static const std::array<QColor, 6> colours = {
        QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9)};
    const QColor colour = colours[std::size_t(std::max(index, 0)) % colours.size()];
    return dark ? colour.lighter(140) : colour;
}

QColor ColourScale::textOn(const QColor& background) {
    // Perceived luminance, not HSL lightness: yellow is light, blue is dark.
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace app
