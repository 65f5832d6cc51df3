#pragma once
/**
 * Writing a small file so that it is either the new one whole or the old one untouched: the
 * bytes go to a temporary file beside the target, which is renamed over it only once everything
 * is written (QSaveFile). For the files beside a session — CSV exports, the autosave's sidecar —
 * with the same clear errors as SessionFile::save: "<path>: cannot be written: the disk is
 * full", "… the folder F is read-only", "… File too large; the previous file is unchanged".
 */
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace training {

class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    /** Writes `bytes` to `path`; false with *error = "<path>: <what is wrong>", the previous file
     * (if any) left as it was. The folder must exist. */
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace training
