// AutosaveStore: what a crashed instance leaves is offered at the next start and loads bit for
// bit; a live instance's autosave is never offered, however old its lock; nothing is deleted
// unless asked (markCleanExit for the instance's own files, discard for an entry); a write that
// fails — read-only folder, file size limit, full disk — names the file and leaves the previous
// autosave whole. Crashes and live instances are child processes running this executable.
#include "../session/session_comparison.h"
#include "training/autosave_store.h"
#include "training/session_file.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using training::AutosaveStore;

namespace {

session::Session smallSession(unsigned seed = 1) {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Gru, 3)}),
                                 seed);
}

/** About 12 MB: more than the file size limit and the small disk of the tests below. */
session::Session bigSession() {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Lstm, 256)}),
                                 2);
}

const QString kOriginal = QStringLiteral("/home/teacher/sine, \"class\".lstmsession");

/** Writes smallSession(seed) as instance `id`; prints the error, if any. */
bool writeSmall(const QString& folder, const QString& id, unsigned seed) {
    AutosaveStore store(folder, id);
    QString error;
    if (!store.write(smallSession(seed), kOriginal, QStringLiteral("sine"), &error)) {
        std::printf("%s", qPrintable(error));
        return false;
    }
    return true;
}

/** Mounts a 256 KiB tmpfs on `folder`, in a mount namespace of this process alone. */
bool mountSmallDisk(const QString& folder) {
    return unshare(CLONE_NEWNS) == 0 &&
           mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
           mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=256k") == 0;
}

/** What this executable does when a test runs it as a child process (see main()). */
int childMain(const std::string& command, const QString& folder) {
    if (command == "--child-crash") { // autosaves, then dies holding its lock
        AutosaveStore store(folder, QStringLiteral("crashed"));
        QString error;
        if (!store.write(smallSession(7), kOriginal, QStringLiteral("sine"), &error))
            return 3;
        std::raise(SIGKILL);
    }
    if (command == "--child-live") { // autosaves and runs until its stdin closes or it is killed
        AutosaveStore store(folder, QStringLiteral("live"));
        QString error;
        if (!store.write(smallSession(8), kOriginal, QStringLiteral("sine"), &error))
            return 3;
        std::printf("ready\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
        return 0;
    }
    QString id;
    if (command == "--child-as-nobody") { // root ignores a folder's permissions
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            return 4;
        id = QStringLiteral("read-only");
    } else if (command == "--child-with-file-limit") { // writing past 64 KiB fails (EFBIG)
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 << 10, 64 << 10};
        setrlimit(RLIMIT_FSIZE, &limit);
        id = QStringLiteral("limited");
    } else if (command == "--child-on-small-disk") { // a real full disk: a 256 KiB tmpfs
        if (!mountSmallDisk(folder))
            return 6;
        if (!writeSmall(folder, QStringLiteral("full"), 1))
            return 3;
        id = QStringLiteral("full");
    } else {
        return 5;
    }
    AutosaveStore store(folder, id);
    QString error;
    if (store.write(bigSession(), kOriginal, QStringLiteral("big"), &error))
        return 0;
    std::printf("%s", qPrintable(error));
    if (command == "--child-on-small-disk") { // the disk goes with this process: check it here
        session::Session loaded;
        QString loadError;
        if (!training::SessionFile::load(store.sessionPath(), loaded, &loadError))
            return 7;
        return fixtures::difference(smallSession(1), loaded).empty() ? 1 : 8;
    }
    return 1;
}

struct ChildResult {
    int exitCode = -1; ///< −1 when it crashed or hung
    QString out;
};

ChildResult runChild(const char* command, const QString& folder) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(command), folder});
    ChildResult result;
    if (child.waitForFinished(60000) && child.exitStatus() == QProcess::NormalExit)
        result.exitCode = child.exitCode();
    result.out = QString::fromLocal8Bit(child.readAllStandardOutput());
    return result;
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

