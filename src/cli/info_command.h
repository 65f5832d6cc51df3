#pragma once
/** `lstm-studio-cli info FILE`: what a session file holds — the network, its size, the task, how
 * far training went and how it was doing — without loading a task or training anything. */
#include "cli/command.h"

#include <QCoreApplication>

namespace session {
struct Session;
}

namespace cli {

class InfoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;

    /** The summary printed for `session`, read from a file of `formatVersion`. */
    static QString describe(const session::Session& session, quint32 formatVersion);
};

} // namespace cli
