#pragma once
/**
 * Offers back the sessions a window left behind when it did not close cleanly (a crash, a power
 * cut): each with its title, the file it came from, when it was autosaved and its size. The user
 * restores one, discards one (after confirming) or decides later — then they are offered again
 * at the next start.
 */
#include "app/window/autosave_guard.h"

#include <QDialog>

class QListWidget;

namespace app {

class RecoveryDialog : public QDialog {
    Q_OBJECT

public:
    RecoveryDialog(const QList<training::AutosaveStore::Entry>& entries, QWidget* parent);

    AutosaveGuard::Choice choice() const { return m_choice; }
    /** The entry chosen (the first, newest, unless the user picked another). */
    training::AutosaveStore::Entry entry() const;

private:
    void finish(AutosaveGuard::Choice choice);

    QList<training::AutosaveStore::Entry> m_entries;
    QListWidget* m_list;
    AutosaveGuard::Choice m_choice = AutosaveGuard::Choice::Later;
};

} // namespace app
