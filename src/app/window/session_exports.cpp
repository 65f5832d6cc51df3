#include "app/window/session_exports.h"

#include "app/editor/network_view.h"
#include "app/views/loss_chart.h"
#include "app/views/view_export.h"
#include "app/window/view_export_actions.h"
#include "app/window/workspace.h"
#include "training/atomic_file.h"
#include "training/history_csv.h"
#include "training/pytorch_export.h"

#include <QDir>

namespace app {

SessionExports::SessionExports(Workspace* workspace, NetworkView* editor, Dialogs dialogs,
                               QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_dialogs(std::move(dialogs)) {}

void SessionExports::exportDiagram() {
    const QString path = m_dialogs.savePath(tr("Export Diagram"), tr("network.png"),
                                            tr("PNG pictures (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (const QString error = m_editor->exportImage(path); !error.isEmpty())
        m_dialogs.error(tr("Could not export the diagram."), error);
    else
        m_dialogs.done(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void SessionExports::exportPyTorch() {
    const session::Session session = m_workspace->currentSession();
    if (const QString reason = training::PyTorchExport::unsupportedReason(session.spec);
        !reason.isEmpty()) {
        m_dialogs.error(tr("This network cannot be exported to PyTorch."), reason);
        return;
    }
    const QString directory = m_dialogs.directory(tr("Export Weights for PyTorch"));
    if (directory.isEmpty())
        return;
    QString error;
    if (!training::PyTorchExport::exportTo(session.spec, session.weights, directory, &error))
        m_dialogs.error(tr("Could not export the weights for PyTorch."), error);
    else
        m_dialogs.done(
            tr("Wrote model.py and weights.json in %1").arg(QDir::toNativeSeparators(directory)));
}

void SessionExports::exportHistory() {
    const auto history = m_workspace->history();
    if (!history) {
        m_dialogs.error(tr("There is no training history to export yet."),
                        tr("Train the network first."));
        return;
    }
    const QString directory = m_dialogs.directory(tr("Export Training History"));
    if (directory.isEmpty())
        return;
    const QDir dir(directory);
    QString error;
    if (!training::HistoryCsv::write(*history, dir.filePath(QStringLiteral("epochs.csv")),
                                     dir.filePath(QStringLiteral("events.csv")), &error))
        m_dialogs.error(tr("Could not export the training history."), error);
    else
        m_dialogs.done(
            tr("Wrote epochs.csv and events.csv in %1").arg(QDir::toNativeSeparators(directory)));
}

void SessionExports::attachTo(LossChart* chart) {
    ViewExportActions::attach(
        chart, QStringLiteral("loss"),
        [chart](const QString& path) { return ViewExport::exportImage(chart, path); },
        [this](const QString& path) {
            const auto history = m_workspace->history();
            if (!history)
                return tr("There is no training history to export yet.");
            QString error;
            training::AtomicFile::write(path, training::HistoryCsv::epochs(*history), &error);
            return error;
        });
}

} // namespace app
