#include "cli/argument_parser.h"

#include "cli/cli_error.h"

#include <cmath>
#include <stdexcept>

namespace cli {

namespace {

/** The words of `text` in lines of at most `width` characters. */
QString wrapped(const QString& text, qsizetype width) {
    QString out, line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

} // namespace

ArgumentParser::ArgumentParser(QString command, QString synopsis, QString description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description)) {}

void ArgumentParser::addFlag(const QString& name, const QString& help) {
    m_options.push_back({name, QString(), help, false, QString()});
}

void ArgumentParser::addOption(const QString& name, const QString& valueName, const QString& help) {
    m_options.push_back({name, valueName, help, false, QString()});
}

ArgumentParser::Option* ArgumentParser::find(const QString& name) {
    for (Option& option : m_options)
        if (option.name == name)
            return &option;
    return nullptr;
}

const ArgumentParser::Option& ArgumentParser::option(const QString& name) const {
    for (const Option& option : m_options)
        if (option.name == name)
            return option;
    throw std::logic_error("undeclared option " + name.toStdString());
}

void ArgumentParser::parse(const QStringList& arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            m_helpRequested = true;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-')) || word.size() < 2)
            throw CliError(tr("unexpected argument '%1' (see lstm-studio-cli %2 --help)")
                               .arg(word, m_command));
        const qsizetype equals =
            word.startsWith(QLatin1String("--")) ? word.indexOf(QLatin1Char('=')) : -1;
        const QString name = equals < 0 ? word : word.left(equals);
        Option* option = find(name);
        if (!option)
            throw CliError(
                tr("unknown option %1 (see lstm-studio-cli %2 --help)").arg(name, m_command));
        if (option->set)
            throw CliError(tr("option %1 is given twice").arg(name));
        option->set = true;
        if (option->valueName.isEmpty()) {
            if (equals >= 0)
                throw CliError(tr("option %1 takes no value").arg(name));
            continue;
        }
        if (equals >= 0) {
            option->value = word.mid(equals + 1);
        } else if (i + 1 < arguments.size() && !find(arguments[i + 1]) &&
                   arguments[i + 1] != QLatin1String("--help")) {
            option->value = arguments[++i];
        } else {
            throw CliError(tr("option %1 needs a value (%1 %2)").arg(name, option->valueName));
        }
        if (option->value.isEmpty())
            throw CliError(tr("option %1 needs a value (%1 %2)").arg(name, option->valueName));
    }
}

QString ArgumentParser::helpText() const {
    QString text = tr("Usage: lstm-studio-cli %1 %2\n\n%3\n\nOptions:\n")
                       .arg(m_command, m_synopsis, wrapped(m_description, 78));
    for (const Option& option : m_options) {
        const QString spelling = option.valueName.isEmpty()
                                     ? option.name
                                     : option.name + QLatin1Char(' ') + option.valueName;
        text += QStringLiteral("  %1  %2\n").arg(spelling, -22).arg(option.help);
    }
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("-h, --help"), -22)
                .arg(tr("show this help"));
    return text;
}

bool ArgumentParser::isSet(const QString& name) const {
    return option(name).set;
}

QString ArgumentParser::value(const QString& name) const {
    return option(name).value;
}

QString ArgumentParser::required(const QString& name) const {
    const Option& found = option(name);
    if (!found.set)
        throw CliError(tr("missing option %1 %2 (see lstm-studio-cli %3 --help)")
                           .arg(name, found.valueName, m_command));
    return found.value;
}

qint64 ArgumentParser::integer(const QString& name, qint64 minimum, qint64 maximum,
                               std::optional<qint64> fallback) const {
    if (!isSet(name) && fallback)
        return *fallback;
    const QString text = required(name);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        throw CliError(tr("option %1 expects a whole number from %2 to %3, got '%4'")
                           .arg(name)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(text));
    return number;
}

quint64 ArgumentParser::unsignedInteger(const QString& name) const {
    const QString text = required(name);
    bool ok = false;
    const quint64 number = text.toULongLong(&ok);
    if (!ok || text.trimmed().startsWith(QLatin1Char('-')))
        throw CliError(
            tr("option %1 expects a whole number of at least 0, got '%2'").arg(name, text));
    return number;
}

double ArgumentParser::number(const QString& name, std::optional<double> fallback) const {
    if (!isSet(name) && fallback)
        return *fallback;
    const QString text = required(name);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        throw CliError(tr("option %1 expects a number, got '%2'").arg(name, text));
    return number;
}

} // namespace cli
