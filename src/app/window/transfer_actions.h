#pragma once
/**
 * Transfer learning in the main window: File › "New from Session…" (pick a saved session, choose
 * its layers to take in a TransferDialog, and the editor gets the new network while the workspace
 * starts from the taken weights) and the "Fine-Tuning" dock, a GateComparisonView of the probe
 * sequence through the weights the run started from (the transferred ones) and the current
 * weights, recorded again whenever the weights change. The dialogs go through hooks so tests can
 * answer them.
 */
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace app {

class GateComparisonView;
class NetworkViews;
class TransferDialog;
class Workspace;

class TransferActions : public QObject {
    Q_OBJECT

public:
    /** What the window asks the user, replaceable by tests. */
    struct Hooks {
        std::function<QString()> askSessionPath;        ///< a .lstmsession, empty: cancelled
        std::function<bool(TransferDialog&)> runDialog; ///< true: accepted
        std::function<bool()> mayDiscard;               ///< unsaved changes may go
        std::function<void(const QString&, const QString&)> reportError;
    };

    /** The action goes into `file` before `before`, the dock into `window`, its toggle into
     * `panels`. Hooks left empty get dialogs. */
    TransferActions(Workspace* workspace, NetworkViews* views, QMainWindow* window, Hooks hooks);

    void addTo(QMenu* file, QAction* before, QMenu* panels);
    void setHooks(Hooks hooks);
    QAction* newFromSessionAction() const { return m_newFromSession; }
    GateComparisonView* comparison() const { return m_comparison; }
    QDockWidget* dock() const { return m_dock; }

public slots:
    /** File › New from Session…: false when cancelled or on a problem (reported). */
    bool newFromSession();
    /** Builds from the session at `path`, asking with the dialog hook; false as above. */
    bool newFromSessionFile(const QString& path);
    /** Records both traces again on the probe sequence. */
    void compare();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    Workspace* m_workspace;
    NetworkViews* m_views;
    Hooks m_hooks;
    QAction* m_newFromSession;
    GateComparisonView* m_comparison;
    QDockWidget* m_dock;
};

} // namespace app
