#pragma once
/**
 * A session on disk: SessionCodec's bytes written atomically and read back with the checks a
 * file needs. Saving writes a temporary file beside the target and renames it over the target
 * only once everything is on disk (QSaveFile), so the previous file survives any failure — a
 * crash, a kill, a full disk — whole. Every error names the file: "<path>: <what is wrong>".
 */
#include "session/session.h"

#include <QCoreApplication>
#include <QString>

namespace training {

class SessionFile {
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    /** The file name extension of sessions, without the dot. */
    static constexpr const char* kExtension = "lstmsession";

    /** Writes `session` to `path`; false with *error when it could not, the old file intact. */
    static bool save(const session::Session& session, const QString& path, QString* error);

    /** Reads the session at `path` into `session`; false with *error (and `session` untouched)
     * when the file is missing, a directory, unreadable, too large, damaged or not valid. */
    static bool load(const QString& path, session::Session& session, QString* error);

    /** The format version in the file's header, 0 when it has none; reads 24 bytes. */
    static quint32 formatVersion(const QString& path);
};

} // namespace training
