#include "training/atomic_file.h"

#include "training/json_file.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>

namespace training {

namespace {

/** Why writing failed, in words: Qt reports a failed flush as "Unknown error". */
QString writeError(const QSaveFile& file, int code) {
    if (code == ENOSPC)
        return AtomicFile::tr("the disk is full");
    if (file.error() == QFileDevice::NoError ||
        file.errorString() == QLatin1String("Unknown error"))
        return code != 0 ? QString::fromLocal8Bit(std::strerror(code))
                         : AtomicFile::tr("unknown error");
    return file.errorString();
}

} // namespace

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error) {
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.filePath());
    if (!folder.isDir()) {
        *error = JsonFile::located(path, tr("the folder %1 does not exist").arg(folderName));
        return false;
    }
    const QStorageInfo storage(folder.filePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < bytes.size()) {
        *error = JsonFile::located(path, tr("cannot be written: the disk is full"));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString why = storage.isReadOnly() || !folder.isWritable()
                                ? tr("the folder %1 is read-only").arg(folderName)
                                : file.errorString();
        *error = JsonFile::located(path, tr("cannot be written: %1").arg(why));
        return false;
    }
    // Flushed before commit() so that a failure is seen while errno still says why.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        const int code = errno;
        *error = JsonFile::located(path, tr("cannot be written: %1; the previous file is unchanged")
                                             .arg(writeError(file, code)));
        return false;
    }
    return true;
}

} // namespace training
