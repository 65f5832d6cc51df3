#pragma once
/**
 * The "Open Recent" menu: the files opened or saved last, newest first, remembered across
 * sessions. Choosing one emits fileChosen(); the window decides what opening it means.
 */
#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace app {

class RecentFilesMenu : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    /** Fills `menu` (owned by the caller) and keeps it up to date. */
    explicit RecentFilesMenu(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    /** Puts `file` first, dropping the oldest beyond kMaxFiles. */
    void add(const QString& file);
    void remove(const QString& file);
    /** Whether the menu may be used (it is disabled anyway while it has no file). */
    void setAllowed(bool allowed);

signals:
    void fileChosen(const QString& file);

private:
    void rebuild();

    QMenu* m_menu;
    bool m_allowed = true;
};

} // namespace app
