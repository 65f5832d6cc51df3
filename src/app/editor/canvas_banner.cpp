#include "app/editor/canvas_banner.h"

#include "app/editor/editor_colors.h"

#include <QFontMetrics>
#include <QPainter>

namespace app {

void CanvasBanner::paint(QPainter* painter, const QRect& area, const QPalette& palette,
                         const QString& text, Placement placement) {
    const bool top = placement == Placement::Top;
    QFont font = painter->font();
    font.setBold(top);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 32, metrics.height() + 14);
    const QRect box(QPoint(area.center().x() - size.width() / 2,
                           top ? area.top() + 12 : area.center().y() - size.height() / 2),
                    size);
    // The lock's banner is tinted amber, the colour of "wait"; a hint is quiet.
    const QColor fill =
        top ? EditorColors::mix(palette.color(QPalette::Window), QColor(0xe0, 0x8a, 0x1e), 0.35)
            : palette.color(QPalette::Window);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(EditorColors::line(palette), 1));
    painter->setBrush(QColor(fill.red(), fill.green(), fill.blue(), 225));
    painter->drawRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
    painter->setPen(top ? palette.color(QPalette::WindowText) : EditorColors::mutedText(palette));
    painter->drawText(box, Qt::AlignCenter, text);
}

} // namespace app
