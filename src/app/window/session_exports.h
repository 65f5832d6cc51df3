#pragma once
/**
 * File › Export: the network diagram as PNG or SVG, the weights with a model.py for PyTorch, and
 * the training history as CSV (epochs and events); and the loss chart's own right-click exports.
 * The window lends its dialogs (so tests can answer them) and its status bar.
 */
#include <QObject>
#include <QString>
#include <functional>

namespace app {

class LossChart;
class NetworkView;
class Workspace;

class SessionExports : public QObject {
    Q_OBJECT

public:
    struct Dialogs {
        /** A path to write, from a file name to propose; empty: cancelled. */
        std::function<QString(const QString& title, const QString& name, const QString& filter)>
            savePath;
        /** A folder to write into; empty: cancelled. */
        std::function<QString(const QString& title)> directory;
        std::function<void(const QString& text, const QString& details)> error;
        /** What was written, for the status bar. */
        std::function<void(const QString& text)> done;
    };

    SessionExports(Workspace* workspace, NetworkView* editor, Dialogs dialogs, QObject* parent);

    void exportDiagram();
    void exportPyTorch();
    void exportHistory();
    /** "Export Image…" and "Export Data as CSV…" (the epochs) on the chart's context menu. */
    void attachTo(LossChart* chart);

private:
    Workspace* m_workspace;
    NetworkView* m_editor;
    Dialogs m_dialogs;
};

} // namespace app
