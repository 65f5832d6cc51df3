#include "app/window/view_export_actions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

namespace app {

namespace {

void run(QWidget* view, const QString& title, const QString& start, const QString& filter,
         const ViewExportActions::Export& write) {
    const QString path = QFileDialog::getSaveFileName(view, title, start, filter);
    if (path.isEmpty())
        return;
    const QString error = write(path);
    if (!error.isEmpty())
        QMessageBox::critical(view, ViewExportActions::tr("Export Failed"), error);
}

} // namespace

void ViewExportActions::attach(QWidget* view, const QString& name, Export image, Export csv) {
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* imageAction = new QAction(tr("Export Image…"), view);
    imageAction->setToolTip(tr("Save this view as a PNG picture or an SVG drawing"));
    QObject::connect(imageAction, &QAction::triggered, view, [view, name, image] {
        run(view, tr("Export Image"), QDir::home().filePath(name + QStringLiteral(".png")),
            tr("PNG pictures (*.png);;SVG drawings (*.svg)"), image);
    });
    view->addAction(imageAction);
    if (!csv)
        return;
    auto* csvAction = new QAction(tr("Export Data as CSV…"), view);
    csvAction->setToolTip(tr("Save the numbers this view shows as a CSV table"));
    QObject::connect(csvAction, &QAction::triggered, view, [view, name, csv] {
        run(view, tr("Export Data"), QDir::home().filePath(name + QStringLiteral(".csv")),
            tr("CSV tables (*.csv)"), csv);
    });
    view->addAction(csvAction);
}

} // namespace app
