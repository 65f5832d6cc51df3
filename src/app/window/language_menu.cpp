#include "app/window/language_menu.h"

#include "app/window/language_manager.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>

namespace app {

LanguageMenu::LanguageMenu(LanguageManager* manager, QWidget* parent)
    : QMenu(parent)
    , m_manager(manager)
    , m_group(new QActionGroup(this)) {
    const QString saved = LanguageManager::savedChoice();
    const QStringList codes =
        QStringList{QStringLiteral("system")} + LanguageManager::availableLanguages();
    for (const QString& code : codes) {
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

QString LanguageMenu::nativeName(const QString& code) {
    if (code == QStringLiteral("en"))
        return QStringLiteral("English");
    // "français" → "Français": a menu entry starts with a capital.
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void LanguageMenu::retranslate() {
    setTitle(tr("&Language"));
    for (QAction* action : m_group->actions()) {
        const QString code = action->data().toString();
        // A language's own name, so that anyone finds theirs whatever is shown now.
        if (code == QStringLiteral("system"))
            action->setText(tr("&System Language"));
        else
            action->setText(QLatin1Char('&') + nativeName(code));
    }
}

} // namespace app
