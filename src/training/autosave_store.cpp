#include "training/autosave_store.h"

#include "training/atomic_file.h"
#include "training/json_file.h"
#include "training/session_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace training {

namespace {

constexpr const char* kSessionSuffix = ".lstmsession";
constexpr const char* kSidecarSuffix = ".json";
constexpr const char* kLockSuffix = ".lock";
constexpr qint64 kMaxSidecarBytes = 1 << 16;

/** A lock that only a dead holder loses. With QLockFile's default a lock older than 30 s counts
 * as stale, and only the holder's flock() — which some file systems lack — would still keep it. */
std::unique_ptr<QLockFile> makeLock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

QString AutosaveStore::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

AutosaveStore::AutosaveStore(const QString& folder, const QString& instanceId)
    : m_folder(folder)
    , m_id(instanceId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : instanceId) {
    QDir().mkpath(m_folder);
    m_lock = makeLock(filePath(m_id, kLockSuffix));
    m_lock->tryLock(0);
}

AutosaveStore::~AutosaveStore() = default;

bool AutosaveStore::isLocked() const {
    return m_lock && m_lock->isLocked();
}

QString AutosaveStore::sessionPath() const {
    return filePath(m_id, kSessionSuffix);
}

QString AutosaveStore::filePath(const QString& id, const char* suffix) const {
    return m_folder + QLatin1Char('/') + id + QLatin1String(suffix);
}

bool AutosaveStore::ensureLocked() {
    if (!QFileInfo(m_folder).isDir())
        QDir().mkpath(m_folder);
    if (!m_lock)
        m_lock = makeLock(filePath(m_id, kLockSuffix));
    return m_lock->isLocked() || m_lock->tryLock(0);
}

bool AutosaveStore::write(const session::Session& session, const QString& originalPath,
                          const QString& title, QString* error) {
    ensureLocked();
    return writeFiles(session, originalPath, title, error);
}

bool AutosaveStore::writeFiles(const session::Session& session, const QString& originalPath,
                               const QString& title, QString* error) const {
    if (!SessionFile::save(session, sessionPath(), error))
        return false;
    const QJsonObject sidecar{
        {QStringLiteral("format"), QStringLiteral("lstm-studio-autosave")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("title"), title},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
    };
    return AtomicFile::write(filePath(m_id, kSidecarSuffix),
                             QJsonDocument(sidecar).toJson(QJsonDocument::Indented), error);
}

bool AutosaveStore::removeFiles(const QString& id, QString* error) {
    const QDir dir(m_folder);
    // The files, and what a save killed mid-way left of them (QSaveFile's "<name>.XXXXXX").
    const QStringList names =
        dir.entryList({id + QLatin1String(kSessionSuffix), id + QLatin1String(kSidecarSuffix),
                       id + QLatin1String(kSessionSuffix) + QLatin1String(".*"),
                       id + QLatin1String(kSidecarSuffix) + QLatin1String(".*")},
                      QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.remove()) {
            if (error)
                *error = JsonFile::located(file.fileName(),
                                           tr("cannot be deleted: %1").arg(file.errorString()));
            return false;
        }
    }
    return true;
}

bool AutosaveStore::clear(QString* error) {
    return removeFiles(m_id, error);
}

void AutosaveStore::markCleanExit() {
    clear();
    if (m_lock)
        m_lock->unlock();
}

bool AutosaveStore::claim(const QString& id) {
    if (m_claimed.count(id) != 0)
        return true;
    std::unique_ptr<QLockFile> lock = makeLock(filePath(id, kLockSuffix));
    if (!lock->tryLock(0))
        return false; // a live instance holds it, or the folder cannot be written
    m_claimed.emplace(id, std::move(lock));
    return true;
}

AutosaveStore::Entry AutosaveStore::readEntry(const QString& id) const {
    Entry entry;
    entry.id = id;
    entry.sessionPath = filePath(id, kSessionSuffix);
    const QFileInfo session(entry.sessionPath);
    entry.bytes = session.size();
    entry.time = session.lastModified().toUTC();
    QString error;
    const std::optional<QJsonObject> sidecar =
        JsonFile::readObject(filePath(id, kSidecarSuffix), &error, kMaxSidecarBytes);
    if (sidecar) {
        entry.originalPath = sidecar->value(QStringLiteral("originalPath")).toString();
        entry.title = sidecar->value(QStringLiteral("title")).toString();
        const QDateTime time = QDateTime::fromString(
            sidecar->value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (time.isValid())
            entry.time = time.toUTC();
    }
    if (entry.title.isEmpty())
        entry.title = entry.originalPath.isEmpty() ? tr("untitled session")
                                                   : QFileInfo(entry.originalPath).fileName();
    return entry;
}

QList<AutosaveStore::Entry> AutosaveStore::recoverable() {
    QList<Entry> entries;
    const QStringList names = QDir(m_folder).entryList(
        {QStringLiteral("*") + QLatin1String(kSessionSuffix)}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QString id = name.chopped(int(qstrlen(kSessionSuffix)));
        if (id == m_id || !claim(id))
            continue;
        entries.append(readEntry(id));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.time > b.time; });
    return entries;
}

bool AutosaveStore::load(const Entry& entry, session::Session& session, QString* error) const {
    return SessionFile::load(entry.sessionPath, session, error);
}

bool AutosaveStore::discard(const Entry& entry, QString* error) {
    if (entry.id.isEmpty() || entry.id == m_id) {
        if (error)
            *error = tr("only an autosave left by another instance can be discarded");
        return false;
    }
    if (!claim(entry.id)) {
        if (error)
            *error = JsonFile::located(entry.sessionPath,
                                       tr("belongs to an instance of LSTM Studio still running"));
        return false;
    }
    if (!removeFiles(entry.id, error))
        return false;
    m_claimed.erase(entry.id); // unlocks: the lock file goes too
    return true;
}

} // namespace training
