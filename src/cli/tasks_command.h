#pragma once
/** `lstm-studio-cli tasks`: the built-in tasks, each with its description and options. */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class TasksCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TasksCommand)

public:
    QString name() const override { return QStringLiteral("tasks"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
