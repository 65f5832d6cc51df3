#pragma once
/**
 * Nothing lost on a crash: while the user works, the open session is written every minute (at
 * most) to the application's data folder — the editor's graph, the weights and the whole run —
 * and at the next start the sessions left by a window that did not close cleanly are offered
 * back (restore, discard, or decide later), never dropped silently.
 *
 * During a run the session comes from the trainer (TrainingController::requestSession), so the
 * window's thread only copies it; the file is written on a thread of its own (Autosaver).
 */
#include "training/autosave_store.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace training {
class Autosaver;
}

namespace app {

class Workspace;

class AutosaveGuard : public QObject {
    Q_OBJECT

public:
    /** What the user chose for the autosaves found at start-up. */
    enum class Choice { Restore, Discard, Later };

    /** Guards `workspace`, autosaving into `folder` (the data folder's "autosave" by default). */
    explicit AutosaveGuard(Workspace* workspace,
                           const QString& folder = training::AutosaveStore::defaultFolder());
    ~AutosaveGuard() override;

    training::Autosaver& autosaver() const { return *m_autosaver; }
    training::AutosaveStore& store() const { return *m_store; }
    QList<training::AutosaveStore::Entry> recoverable() { return m_store->recoverable(); }
    /** Restores `entry` into the workspace (modified, with its original file); false with
     * *error, the entry kept. The restored session is autosaved again under this window before
     * the old entry goes, so a crash now loses nothing either. */
    bool restore(const training::AutosaveStore::Entry& entry, QString* error);
    bool discard(const training::AutosaveStore::Entry& entry, QString* error);
    /** The window closes as the user wished: its autosave goes. */
    void closeCleanly();

signals:
    void message(const QString& text);

private:
    std::optional<session::Session> provide();
    void onSessionReady(quint64 id, std::shared_ptr<const session::Session> session);
    void onSaved();

    Workspace* m_workspace;
    std::unique_ptr<training::AutosaveStore> m_store;
    training::Autosaver* m_autosaver;
    quint64 m_requested = 0;
    std::optional<training::AutosaveStore::Entry> m_replacing;
};

} // namespace app
