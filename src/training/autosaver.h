#pragma once
/**
 * When to autosave: after edits and while training, one interval (60 s unless set) after the
 * first change not yet autosaved, hence at most once an interval, and only while there are such
 * changes. The main window calls noteChange() after every edit or training snapshot and
 * markSaved() after the user saves; when an autosave is due the Autosaver asks its provider for
 * the current session and writes it to its AutosaveStore on a thread of its own, then reports
 * saved() or failed().
 *
 * The provider answers synchronously (the editor's session, or the last one training handed
 * out) or returns nullopt and hands the session over later with write() — e.g. after
 * TrainingController::requestSession() answers with sessionReady(). A session handed over while
 * a write is under way waits for it, the newest only (latest wins, never a queue).
 *
 * Why a thread — measured by tst_autosaver::autosaveCost (Release build, this project's 2-core
 * machine shared with other jobs, hence the ranges over 4 runs; the session file is a text
 * archive, ~3 bytes of text per byte of float):
 *   sine task's recommended 1×32 LSTM, its 5 epochs    0.7 MB  encode 4–10 ms     write 7–24 ms
 *   2×256 LSTM after 2 epochs (790 k parameters ×4:    37 MB  encode 0.76–1.5 s  write 0.9–1.6 s
 *     weights, first weights, Adam's two moments)
 *   the same, history at its 32 MiB trace budget       138 MB  encode 4.0–7.0 s  write 5.0–9.7 s
 * ("write" is AutosaveStore::write: encode, write, sync, sidecar). Through the Autosaver the UI
 * thread spends 0.1–6 ms on them (the provider's copy of the session, whose traces are shared,
 * and the thread's start); the rest runs on the autosaver's low-priority thread.
 */
#include "session/session.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace training {

class AutosaveStore;

class Autosaver : public QObject {
    Q_OBJECT

public:
    using Provider = std::function<std::optional<session::Session>()>;

    static constexpr std::chrono::milliseconds kDefaultInterval = std::chrono::seconds(60);

    /** Autosaves to `store` (not owned; it must outlive this) what `provider` gives. */
    Autosaver(AutosaveStore* store, Provider provider, QObject* parent = nullptr);
    /** Waits for a write under way. */
    ~Autosaver() override;

    /** How long after the first change not yet autosaved the autosave follows, hence at most
     * one autosave per interval (≥ 0; 0: as soon as the event loop runs). */
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    /** The session's own file and the window's title, kept in the sidecar for the recovery
     * dialog. */
    void setOriginalPath(const QString& path) { m_originalPath = path; }
    void setTitle(const QString& title) { m_title = title; }

    /** Changes not yet autosaved. */
    bool hasPendingChanges() const { return m_dirty; }
    /** Whether an autosave is scheduled. */
    bool isScheduled() const { return m_timer.isActive(); }
    /** Whether a write is under way on the autosaver's thread. */
    bool isWriting() const { return m_thread != nullptr; }
    /** Waits for a write under way and reports it (saved/failed) before returning: call it
     * before AutosaveStore::markCleanExit() when the app quits. */
    void waitForWrite();

public slots:
    /** Something changed: an autosave follows one interval after the first change pending. */
    void noteChange();
    /** The user saved (or discarded) the work: nothing pending, and the autosave file goes
     * (after a write under way, whose session is then not kept either). */
    void markSaved();
    /** Autosaves now if there are pending changes, whatever the interval. */
    void saveNow();
    /** Writes `session` now (after a write under way): the answer to a provider that returned
     * nullopt. */
    void write(session::Session session);

signals:
    /** An autosave was written to `path`. */
    void saved(const QString& path);
    /** An autosave could not be written; `error` names the file and says why. The changes stay
     * pending and the next attempt follows after the interval. */
    void failed(const QString& error);

private:
    struct Result {
        bool ok = false;
        QString error;
    };
    /** The writing thread's result, handed over under a mutex: the thread's end reaches the
     * window's thread through Qt's event queue, which ThreadSanitizer cannot see into. */
    struct Outcome {
        std::mutex mutex;
        Result result;
        void set(Result r) {
            const std::lock_guard lock(mutex);
            result = std::move(r);
        }
        Result get() {
            const std::lock_guard lock(mutex);
            return result;
        }
    };
    void autosave();
    void startWrite(std::shared_ptr<const session::Session> session);
    void finishWrite(QThread* thread, Result result);

    AutosaveStore* m_store;
    Provider m_provider;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    bool m_dirty = false;
    QString m_originalPath;
    QString m_title;
    std::unique_ptr<QThread> m_thread;                ///< the write under way, if any
    std::shared_ptr<Outcome> m_result;                ///< what it tells when done
    std::shared_ptr<const session::Session> m_queued; ///< handed over during a write
    bool m_clearAfterWrite = false;                   ///< markSaved() during a write
};

} // namespace training
