// AutosaveStore: what a crashed instance leaves is offered at the next start and loads bit for
// bit; a live instance's autosave is never offered, however old its lock; nothing is deleted
// unless asked (markCleanExit for the instance's own files, discard for an entry). Failed writes:
// tst_write_failures. Crashes and live instances are child processes running this
// executable.
#include "../session/session_comparison.h"
#include "child_process_skip.h"
#include "training/autosave_store.h"

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
#include <unistd.h>

using training::AutosaveStore;

namespace {

session::Session smallSession(unsigned seed = 1) {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Gru, 3)}),
                                 seed);
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
    return 5;
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
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
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
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        QProcess live;
        live.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--child-live"), m_folder});
        QVERIFY(live.waitForReadyRead(30000));
        QCOMPARE(live.readLine(), QByteArray("ready\n"));
        {
            AutosaveStore other(m_folder);
            QVERIFY(other.recoverable().isEmpty());
            // An hour-old lock is no less alive (QLockFile's default stale time is 30 s).
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

private:
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
