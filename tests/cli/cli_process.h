#pragma once
// What the CLI tests share: running the built lstm-studio-cli in a directory, and JSON helpers.
#include "core/types.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <initializer_list>
#include <random>

namespace clitest {

struct CliResult {
    int exitCode = -1; ///< −1 when the process crashed or hung
    QByteArray out;
    QByteArray err;
};

/** The words of `command`, split at spaces: args("run --model m.json"). */
inline QStringList args(const char* command) {
    return QString::fromUtf8(command).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

inline CliResult runCli(const QString& directory, const QStringList& arguments) {
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral(LSTM_STUDIO_CLI), arguments);
    CliResult result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool writeJson(const QString& path, const QJsonObject& object) {
    return writeFile(path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** B×T×F random numbers in [−1, 1], batch-first as the CLI reads them. */
inline QJsonArray randomSequences(core::Index batch, core::Index steps, core::Index features,
                                  unsigned seed) {
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    QJsonArray sequences;
    for (core::Index b = 0; b < batch; ++b) {
        QJsonArray sequence;
        for (core::Index t = 0; t < steps; ++t) {
            QJsonArray step;
            for (core::Index f = 0; f < features; ++f)
                step.append(uniform(generator));
            sequence.append(step);
        }
        sequences.append(sequence);
    }
    return sequences;
}

/** The number at `indices` of nested arrays. */
inline double at(const QJsonValue& array, std::initializer_list<core::Index> indices) {
    QJsonValue value = array;
    for (core::Index i : indices)
        value = value.toArray().at(i);
    return value.toDouble();
}

} // namespace clitest