/** The sidecar's time set to `time`, to order entries. */
void setSidecarTime(const QString& folder, const QString& id, const QDateTime& time) {
    QFile file(folder + QLatin1Char('/') + id + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    json.insert(QStringLiteral("time"), time.toString(Qt::ISODateWithMs));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
}

} // namespace

class TestAutosaveStore : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("autosave"));
    }

    void theDefaultFolderIsInTheAppData() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AutosaveStore::defaultFolder().endsWith(QStringLiteral("/autosave")));
        QVERIFY(AutosaveStore::defaultFolder().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void writeMakesTheFilesAndHoldsTheLock() {
        AutosaveStore store(m_folder, QStringLiteral("me"));
        QVERIFY(store.isLocked());
        QString error;
        QVERIFY2(store.write(smallSession(), kOriginal, QStringLiteral("sine"), &error),
                 qPrintable(error));
        QCOMPARE(filesIn(m_folder), QStringList({"me.json", "me.lock", "me.lstmsession"}));
        QCOMPARE(store.sessionPath(), m_folder + QStringLiteral("/me.lstmsession"));
        QVERIFY(store.recoverable().isEmpty()); // its own autosave is not offered to itself
        store.markCleanExit();
        QCOMPARE(filesIn(m_folder), QStringList());
    }

    void aStoreDroppedWithoutCleanExitIsRecovered() {
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        {
            AutosaveStore gone(m_folder, QStringLiteral("gone"));
            QString error;
            QVERIFY2(gone.write(smallSession(4), kOriginal, QStringLiteral("sine"), &error),
                     qPrintable(error));
        } // no markCleanExit: as if the window had not closed properly
        AutosaveStore next(m_folder);
        const QList<AutosaveStore::Entry> entries = next.recoverable();
        QCOMPARE(entries.size(), 1);
        const AutosaveStore::Entry& entry = entries.front();
        QCOMPARE(entry.id, QStringLiteral("gone"));
        QCOMPARE(entry.originalPath, kOriginal);
        QCOMPARE(entry.title, QStringLiteral("sine"));
        QVERIFY(entry.time >= before && entry.time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(entry.bytes, QFileInfo(entry.sessionPath).size());
        QVERIFY(entry.bytes > 0);
        session::Session loaded;
        QString error;
        QVERIFY2(next.load(entry, loaded, &error), qPrintable(error));
        const std::string difference = fixtures::difference(smallSession(4), loaded);
        QVERIFY2(difference.empty(), difference.c_str());
    }

    void aKilledInstanceIsRecovered() {
        const ChildResult child = runChild("--child-crash", m_folder);
        QCOMPARE(child.exitCode, -1); // SIGKILL
        // Its lock is still there, naming a process that is gone.
        QVERIFY(QFile::exists(m_folder + QStringLiteral("/crashed.lock")));
        AutosaveStore next(m_folder);
        const QList<AutosaveStore::Entry> entries = next.recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().id, QStringLiteral("crashed"));
        session::Session loaded;
        QString error;
        QVERIFY2(next.load(entries.front(), loaded, &error), qPrintable(error));
        QVERIFY(fixtures::difference(smallSession(7), loaded).empty());
    }

    void aLiveInstanceIsNotOffered() {
        QProcess live;
        live.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--child-live"), m_folder});
        QVERIFY(live.waitForReadyRead(30000));
        QCOMPARE(live.readLine(), QByteArray("ready\n"));
        {
            AutosaveStore other(m_folder);
            QVERIFY(other.recoverable().isEmpty());
            // An hour-old lock is no less alive: QLockFile's default would call it stale.
            QFile lock(m_folder + QStringLiteral("/live.lock"));
            QVERIFY(lock.open(QIODevice::ReadWrite));
            QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                     QFileDevice::FileModificationTime));
            lock.close();
            QVERIFY(other.recoverable().isEmpty());
            QString error;
            QVERIFY(!other.discard({QStringLiteral("live"), {}, {}, {}, {}, 0}, &error));
            QVERIFY2(error.endsWith(QStringLiteral("still running")), qPrintable(error));
            QVERIFY(QFile::exists(m_folder + QStringLiteral("/live.lstmsession")));
        }
        live.kill(); // now it has crashed
        QVERIFY(live.waitForFinished());
        AutosaveStore after(m_folder);
        QCOMPARE(after.recoverable().size(), 1);
    }

    void aLockHeldInThisProcessIsLive() {
        QVERIFY(writeSmall(m_folder, QStringLiteral("held"), 2));
        QLockFile held(m_folder + QStringLiteral("/held.lock"));
        held.setStaleLockTime(0);
        QVERIFY(held.tryLock(0));
        AutosaveStore store(m_folder);
        QVERIFY(store.recoverable().isEmpty());
        held.unlock();
        QCOMPARE(store.recoverable().size(), 1);
    }

    void anOfferedEntryIsNotOfferedTwice() {
        QVERIFY(writeSmall(m_folder, QStringLiteral("once"), 2));
        AutosaveStore first(m_folder);
        QCOMPARE(first.recoverable().size(), 1);
        AutosaveStore second(m_folder); // started at the same time
        QVERIFY(second.recoverable().isEmpty());
        QCOMPARE(first.recoverable().size(), 1); // asking again is fine
    }

    void newestFirst() {
        for (const char* id : {"b", "a", "c"})
            QVERIFY(writeSmall(m_folder, QString::fromLatin1(id), 3));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setSidecarTime(m_folder, QStringLiteral("a"), now.addSecs(-60));
        setSidecarTime(m_folder, QStringLiteral("b"), now.addSecs(-10));
        setSidecarTime(m_folder, QStringLiteral("c"), now.addSecs(-3600));
        AutosaveStore store(m_folder);
        const QList<AutosaveStore::Entry> entries = store.recoverable();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].id, QStringLiteral("b"));
        QCOMPARE(entries[1].id, QStringLiteral("a"));
        QCOMPARE(entries[2].id, QStringLiteral("c"));
        QCOMPARE(entries[2].time, now.addSecs(-3600));
    }

    void discardRemovesOnlyThatEntry() {
        QVERIFY(writeSmall(m_folder, QStringLiteral("drop"), 1));
        QVERIFY(writeSmall(m_folder, QStringLiteral("keep"), 2));
        QFile::copy(m_folder + QStringLiteral("/drop.json"),
                    m_folder + QStringLiteral("/drop.lstmsession.XyZ123")); // a killed save's
        AutosaveStore store(m_folder, QStringLiteral("me"));
        QString error;
        QVERIFY(store.write(smallSession(9), {}, QStringLiteral("mine"), &error));
        QList<AutosaveStore::Entry> entries = store.recoverable();
        QCOMPARE(entries.size(), 2);
        const auto drop = std::find_if(entries.begin(), entries.end(),
                                       [](const auto& e) { return e.id == "drop"; });
        QVERIFY(drop != entries.end());
        QVERIFY2(store.discard(*drop, &error), qPrintable(error));
        QCOMPARE(filesIn(m_folder), QStringList({"keep.json", "keep.lock", "keep.lstmsession",
                                                 "me.json", "me.lock", "me.lstmsession"}));
        entries = store.recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().id, QStringLiteral("keep"));
        // Its own autosave is not the store's to discard: markCleanExit is.
        QVERIFY(!store.discard({QStringLiteral("me"), {}, {}, {}, {}, 0}, &error));
        QVERIFY(QFile::exists(store.sessionPath()));
    }

    void markCleanExitLeavesOtherInstancesAlone() {
        QVERIFY(writeSmall(m_folder, QStringLiteral("other"), 1));
        AutosaveStore store(m_folder, QStringLiteral("me"));
        QString error;
        QVERIFY(store.write(smallSession(), {}, {}, &error));
        store.markCleanExit();
        QCOMPARE(filesIn(m_folder), QStringList({"other.json", "other.lstmsession"}));
        QVERIFY(!store.isLocked());
    }

    void clearRemovesTheOwnAutosaveOnly() {
        AutosaveStore store(m_folder, QStringLiteral("me"));
        QString error;
        QVERIFY(store.write(smallSession(), {}, {}, &error));
        QVERIFY(store.clear(&error));
        QCOMPARE(filesIn(m_folder), QStringList({"me.lock"}));
        QVERIFY(store.isLocked());
    }

    void aDamagedOrBareAutosaveIsOfferedNotDeleted() {
        QVERIFY(writeSmall(m_folder, QStringLiteral("damaged"), 1));
        const QString path = m_folder + QStringLiteral("/damaged.lstmsession");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(100);
            file.write("#");
        }
        QVERIFY(writeSmall(m_folder, QStringLiteral("bare"), 2));
        QVERIFY(QFile::remove(m_folder + QStringLiteral("/bare.json")));
        AutosaveStore store(m_folder);
        const QList<AutosaveStore::Entry> entries = store.recoverable();
        QCOMPARE(entries.size(), 2);
        for (const AutosaveStore::Entry& entry : entries) {
            session::Session loaded = smallSession(5);
            QString error;
            if (entry.id == QLatin1String("damaged")) {
                QVERIFY(!store.load(entry, loaded, &error));
                QCOMPARE(error, path + QStringLiteral(": the file is damaged: its checksum does "
                                                      "not match its contents"));
                QVERIFY(fixtures::difference(smallSession(5), loaded).empty());
            } else {
                QCOMPARE(entry.title, QStringLiteral("untitled session"));
                QVERIFY(entry.originalPath.isEmpty());
                QVERIFY(store.load(entry, loaded, &error));
            }
        }
        QVERIFY(QFile::exists(path));
    }

    void aReadOnlyFolderFailsAndKeepsTheAutosave() {
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
        QVERIFY(writeSmall(m_folder, QStringLiteral("read-only"), 1));
        QVERIFY(QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                    QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther));
        const ChildResult child = runChild("--child-as-nobody", m_folder);
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
        QCOMPARE(child.exitCode, 1);
        const QString path = m_folder + QStringLiteral("/read-only.lstmsession");
        QCOMPARE(child.out, path + QStringLiteral(": cannot be written: the folder ") + m_folder +
                                QStringLiteral(" is read-only"));
        expectRecoverable(QStringLiteral("read-only"), 1);
    }

    void aFileSizeLimitFailsAndKeepsTheAutosave() {
        QVERIFY(writeSmall(m_folder, QStringLiteral("limited"), 1));
        const ChildResult child = runChild("--child-with-file-limit", m_folder);
        QCOMPARE(child.exitCode, 1);
        QCOMPARE(child.out, m_folder + QStringLiteral("/limited.lstmsession: cannot be written: "
                                                      "File too large; the previous file is "
                                                      "unchanged"));
        expectRecoverable(QStringLiteral("limited"), 1);
    }

    void aFullDiskFailsAndKeepsTheAutosave() {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (in a mount namespace of the child alone)");
        QVERIFY(QDir().mkpath(m_folder));
        const ChildResult child = runChild("--child-on-small-disk", m_folder);
        if (child.exitCode == 6)
            QSKIP("this container does not allow mounting a tmpfs in a new mount namespace");
        qInfo("%s", qPrintable(child.out));
        QVERIFY2(child.out.startsWith(m_folder + QStringLiteral("/full.lstmsession: the disk is "
                                                                "full: the session needs ")),
                 qPrintable(child.out));
        QCOMPARE(child.exitCode, 1); // the small autosave it wrote first still loads, whole
    }

private:
    /** A new store offers `id`'s autosave, and it is smallSession(seed). */
    void expectRecoverable(const QString& id, unsigned seed) {
        AutosaveStore store(m_folder);
        const QList<AutosaveStore::Entry> entries = store.recoverable();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().id, id);
        session::Session loaded;
        QString error;
        QVERIFY2(store.load(entries.front(), loaded, &error), qPrintable(error));
        QVERIFY(fixtures::difference(smallSession(seed), loaded).empty());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]).starts_with("--child-"))
        return childMain(argv[1], QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestAutosaveStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave_store.moc"
