#include "app/window/session_files.h"

#include "app/window/recent_files_menu.h"
#include "app/window/setting.h"
#include "app/window/workspace.h"
#include "training/session_file.h"

#include <QDir>
#include <QFileInfo>

namespace app {

namespace {

Setting<QString> lastDirectorySetting(QStringLiteral("file/lastDirectory"), QDir::homePath());

} // namespace

SessionFiles::SessionFiles(Workspace* workspace, RecentFilesMenu* recentFiles, Hooks hooks,
                           QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_recentFiles(recentFiles)
    , m_hooks(std::move(hooks)) {}

QString SessionFiles::lastDirectory() {
    return lastDirectorySetting.get();
}

void SessionFiles::rememberDirectory(const QString& directory) {
    lastDirectorySetting.set(directory);
}

QString SessionFiles::sessionFilter() {
    return tr("LSTM Studio sessions (*.%1)").arg(QLatin1String(training::SessionFile::kExtension));
}

bool SessionFiles::open(const QString& path) {
    QString error;
    if (!m_workspace->open(path, &error)) {
        m_hooks.reportError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_recentFiles->add(path);
    m_hooks.showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SessionFiles::openCopy(const QString& path) {
    QString error;
    if (!m_workspace->openCopy(path, &error)) {
        m_hooks.reportError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_hooks.showMessage(tr("Opened a copy of %1").arg(QFileInfo(path).completeBaseName()));
    return true;
}

bool SessionFiles::saveTo(const QString& path) {
    QString error;
    if (!m_workspace->save(path, &error)) {
        m_hooks.reportError(tr("Could not save “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_recentFiles->add(path);
    m_hooks.showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SessionFiles::save() {
    const QString file = m_workspace->file();
    if (file.isEmpty() ||
        QFileInfo(file).suffix() != QLatin1String(training::SessionFile::kExtension))
        return saveAs();
    return saveTo(file);
}

bool SessionFiles::saveAs() {
    const QString extension = QLatin1String(training::SessionFile::kExtension);
    const QString file = m_workspace->file();
    const QString start = file.isEmpty() || QFileInfo(file).suffix() != extension
                              ? QDir(lastDirectory()).filePath(tr("session.%1").arg(extension))
                              : file;
    QString path = m_hooks.askSavePath(tr("Save Session As"), start, sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    rememberDirectory(QFileInfo(path).absolutePath());
    return saveTo(path);
}

void SessionFiles::openFromDialog() {
    if (!m_hooks.mayDiscard())
        return;
    const QString path = m_hooks.askOpenPath();
    if (path.isEmpty())
        return;
    rememberDirectory(QFileInfo(path).absolutePath());
    open(path);
}

void SessionFiles::openRecent(const QString& path) {
    if (!m_hooks.mayDiscard())
        return;
    if (!open(path) && !QFileInfo::exists(path))
        m_recentFiles->remove(path);
}

} // namespace app
