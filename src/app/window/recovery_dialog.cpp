#include "app/window/recovery_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

RecoveryDialog::RecoveryDialog(const QList<training::AutosaveStore::Entry>& entries,
                               QWidget* parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_list(new QListWidget(this)) {
    setWindowTitle(tr("Recover Unsaved Work"));
    auto* text = new QLabel(tr("LSTM Studio did not close cleanly last time. These sessions were "
                               "autosaved and can be restored:"),
                            this);
    text->setWordWrap(true);
    const QLocale locale;
    for (const training::AutosaveStore::Entry& entry : entries) {
        const QString origin = entry.originalPath.isEmpty()
                                   ? tr("never saved")
                                   : QDir::toNativeSeparators(entry.originalPath);
        m_list->addItem(tr("%1 — autosaved %2 (%3)\n%4")
                            .arg(entry.title,
                                 locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat),
                                 locale.formattedDataSize(entry.bytes), origin));
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton* discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    QPushButton* later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    restore->setToolTip(tr("Open the selected session as it was autosaved"));
    discard->setToolTip(tr("Delete the selected autosave for good"));
    later->setToolTip(tr("Keep the autosaves; they are offered again at the next start"));
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this,
            [this] { finish(AutosaveGuard::Choice::Restore); });
    connect(discard, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Discard Autosave?"),
                                  tr("The autosaved session will be deleted and cannot be "
                                     "recovered. Discard it?")) == QMessageBox::Yes)
            finish(AutosaveGuard::Choice::Discard);
    });
    connect(later, &QPushButton::clicked, this, [this] { finish(AutosaveGuard::Choice::Later); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 320);
}

training::AutosaveStore::Entry RecoveryDialog::entry() const {
    return m_entries.value(std::max(0, m_list->currentRow()));
}

void RecoveryDialog::finish(AutosaveGuard::Choice choice) {
    m_choice = choice;
    choice == AutosaveGuard::Choice::Later ? reject() : accept();
}

} // namespace app
