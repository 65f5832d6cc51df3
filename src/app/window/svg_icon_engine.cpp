#include "app/window/svg_icon_engine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace app {

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg)) {}

QByteArray SvgIconEngine::coloured(QIcon::Mode mode) const {
    const QPalette palette = QGuiApplication::palette();
    const QColor colour = mode == QIcon::Disabled
                              ? palette.color(QPalette::Disabled, QPalette::ButtonText)
                              : palette.color(QPalette::Active, QPalette::ButtonText);
    QByteArray svg = m_svg;
    return svg.replace("currentColor", colour.name().toLatin1());
}

void SvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                          QIcon::State state) {
    Q_UNUSED(state);
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, rect);
}

QPixmap SvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                                    qreal scale) {
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size * scale), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine* SvgIconEngine::clone() const {
    return new SvgIconEngine(m_svg);
}

QIcon SvgIconEngine::icon(const QString& name) {
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    return QIcon(new SvgIconEngine(file.readAll()));
}

} // namespace app
