#include "app/window/autosave_guard.h"

#include "app/window/workspace.h"
#include "training/autosaver.h"

#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

namespace app {

AutosaveGuard::AutosaveGuard(Workspace* workspace, const QString& folder)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_store(std::make_unique<training::AutosaveStore>(folder))
    , m_autosaver(new training::Autosaver(
          m_store.get(), [this] { return provide(); }, this)) {
    const auto changed = [this] {
        m_autosaver->noteChange();
    };
    connect(workspace->document()->undoStack(), &QUndoStack::indexChanged, this, changed);
    connect(workspace, &Workspace::runChanged, this, changed);
    connect(workspace, &Workspace::settingsChanged, this, changed);
    connect(workspace->controller(), &training::TrainingController::snapshotReady, this, changed);
    connect(workspace->controller(), &training::TrainingController::sessionReady, this,
            &AutosaveGuard::onSessionReady);
    connect(workspace, &Workspace::modifiedChanged, this, [this](bool modified) {
        if (!modified && !m_replacing)
            m_autosaver->markSaved(); // saved by the user, or a new session: nothing to keep
    });
    connect(workspace, &Workspace::fileChanged, this, [this](const QString& file) {
        m_autosaver->setOriginalPath(file);
        m_autosaver->setTitle(file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName());
    });
    connect(m_autosaver, &training::Autosaver::saved, this, &AutosaveGuard::onSaved);
    connect(m_autosaver, &training::Autosaver::failed, this,
            [this](const QString& error) { emit message(tr("Autosave failed: %1").arg(error)); });
    m_autosaver->setTitle(tr("Untitled"));
}

AutosaveGuard::~AutosaveGuard() {
    m_autosaver->waitForWrite();
}

std::optional<session::Session> AutosaveGuard::provide() {
    if (m_workspace->isTraining()) {
        // The trainer hands the run over between two batches; onSessionReady writes it.
        m_requested = m_workspace->controller()->requestSession();
        return std::nullopt;
    }
    return m_workspace->currentSession();
}

void AutosaveGuard::onSessionReady(quint64 id, std::shared_ptr<const session::Session> session) {
    if (id == 0 || id != m_requested || !session)
        return;
    m_requested = 0;
    m_autosaver->write(m_workspace->withEditorState(*session));
}

void AutosaveGuard::onSaved() {
    if (!m_replacing)
        return;
    QString error;
    m_store->discard(*m_replacing, &error);
    m_replacing.reset();
}

bool AutosaveGuard::restore(const training::AutosaveStore::Entry& entry, QString* error) {
    session::Session session;
    if (!m_store->load(entry, session, error))
        return false;
    if (!m_workspace->restore(session, entry.originalPath, error))
        return false;
    m_replacing = entry;
    m_autosaver->write(m_workspace->currentSession());
    emit message(tr("Restored the session autosaved at %1.")
                     .arg(QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

bool AutosaveGuard::discard(const training::AutosaveStore::Entry& entry, QString* error) {
    return m_store->discard(entry, error);
}

void AutosaveGuard::closeCleanly() {
    m_autosaver->waitForWrite();
    m_store->markCleanExit();
}

} // namespace app
