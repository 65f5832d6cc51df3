// Writes that fail — a read-only folder, a file size limit (EFBIG mid-write), a really full disk
// (a 256 KiB tmpfs), a disk without a free inode (the temporary file cannot be made) — for
// SessionFile::save, AutosaveStore::write and the CSV exports: the error names the file and says
// why, and the previous file is whole and loads as it was. Each failure happens in a child process
// running this executable: as user nobody (root ignores a folder's permissions), under
// setrlimit(RLIMIT_FSIZE) with SIGXFSZ ignored, or in a mount namespace of its own with a small
// tmpfs mounted on the folder (needs root; skipped with the reason if not).
#include "../session/session_comparison.h"
#include "child_process_skip.h"
#include "training/autosave_store.h"
#include "training/history_csv.h"
#include "training/session_file.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using training::AutosaveStore;
using training::SessionFile;

namespace {

session::Session smallSession(unsigned seed = 1) {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Gru, 3)}),
                                 seed);
}

/** About 12 MB: more than the file size limit and the small disk. */
session::Session bigSession() {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Lstm, 256)}),
                                 2);
}

/** A history whose epochs file is about 170 KB. */
session::TrainingHistory longHistory() {
    session::TrainingHistory history;
    for (int e = 1; e <= 2000; ++e)
        history.addEpoch({e, e * 10, 1.0 / 3.0, 2.0 / 3.0, 0.1, false, 1e-3, 0.5 * e});
    return history;
}

/** Mounts a tmpfs with `options` on `folder`, in a mount namespace of this process alone. */
bool mountSmallDisk(const QString& folder, const char* options) {
    return unshare(CLONE_NEWNS) == 0 &&
           mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
           mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options) == 0;
}

/** Files in the folder once the first version is written: the folder itself, then the session;
 * or the lock, the autosave and its sidecar; or the two CSV files. */
const char* inodeLimit(const std::string& what) {
    return what == "session"
               ? "size=64m,nr_inodes=2"
               : (what == "autosave" ? "size=64m,nr_inodes=4" : "size=64m,nr_inodes=3");
}

/** Sets up the failure `how` ("nobody", "limit", "small-disk", "no-inodes") for writing `what`;
 * false when it cannot. */
bool prepare(const std::string& what, const std::string& how, const QString& folder) {
    if (how == "nobody")
        return geteuid() != 0 || (setgid(65534) == 0 && setuid(65534) == 0);
    if (how == "limit") { // writing past 64 KiB fails (EFBIG)
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 << 10, 64 << 10};
        return setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    if (how == "small-disk")
        return mountSmallDisk(folder, "size=256k");
    return how == "no-inodes" && mountSmallDisk(folder, inodeLimit(what));
}

/** What a child does: `what` written into `folder` — a first small version when the child mounts
 * its own disk, then a big one — and the error printed. Exit code 1: failed as expected with
 * the previous file intact; 0: the write succeeded; 3, 5, 6, 7: the test itself went wrong. */
int childMain(const std::string& what, const std::string& how, const QString& folder) {
    if (!prepare(what, how, folder))
        return 6;
    // A mounted disk goes with this process: the first version is written on it here.
    const bool ownDisk = how == "small-disk" || how == "no-inodes";
    QString error;
    session::Session loaded;
    if (what == "session") {
        const QString path = folder + QStringLiteral("/s.lstmsession");
        if (ownDisk && !SessionFile::save(smallSession(), path, &error))
            return 3;
        if (SessionFile::save(bigSession(), path, &error))
            return 0;
        std::printf("%s", qPrintable(error));
        return SessionFile::load(path, loaded, &error) &&
                       fixtures::difference(smallSession(), loaded).empty()
                   ? 1
                   : 7;
    }
    if (what == "autosave") {
        AutosaveStore store(folder, QStringLiteral("me"));
        if (ownDisk && !store.write(smallSession(), {}, {}, &error))
            return 3;
        if (store.write(bigSession(), {}, {}, &error))
            return 0;
        std::printf("%s", qPrintable(error));
        return SessionFile::load(store.sessionPath(), loaded, &error) &&
                       fixtures::difference(smallSession(), loaded).empty()
                   ? 1
                   : 7;
    }
    if (what == "csv") {
        const QString epochs = folder + QStringLiteral("/epochs.csv");
        const QString events = folder + QStringLiteral("/events.csv");
        fixtures::Numbers random(1);
        const session::TrainingHistory first = fixtures::history(random);
        if (ownDisk && !training::HistoryCsv::write(first, epochs, events, &error))
            return 3;
        session::TrainingHistory history = longHistory();
        if (how == "small-disk") // more than the disk holds
            for (int e = 2001; e <= 5000; ++e)
                history.addEpoch({e, e * 10, 1.0 / 3.0, 2.0 / 3.0, 0.1, false, 1e-3, 0.5 * e});
        if (training::HistoryCsv::write(history, epochs, events, &error))
            return 0;
        std::printf("%s", qPrintable(error));
        QFile file(epochs);
        const QByteArray kept = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const QByteArray expected =
            ownDisk ? training::HistoryCsv::epochs(first) : QByteArray("previous");
        return kept == expected ? 1 : 7;
    }
    return 5;
}

