#include "app/editor/scene_exporter.h"

#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace app {

namespace {

/** Clears the selection for the export and puts it back after. */
class SelectionHider {
public:
    explicit SelectionHider(QGraphicsScene* scene)
        : m_scene(scene)
        , m_selected(scene->selectedItems()) {
        const QSignalBlocker blocker(scene);
        scene->clearSelection();
    }
    ~SelectionHider() {
        const QSignalBlocker blocker(m_scene);
        for (QGraphicsItem* item : std::as_const(m_selected))
            item->setSelected(true);
    }
    SelectionHider(const SelectionHider&) = delete;
    SelectionHider& operator=(const SelectionHider&) = delete;

private:
    QGraphicsScene* m_scene;
    QList<QGraphicsItem*> m_selected;
};

} // namespace

QRectF SceneExporter::exportRect(const QGraphicsScene* scene) {
    QRectF rect = scene->itemsBoundingRect();
    if (rect.isEmpty())
        rect = QRectF(0, 0, 200, 100);
    return rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QString SceneExporter::exportImage(QGraphicsScene* scene, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writePng(scene, path);
    if (suffix == QLatin1String("svg"))
        return writeSvg(scene, path);
    return tr("Cannot export to “%1”: choose a file ending in .png or .svg.")
        .arg(QFileInfo(path).fileName());
}

QString SceneExporter::writePng(QGraphicsScene* scene, const QString& path) {
    const SelectionHider hider(scene);
    const QRectF source = exportRect(scene);
    QImage image((source.size() * kPixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPixelRatio);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(), source.size()), source);
    }
    if (!image.save(path, "PNG"))
        return tr("Cannot write the image “%1”.").arg(path);
    return QString();
}

QString SceneExporter::writeSvg(QGraphicsScene* scene, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write the image “%1”: %2.").arg(path, file.errorString());
    const SelectionHider hider(scene);
    const QRectF source = exportRect(scene);
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(), source.size()));
    generator.setTitle(tr("Network"));
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("Cannot write the image “%1”.").arg(path);
    painter.setRenderHint(QPainter::Antialiasing);
    scene->render(&painter, QRectF(QPointF(), source.size()), source);
    painter.end();
    if (file.error() != QFileDevice::NoError)
        return tr("Cannot write the image “%1”: %2.").arg(path, file.errorString());
    return QString();
}

} // namespace app
