#include "app/window/recent_files_menu.h"

#include "app/window/setting.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace app {

namespace {
Setting<QStringList> recentFiles(QStringLiteral("file/recentFiles"));
} // namespace

RecentFilesMenu::RecentFilesMenu(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu) {
    rebuild();
}

QStringList RecentFilesMenu::files() const {
    return recentFiles.get();
}

void RecentFilesMenu::add(const QString& file) {
    const QString absolute = QFileInfo(file).absoluteFilePath();
    QStringList files = recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    recentFiles.set(files.mid(0, kMaxFiles));
    rebuild();
}

void RecentFilesMenu::remove(const QString& file) {
    QStringList files = recentFiles.get();
    files.removeAll(QFileInfo(file).absoluteFilePath());
    recentFiles.set(files);
    rebuild();
}

void RecentFilesMenu::setAllowed(bool allowed) {
    m_allowed = allowed;
    m_menu->setEnabled(m_allowed && !recentFiles.get().isEmpty());
}

void RecentFilesMenu::rebuild() {
    m_menu->clear();
    const QStringList files = recentFiles.get();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        // Digits 1–9 as accelerators; the full path where the name alone may not say enough.
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName())
                                   : QFileInfo(file).fileName();
        QAction* action = m_menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit fileChosen(file); });
    }
    if (!files.isEmpty()) {
        m_menu->addSeparator();
        QAction* clear = m_menu->addAction(tr("&Clear Recent Files"));
        clear->setToolTip(tr("Forget the files opened recently"));
        connect(clear, &QAction::triggered, this, [this] {
            recentFiles.reset();
            rebuild();
        });
    }
    m_menu->setToolTipsVisible(true);
    m_menu->setEnabled(m_allowed && !files.isEmpty());
}

} // namespace app
