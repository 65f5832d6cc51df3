#include "training/session_file.h"

#include "session/session_codec.h"
#include "training/json_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace training {

namespace {

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

/** Why writing failed, in words: Qt reports a failed flush as "Unknown error". */
QString writeError(const QSaveFile& file, int code) {
    if (code == ENOSPC)
        return SessionFile::tr("the disk is full");
    if (file.error() == QFileDevice::NoError ||
        file.errorString() == QLatin1String("Unknown error"))
        return code != 0 ? QString::fromLocal8Bit(std::strerror(code))
                         : SessionFile::tr("unknown error");
    return file.errorString();
}

} // namespace

bool SessionFile::save(const session::Session& session, const QString& path, QString* error) {
    QByteArray bytes;
    try {
        const std::string encoded = session::SessionCodec::encode(session);
        bytes = QByteArray(encoded.data(), qsizetype(encoded.size()));
    } catch (const std::exception& e) {
        *error = JsonFile::located(path, QString::fromStdString(e.what()));
        return false;
    }
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        *error = JsonFile::located(
            path,
            tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
        return false;
    }
    const QStorageInfo storage(folder.filePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < bytes.size()) {
        *error = JsonFile::located(
            path, tr("the disk is full: the session needs %1 MiB, %2 MiB are free")
                      .arg(megabytes(bytes.size()), megabytes(storage.bytesAvailable())));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString why =
            storage.isReadOnly() || !folder.isWritable()
                ? tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(folder.filePath()))
                : file.errorString();
        *error = JsonFile::located(path, tr("cannot be written: %1").arg(why));
        return false;
    }
    // Flushed before commit() so that a failure is seen while errno still says why.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        const int code = errno;
        *error = JsonFile::located(path, tr("cannot be written: %1; the previous file is unchanged")
                                             .arg(writeError(file, code)));
        return false;
    }
    return true;
}

bool SessionFile::load(const QString& path, session::Session& session, QString* error) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = JsonFile::located(path, tr("no such file"));
        return false;
    }
    if (info.isDir()) {
        *error = JsonFile::located(path, tr("is a folder, not a session file"));
        return false;
    }
    constexpr qint64 maxBytes = qint64(session::SessionCodec::kMaxFileBytes);
    const QString tooLarge =
        tr("the file is larger than %1 MiB, the most a session may be").arg(maxBytes >> 20);
    if (info.size() > maxBytes) {
        *error = JsonFile::located(path, tooLarge);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = JsonFile::located(path, tr("cannot be opened: %1").arg(file.errorString()));
        return false;
    }
    // In chunks up to one byte past the cap: a device may report no size and stream without end.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(qint64(16) << 20, maxBytes + 1));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = JsonFile::located(path, tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (bytes.size() > maxBytes) {
        *error = JsonFile::located(path, tooLarge);
        return false;
    }
    const std::string problem = session::SessionCodec::decode(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), session);
    if (!problem.empty()) {
        *error = JsonFile::located(path, QString::fromStdString(problem));
        return false;
    }
    return true;
}

quint32 SessionFile::formatVersion(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(qint64(session::SessionCodec::kHeaderSize));
    return session::SessionCodec::formatVersion(
        std::string_view(header.constData(), std::size_t(header.size())));
}

} // namespace training
