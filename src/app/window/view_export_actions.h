#pragma once
/**
 * "Export Image…" and "Export Data as CSV…" in a view's context menu (right click): a file
 * dialog, then the view's own export; a failure is reported in a message box naming the file.
 * Every view of the window gets them, so any picture or table can go into a handout.
 */
#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace app {

class ViewExportActions {
    Q_DECLARE_TR_FUNCTIONS(app::ViewExportActions)

public:
    /** Each function writes to the path it is given and returns the error, empty on success. */
    using Export = std::function<QString(const QString& path)>;

    /** Adds the actions to `view` (csv may be empty: no data to export). `name` is the file
     * name the dialog proposes, without suffix. */
    static void attach(QWidget* view, const QString& name, Export image, Export csv);
};

} // namespace app
