#pragma once
/**
 * A mistake the user can fix — a bad option, a file that does not fit — said in words. Commands
 * throw it; CommandLine prints it as one line on stderr and exits with code 2.
 */
#include <QByteArray>
#include <QString>
#include <exception>

namespace cli {

class CliError : public std::exception {
public:
    explicit CliError(const QString& message)
        : m_message(message)
        , m_utf8(message.toUtf8()) {}

    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace cli
