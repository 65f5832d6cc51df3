#include "training/json_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <QSaveFile>
#include <algorithm>

namespace training {

QString JsonFile::located(const QString& path, const QString& problem) {
    return QDir::toNativeSeparators(path) + QLatin1String(": ") + problem;
}

std::optional<QJsonObject> JsonFile::readObject(const QString& path, QString* error,
                                                qint64 maxBytes) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = located(path, tr("no such file"));
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = located(path, tr("is a directory, not a file"));
        return std::nullopt;
    }
    const auto tooLarge = [&] {
        const QString limit = maxBytes % (qint64(1) << 20) == 0 ? tr("%1 MiB").arg(maxBytes >> 20)
                                                                : tr("%1 bytes").arg(maxBytes);
        return located(path, tr("the file is larger than %1, the most this reads").arg(limit));
    };
    if (info.size() > maxBytes) {
        *error = tooLarge();
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = located(path, tr("cannot be opened: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // Read in chunks up to one byte past the cap: a device may report no size and still stream
    // without end.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(qint64(1) << 20, maxBytes + 1));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > maxBytes) {
        *error = tooLarge();
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = located(path, tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = located(path, tr("malformed JSON at offset %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = located(path, tr("the JSON must be an object ({…}) at the top level"));
        return std::nullopt;
    }
    return document.object();
}

bool JsonFile::writeObject(const QString& path, const QJsonObject& object, QString* error) {
    return writeBytes(path, QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

bool JsonFile::writeBytes(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = located(path, tr("cannot be written: %1").arg(file.errorString()));
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = located(path, tr("cannot be written: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace training
