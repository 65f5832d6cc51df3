#pragma once
/**
 * Writes the network drawn on a NetworkScene to an image file for slides and reports: PNG at
 * twice the screen's resolution on the canvas colour, or SVG, chosen by the file's suffix. The
 * selection is not drawn.
 */
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QGraphicsScene;

namespace app {

class SceneExporter {
    Q_DECLARE_TR_FUNCTIONS(SceneExporter)

public:
    static constexpr double kMargin = 24.0;
    static constexpr double kPixelRatio = 2.0;

    /** Writes the scene to `path` (.png or .svg); empty on success, else what went wrong. */
    static QString exportImage(QGraphicsScene* scene, const QString& path);
    /** The part of the scene written: everything drawn, with a margin. */
    static QRectF exportRect(const QGraphicsScene* scene);

private:
    static QString writePng(QGraphicsScene* scene, const QString& path);
    static QString writeSvg(QGraphicsScene* scene, const QString& path);
};

} // namespace app
