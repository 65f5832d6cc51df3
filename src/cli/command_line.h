#pragma once
/**
 * lstm-studio-cli's dispatcher: picks the command named by the first argument, runs it, and turns
 * every failure — a CliError, an exception from the core, an unknown command — into one line on
 * stderr, "lstm-studio-cli: <what is wrong>", and exit code 2. Without a command it prints usage.
 */
#include "cli/command.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace cli {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static constexpr int kUsageError = 2;

    CommandLine();

    /** `arguments` as QCoreApplication::arguments(): the program first, then the command. */
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    QString usage() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cli
