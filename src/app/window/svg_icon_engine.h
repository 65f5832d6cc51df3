#pragma once
/**
 * An icon drawn from SVG at whatever size and pixel ratio it is asked for, so icons stay sharp on
 * high-DPI screens, in the colours of the current palette: "currentColor" in the SVG becomes the
 * palette's button text colour, or its disabled text colour for a disabled icon. It reads the
 * palette on every paint, so icons follow a switch between light and dark at once.
 */
#include <QByteArray>
#include <QIconEngine>

namespace app {

class SvgIconEngine : public QIconEngine {
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine* clone() const override;

    /** The icon of resources/icons/<name>.svg. */
    static QIcon icon(const QString& name);

private:
    QByteArray coloured(QIcon::Mode mode) const;

    QByteArray m_svg;
};

} // namespace app
