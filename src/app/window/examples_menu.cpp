#include "app/window/examples_menu.h"

#include "app/document/task_texts.h"
#include "training/session_file.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>

#ifdef LSTM_STUDIO_READY_SESSIONS
/** Q_INIT_RESOURCE names a global function: outside any namespace. */
static void initSessionResources() {
    Q_INIT_RESOURCE(sessions);
}
#endif

namespace app {

void ExamplesMenu::registerResources() {
#ifdef LSTM_STUDIO_READY_SESSIONS
    static const bool registered = [] {
        initSessionResources();
        return true;
    }();
    Q_UNUSED(registered);
#endif
}

ExamplesMenu::ExamplesMenu(QMenu* menu)
    : QObject(menu)
    , m_menu(menu) {
    for (const QString& path : readySessions()) {
        auto* action = new QAction(menu);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit sessionChosen(path); });
        menu->addAction(action);
    }
    menu->setEnabled(!menu->actions().isEmpty());
    menu->installEventFilter(this);
    retranslate();
}

QStringList ExamplesMenu::readySessions() {
    registerResources();
    const QDir folder(QStringLiteral(":/sessions"));
    QStringList paths;
    const QStringList names = folder.entryList(
        {QStringLiteral("*.%1").arg(QLatin1String(training::SessionFile::kExtension))}, QDir::Files,
        QDir::Name);
    for (const QString& name : names)
        paths << folder.filePath(name);
    return paths;
}

bool ExamplesMenu::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExamplesMenu::retranslate() {
    for (QAction* action : m_menu->actions()) {
        // The file's name is its task's, with the variant: "text-french", "adding-gru".
        action->setText(TaskTexts::translated(
            QFileInfo(action->data().toString()).completeBaseName().toStdString()));
        action->setToolTip(
            tr("Open the trained session “%1” as an untitled copy").arg(action->text()));
    }
}

} // namespace app
