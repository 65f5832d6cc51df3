#include "app/window/templates_menu.h"

#include "app/document/network_templates.h"
#include "app/window/workspace.h"

#include <QMenu>

namespace app {

TemplatesMenu::TemplatesMenu(QMenu* menu, Workspace* workspace)
    : QObject(menu)
    , m_menu(menu)
    , m_workspace(workspace) {
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &TemplatesMenu::rebuild);
    rebuild();
}

void TemplatesMenu::rebuild() {
    m_menu->clear();
    const bool locked = m_workspace->document()->isEditingLocked();
    const auto add = [this, locked](const NetworkTemplate& entry, const QString& text) {
        QAction* action = m_menu->addAction(text);
        action->setToolTip(entry.description);
        action->setEnabled(!locked);
        connect(action, &QAction::triggered, m_workspace,
                [this, entry] { m_workspace->document()->applyTemplate(entry.graph, entry.name); });
    };
    const NetworkTemplate recommended = NetworkTemplates::forTask(m_workspace->task());
    add(recommended,
        tr("Recommended for “%1”").arg(QString::fromStdString(m_workspace->task().name())));
    m_menu->addSeparator();
    for (const NetworkTemplate& entry : NetworkTemplates::all())
        add(entry, entry.name);
}

} // namespace app
