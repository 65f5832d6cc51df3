#pragma once
/**
 * The autosave folder, and crash recovery from it: so that a student's half-trained model
 * survives a crash, a power cut or a kill.
 *
 * Each running instance of the app has an id and, in the folder (by default
 * <AppDataLocation>/autosave), up to three files:
 *   <id>.lstmsession  the latest autosave, written atomically with SessionFile::save;
 *   <id>.json         its sidecar: the session's own file (if it has one), its title, the time
 *                     and the writer's pid, written atomically too;
 *   <id>.lock         a QLockFile held while the instance runs.
 * An instance that ends normally calls markCleanExit(), which removes its files. One that
 * crashed leaves them, with a lock whose process is gone (QLockFile sees it as stale) or no lock;
 * the next start lists them with recoverable() and offers to restore them. Nothing is ever
 * deleted without being asked: only markCleanExit()/clear() (the instance's own files) and
 * discard() (an entry the user chose to drop) remove files. The autosave of a live instance —
 * its lock held — is never offered; recoverable() holds the locks of the entries it lists
 * until they are discarded or the store is destroyed, so two instances started together do not
 * both offer the same one.
 *
 * Use: at start-up make the store (it locks at once), then offer recoverable() — title,
 * original path, time, size — with Restore (load(); the restored session is then autosaved
 * under this instance and, once saved, the entry discarded), Discard (discard()) or Later
 * (nothing: offered again next time). While working, an Autosaver writes to it; after the user
 * saves, Autosaver::markSaved(); when quitting, Autosaver::waitForWrite() then markCleanExit().
 *
 * Not thread-safe: one store, used from the thread that made it (the UI thread), except
 * writeFiles().
 */
#include "session/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <map>
#include <memory>

class QLockFile;

namespace training {

class AutosaveStore {
    Q_DECLARE_TR_FUNCTIONS(AutosaveStore)

public:
    /** An autosave left by an instance that is not running any more. */
    struct Entry {
        QString id;           ///< the instance id that wrote it
        QString sessionPath;  ///< <folder>/<id>.lstmsession
        QString originalPath; ///< the file the session was opened from or saved to; may be empty
        QString title;        ///< what the window's title said, e.g. "sine.lstmsession"
        QDateTime time;       ///< when it was written (from the sidecar, else the file's time)
        qint64 bytes = 0;     ///< the autosave's size on disk
    };

    /** <AppDataLocation>/autosave. */
    static QString defaultFolder();

    /** The store for this instance in `folder` (created if needed), under `instanceId` (a new
     * UUID when empty); takes the instance's lock at once. */
    explicit AutosaveStore(const QString& folder = defaultFolder(),
                           const QString& instanceId = QString());
    /** Releases the locks; leaves the files (a crash-like end unless markCleanExit() ran). */
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore&) = delete;
    AutosaveStore& operator=(const AutosaveStore&) = delete;

    QString folder() const { return m_folder; }
    QString instanceId() const { return m_id; }
    /** Whether this instance holds its lock (false when the folder is not writable). */
    bool isLocked() const;
    /** This instance's autosave file. */
    QString sessionPath() const;

    /** Saves `session` as this instance's autosave, then its sidecar; false with *error (which
     * names the file) when it could not, the previous autosave intact. Takes the lock first if
     * the store does not hold it yet (the folder may have become writable). */
    bool write(const session::Session& session, const QString& originalPath, const QString& title,
               QString* error);
    /** write() without the lock: touches only the files, so a worker thread may run it while
     * the store lives and nothing else writes or clears this instance's files (Autosaver). */
    bool writeFiles(const session::Session& session, const QString& originalPath,
                    const QString& title, QString* error) const;
    /** Takes this instance's lock if it is not held; whether it is held now. */
    bool ensureLocked();
    /** Removes this instance's autosave and sidecar (the work is saved elsewhere, or dropped by
     * the user); false with *error when a file stays. */
    bool clear(QString* error = nullptr);
    /** clear(), then releases the lock: the instance ends normally. */
    void markCleanExit();

    /** The autosaves of instances that are not running, newest first; their locks are held by
     * this store from now on. */
    QList<Entry> recoverable();
    /** Reads an entry's session; false with *error (naming the file), `session` untouched. */
    bool load(const Entry& entry, session::Session& session, QString* error) const;
    /** Deletes an entry's files; false with *error when one stays. */
    bool discard(const Entry& entry, QString* error = nullptr);

private:
    QString filePath(const QString& id, const char* suffix) const;
    /** Takes the lock of instance `id` unless a live process holds it. */
    bool claim(const QString& id);
    bool removeFiles(const QString& id, QString* error);
    Entry readEntry(const QString& id) const;

    QString m_folder;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed; ///< by id: entries offered
};

} // namespace training
