#pragma once
/**
 * The options of one command: declared with their help, parsed from the words after the command's
 * name, read back typed. Every mistake — an unknown option, a missing value, a repeat, a value
 * that is not a number or out of range — throws CliError naming the option.
 *
 * Options are matched by their full spelling ("--hidden", "-o"); "--name=value" works too.
 * "--help" and "-h" are always known.
 */
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace cli {

class ArgumentParser {
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

public:
    /** `synopsis` follows "lstm-studio-cli <command>" in the help; `description` is a paragraph. */
    ArgumentParser(QString command, QString synopsis, QString description);

    void addFlag(const QString& name, const QString& help);
    void addOption(const QString& name, const QString& valueName, const QString& help);

    void parse(const QStringList& arguments);
    bool helpRequested() const { return m_helpRequested; }
    QString helpText() const;

    bool isSet(const QString& name) const;
    /** The option's value, empty when it was not given. */
    QString value(const QString& name) const;
    /** The option's value; throws when it was not given. */
    QString required(const QString& name) const;
    /** A whole number in [minimum, maximum]; `fallback` when not given (throws if none). */
    qint64 integer(const QString& name, qint64 minimum, qint64 maximum,
                   std::optional<qint64> fallback = std::nullopt) const;
    /** A whole number in [0, 2⁶⁴); throws when not given. */
    quint64 unsignedInteger(const QString& name) const;
    /** A finite number; `fallback` when not given (throws if none). */
    double number(const QString& name, std::optional<double> fallback = std::nullopt) const;

private:
    struct Option {
        QString name;
        QString valueName; ///< empty for a flag
        QString help;
        bool set = false;
        QString value;
    };
    Option* find(const QString& name);
    const Option& option(const QString& name) const;

    QString m_command;
    QString m_synopsis;
    QString m_description;
    std::vector<Option> m_options;
    bool m_helpRequested = false;
};

} // namespace cli