struct ChildResult {
    int exitCode = -1; ///< −1 when it crashed or hung
    QString out;
};

ChildResult runChild(const QString& what, const QString& how, const QString& folder) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), what, how, folder});
    ChildResult result;
    if (child.waitForFinished(60000) && child.exitStatus() == QProcess::NormalExit)
        result.exitCode = child.exitCode();
    result.out = QString::fromLocal8Bit(child.readAllStandardOutput());
    return result;
}

} // namespace

class TestWriteFailures : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Traversable by nobody, for the read-only rows.
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
        m_folder = m_dir->filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(m_folder));
    }

    void aReadOnlyFolder_data() { rows(); }
    void aReadOnlyFolder() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        QFETCH(QString, what);
        QFETCH(QString, file);
        writePrevious(what);
        QVERIFY(QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                    QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther));
        const ChildResult child = runChild(what, QStringLiteral("nobody"), m_folder);
        QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
        QCOMPARE(child.out, m_folder + QLatin1Char('/') + file +
                                QStringLiteral(": cannot be written: the folder ") + m_folder +
                                QStringLiteral(" is read-only"));
        QCOMPARE(child.exitCode, 1);
    }

    void aFileSizeLimit_data() { rows(); }
    void aFileSizeLimit() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        QFETCH(QString, what);
        QFETCH(QString, file);
        writePrevious(what);
        const ChildResult child = runChild(what, QStringLiteral("limit"), m_folder);
        QCOMPARE(child.out, m_folder + QLatin1Char('/') + file +
                                QStringLiteral(": cannot be written: File too large; the "
                                               "previous file is unchanged"));
        QCOMPARE(child.exitCode, 1);
    }

    void aFullDisk_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("session") << "session"
                                 << "/s.lstmsession: the disk is full: the session needs";
        QTest::newRow("autosave") << "autosave"
                                  << "/me.lstmsession: the disk is full: the session needs";
        QTest::newRow("csv") << "csv"
                             << "/epochs.csv: cannot be written: the disk is full";
    }
    void aFullDisk() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        QFETCH(QString, what);
        QFETCH(QString, message);
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (in a mount namespace of the child alone)");
        const ChildResult child = runChild(what, QStringLiteral("small-disk"), m_folder);
        if (child.exitCode == 6)
            QSKIP("this system does not allow mounting a tmpfs in a new mount namespace");
        qInfo("%s", qPrintable(child.out));
        QVERIFY2(child.out.startsWith(m_folder + message), qPrintable(child.out));
        QCOMPARE(child.exitCode, 1); // the first, small version still loads, whole
    }

    void noInodeLeft_data() { rows(); }
    void noInodeLeft() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        QFETCH(QString, what);
        QFETCH(QString, file);
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (in a mount namespace of the child alone)");
        const ChildResult child = runChild(what, QStringLiteral("no-inodes"), m_folder);
        if (child.exitCode == 6)
            QSKIP("this system does not allow mounting a tmpfs in a new mount namespace");
        qInfo("%s", qPrintable(child.out));
        QCOMPARE(child.out, m_folder + QLatin1Char('/') + file +
                                QStringLiteral(": cannot be written: No space left on device"));
        QCOMPARE(child.exitCode, 1);
    }

private:
    void rows() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("file");
        QTest::newRow("session") << "session"
                                 << "s.lstmsession";
        QTest::newRow("autosave") << "autosave"
                                  << "me.lstmsession";
        QTest::newRow("csv") << "csv"
                             << "epochs.csv";
    }

    /** The version the child must leave as it is. */
    void writePrevious(const QString& what) {
        QString error;
        if (what == QLatin1String("session")) {
            QVERIFY(SessionFile::save(smallSession(), m_folder + QStringLiteral("/s.lstmsession"),
                                      &error));
        } else if (what == QLatin1String("autosave")) {
            AutosaveStore store(m_folder, QStringLiteral("me"));
            QVERIFY(store.write(smallSession(), {}, {}, &error));
        } else {
            QFile file(m_folder + QStringLiteral("/epochs.csv"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("previous");
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

int main(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "--child")
        return childMain(argv[2], argv[3], QString::fromLocal8Bit(argv[4]));
    QCoreApplication app(argc, argv);
    TestWriteFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_write_failures.moc"
