#include "app/views/sequence_strip.h"

#include "app/views/projector_style.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>

namespace app {

void SequenceStrip::paint(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                          const core::Matrix<double>& values, const QString& label,
                          const QPalette& palette) {
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.fillRect(rect, palette.color(QPalette::Base));
    const core::Index steps = values.rows();
    if (steps > 0) {
        const double span = std::max(1e-9, values.cwiseAbs().maxCoeff());
        const double dx = rect.width() / double(steps);
        auto yOf = [&](double v) {
            return rect.center().y() - v / span * (rect.height() / 2 - 4);
        };
        painter.setPen(QPen(palette.color(QPalette::Mid), ProjectorStyle::width(1), Qt::DashLine));
        painter.drawLine(QPointF(rect.left(), yOf(0)), QPointF(rect.right(), yOf(0)));
        const QColor line = palette.color(QPalette::Highlight);
        for (core::Index c = 0; c < std::min<core::Index>(values.cols(), 4); ++c) {
            QPainterPath path;
            for (core::Index t = 0; t < steps; ++t) {
                const QPointF p(rect.left() + (double(t) + 0.5) * dx, yOf(values(t, c)));
                if (t == 0)
                    path.moveTo(p);
                else
                    path.lineTo(p);
            }
            painter.setPen(QPen(line.darker(100 + 45 * int(c)), ProjectorStyle::width(2)));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
    }
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

} // namespace app
