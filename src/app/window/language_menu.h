#pragma once
/** The Language menu: the system's language, English or French, as exclusive choices. */
#include <QMenu>

class QActionGroup;

namespace app {

class LanguageManager;

class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    LanguageMenu(LanguageManager* manager, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /** The language's name in itself: "English", "Français", "Deutsch"… */
    static QString nativeName(const QString& code);

    LanguageManager* m_manager;
    QActionGroup* m_group;
};

} // namespace app
