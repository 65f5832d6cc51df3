#pragma once
/**
 * Writes what a probe view shows to a file for a handout or a slide: the widget as a PNG at twice
 * its size or as an SVG (by the path's suffix), and its numbers as CSV. Files are written through
 * QSaveFile, so a failed export leaves no half-written file behind.
 */
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace app {

class ViewExport {
    Q_DECLARE_TR_FUNCTIONS(app::ViewExport)

public:
    /** Renders `widget` to `path` (.png at 2× or .svg); empty on success, else why not. */
    static QString exportImage(QWidget* widget, const QString& path);
    /** Writes `header` then `rows` (already comma-separated) to `path`; empty or why not. */
    static QString writeCsv(const QString& path, const QString& header, const QStringList& rows);
    /** A number as CSV writes it: full float precision, '.' decimal point whatever the locale. */
    static QString number(double value);
};

} // namespace app
