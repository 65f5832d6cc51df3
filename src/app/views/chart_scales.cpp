#include "app/views/chart_scales.h"

#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace app {

QList<QPointF> ChartScales::halved(const QList<QPointF>& points) {
    QList<QPointF> out;
    out.reserve(points.size() / 2 + 2);
    out.append(points.constFirst());
    for (qsizetype i = 1; i + 1 < points.size() - 1; i += 2)
        out.append((points[i] + points[i + 1]) / 2.0);
    out.append(points.constLast());
    return out;
}

ChartScales::ColumnSpread ChartScales::columnSpread(const QList<QPointF>& points) {
    ColumnSpread spread;
    QPolygonF highest; // each column's largest y, left to right: reversed onto the band below
    qsizetype i = 0;
    while (i < points.size()) {
        const double column = std::floor(points[i].x());
        double sumX = 0, sumY = 0, least = points[i].y(), most = points[i].y();
        qsizetype count = 0;
        for (; i < points.size() && std::floor(points[i].x()) == column; ++i, ++count) {
            sumX += points[i].x();
            sumY += points[i].y();
            least = std::min(least, points[i].y());
            most = std::max(most, points[i].y());
        }
        const double x = sumX / double(count);
        spread.middle.append(QPointF(x, sumY / double(count)));
        spread.band.append(QPointF(x, least));
        highest.append(QPointF(x, most));
    }
    std::reverse(highest.begin(), highest.end());
    spread.band += highest;
    return spread;
}

double ChartScales::roundInterval(double span) {
    const double raw = span / 6.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0})
        if (factor * magnitude >= raw)
            return factor * magnitude;
    return 10.0 * magnitude;
}

ChartScales::Decades ChartScales::decadesAround(double low, double high, int maxLabels) {
    int bottom = int(std::floor(std::log10(low)));
    int top = int(std::ceil(std::log10(high)));
    if (top <= bottom)
        top = bottom + 1;
    const int every = std::max(1, (top - bottom + maxLabels - 1) / maxLabels);
    bottom = int(std::floor(double(bottom) / every)) * every;
    top = int(std::ceil(double(top) / every)) * every;
    return {std::pow(10.0, every), std::pow(10.0, bottom), std::pow(10.0, top)};
}

void ChartScales::setStepRange(QValueAxis* axis, double steps) {
    const double interval = roundInterval(steps);
    if (interval > axis->tickInterval()) {
        axis->setTickInterval(interval);
        axis->setRange(0.0, steps);
    } else {
        axis->setRange(0.0, steps);
        axis->setTickInterval(interval);
    }
}

void ChartScales::setDecades(QLogValueAxis* axis, const Decades& decades) {
    axis->setBase(decades.base);
    axis->setRange(decades.bottom * (1.0 - 1e-9), decades.top * (1.0 + 1e-9));
}

} // namespace app
