#include "app/window/language_menu.h"

#include "app/window/language_manager.h"

#include <QActionGroup>
#include <QEvent>

namespace app {

LanguageMenu::LanguageMenu(LanguageManager* manager, QWidget* parent)
    : QMenu(parent)
    , m_manager(manager)
    , m_group(new QActionGroup(this)) {
    const QString saved = LanguageManager::savedChoice();
    for (const QString& code :
         {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("fr")}) {
        QAction* action = addAction(QString());
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == saved);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction* action) { m_manager->apply(action->data().toString()); });
    retranslate();
}

void LanguageMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate() {
    setTitle(tr("&Language"));
    for (QAction* action : m_group->actions()) {
        const QString code = action->data().toString();
        // A language's own name, so that anyone finds theirs whatever is shown now.
        if (code == QStringLiteral("system"))
            action->setText(tr("&System Language"));
        else if (code == QStringLiteral("en"))
            action->setText(QStringLiteral("&English"));
        else
            action->setText(QStringLiteral("&Français"));
    }
}

} // namespace app
