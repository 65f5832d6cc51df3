#include "app/views/sequence_strip.h"

#include "app/views/colour_scale.h"
#include "app/views/projector_style.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>
#include <vector>

namespace app {

void SequenceStrip::paintFrame(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                               const QString& label, const QPalette& palette) {
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.fillRect(rect, palette.color(QPalette::Base));
}

void SequenceStrip::paint(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                          const core::Matrix<double>& values, const QString& label,
                          const QPalette& palette) {
    paintFrame(painter, rect, labelRect, label, palette);
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

void SequenceStrip::paintInput(QPainter& painter, const QRectF& rect, const QRectF& labelRect,
                               const InputSequence& input, const QString& label,
                               const QPalette& palette) {
    if (input.kind() == InputSequence::Kind::Values || input.isEmpty())
        return paint(painter, rect, labelRect, input.values(), label, palette);
    paintFrame(painter, rect, labelRect, label, palette);
    if (input.kind() == InputSequence::Kind::Symbols)
        paintSymbols(painter, rect, input.labels(), palette);
    else if (input.kind() == InputSequence::Kind::Spectrogram)
        paintSpectrogram(painter, rect, input.values());
    else
        paintStrokes(painter, rect, input.values(), palette);
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

void SequenceStrip::paintSymbols(QPainter& painter, const QRectF& rect, const QStringList& labels,
                                 const QPalette& palette) {
    const double dx = rect.width() / double(std::max<qsizetype>(1, labels.size()));
    QFont font = painter.font();
    font.setPointSizeF(std::clamp(dx * 0.8, 5.0, font.pointSizeF() * 1.2));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    std::vector<double> widths;
    for (const QString& text : labels)
        widths.push_back(metrics.horizontalAdvance(text));
    // Every k-th label when most would overlap (longer ones are elided); a dot for the others.
    std::nth_element(widths.begin(), widths.begin() + qsizetype(widths.size()) / 2, widths.end());
    const double typical = widths.empty() ? 1.0 : widths[widths.size() / 2];
    const int every = std::max(1, int(std::ceil((typical + 1) / dx)));
    painter.setPen(palette.color(QPalette::Text));
    for (qsizetype t = 0; t < labels.size(); ++t) {
        const QRectF column(rect.left() + double(t) * dx, rect.top(), dx, rect.height());
        if (t % every != 0) {
            painter.drawPoint(column.center());
            continue;
        }
        const QRectF room(column.left(), rect.top(), dx * every, rect.height());
        const QString shown = labels[t].size() == 1
                                  ? labels[t] // one character: never elided to "…"
                                  : metrics.elidedText(labels[t], Qt::ElideRight, room.width() - 2);
        painter.drawText(room, every == 1 ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter,
                         shown);
    }
}

void SequenceStrip::paintStrokes(QPainter& painter, const QRectF& rect,
                                 const core::Matrix<double>& strokes, const QPalette& palette) {
    if (strokes.cols() < 2)
        return;
    const double dx = rect.width() / double(std::max<core::Index>(1, strokes.rows()));
    const double reach = std::min(dx, rect.height()) * 0.45;
    const double longest = std::max(1e-9, strokes.leftCols(2).rowwise().norm().maxCoeff());
    const QColor ink = palette.color(QPalette::Text);
    for (core::Index t = 0; t < strokes.rows(); ++t) {
        const bool penDown = strokes.cols() < 3 || strokes(t, 2) > 0.5;
        const QPointF centre(rect.left() + (double(t) + 0.5) * dx, rect.center().y());
        const QPointF along(strokes(t, 0) / longest * reach, -strokes(t, 1) / longest * reach);
        painter.setPen(QPen(ink, penDown ? 1.6 : 1.0, penDown ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(centre - along, centre + along);
        painter.setBrush(penDown ? QBrush(ink) : QBrush(Qt::NoBrush));
        painter.drawEllipse(centre + along, 1.6, 1.6); // the head: where the pen went
    }
}

QImage SequenceStrip::spectrogramImage(const core::Matrix<double>& frames) {
    QImage image(int(frames.rows()), int(frames.cols()), QImage::Format_RGB32);
    if (frames.size() == 0)
        return image;
    const double low = frames.minCoeff();
    const double span = std::max(1e-9, frames.maxCoeff() - low);
    for (core::Index t = 0; t < frames.rows(); ++t)
        for (core::Index band = 0; band < frames.cols(); ++band) {
            const double level = (frames(t, band) - low) / span;
            image.setPixel(int(t), int(frames.cols() - 1 - band), // low bands at the bottom
                           ColourScale::colour(ColourScale::Kind::Intensity, level).rgb());
        }
    return image;
}

void SequenceStrip::paintSpectrogram(QPainter& painter, const QRectF& rect,
                                     const core::Matrix<double>& frames) {
    if (frames.size() == 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // one crisp column a step
    painter.drawImage(rect, spectrogramImage(frames));
    painter.restore();
}

} // namespace app
