#pragma once
/** One subcommand of lstm-studio-cli ("new", "run", "export"): the interface CommandLine runs. */
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cli {

class Command {
public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /** The word that selects the command. */
    virtual QString name() const = 0;
    /** One line for the program's usage. */
    virtual QString summary() const = 0;
    /**
     * Runs with the arguments that follow the command's name, printing to `out`; returns the exit
     * code. Throws CliError for the user's mistakes (CommandLine also catches std::exception).
     */
    virtual int run(const QStringList& arguments, QTextStream& out) = 0;
};

} // namespace cli
