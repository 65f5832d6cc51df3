#include "app/views/view_export.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace app {

namespace {

QString saveFailure(const QString& path, const QString& reason) {
    return ViewExport::tr("Could not write %1: %2").arg(path, reason);
}

QString exportSvg(QWidget* widget, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveFailure(path, file.errorString());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(widget->windowTitle());
    {
        QPainter painter(&generator);
        painter.fillRect(widget->rect(), widget->palette().window());
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!file.commit())
        return saveFailure(path, file.errorString());
    return {};
}

} // namespace

QString ViewExport::exportImage(QWidget* widget, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return exportSvg(widget, path);
    if (suffix != u"png")
        return tr("Unknown image type \"%1\": use .png or .svg").arg(suffix);
    QImage image(widget->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveFailure(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return saveFailure(path, tr("the image could not be encoded"));
    if (!file.commit())
        return saveFailure(path, file.errorString());
    return {};
}

QString ViewExport::writeCsv(const QString& path, const QString& header, const QStringList& rows) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return saveFailure(path, file.errorString());
    QByteArray text = header.toUtf8() + '\n';
    for (const QString& row : rows)
        text += row.toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.commit())
        return saveFailure(path, file.errorString());
    return {};
}

QString ViewExport::number(double value) {
    return QString::number(value, 'g', 9);
}

} // namespace app
