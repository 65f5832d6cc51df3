#include "../session/session_comparison.h"
#include "child_process_skip.h"
#include "training/session_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using training::SessionFile;

namespace {

session::Session smallSession(unsigned seed = 1) {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Gru, 3)}),
                                 seed);
}

/** About 12 MB on disk: long enough to write that a kill often lands in the middle. */
session::Session bigSession() {
    return fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Lstm, 256)}),
                                 2);
}

/** What this executable does when a test runs it as a child process (see main()). */
int childMain(const std::string& command, const QString& path) {
    if (command == "--child-save-loop") { // saves until killed
        const session::Session big = bigSession();
        for (int i = 1;; ++i) {
            QString error;
            if (!SessionFile::save(big, path, &error))
                return 3;
            std::printf("%d\n", i);
            std::fflush(stdout);
        }
    }
    if (command == "--child-save-as-nobody") { // root ignores a folder's permissions
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            return 4;
    } else if (command == "--child-save-with-file-limit") { // writing past 64 KiB fails (EFBIG)
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 << 10, 64 << 10};
        setrlimit(RLIMIT_FSIZE, &limit);
    } else {
        return 5;
    }
    QString error;
    const bool saved = SessionFile::save(bigSession(), path, &error);
    std::printf("%s", qPrintable(error));
    return saved ? 0 : 1;
}

struct ChildResult {
    int exitCode = -1;
    QString out;
};

ChildResult runChild(const char* command, const QString& path) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(command), path});
    ChildResult result;
    if (child.waitForFinished(60000) && child.exitStatus() == QProcess::NormalExit) {
        result.exitCode = child.exitCode();
        result.out = QString::fromLocal8Bit(child.readAllStandardOutput());
    }
    return result;
}

} // namespace

class TestSessionFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveThenLoadGivesTheSession() {
        const QString path = m_dir.filePath(QStringLiteral("a.lstmsession"));
        const session::Session original = smallSession();
        QString error;
        QVERIFY2(SessionFile::save(original, path, &error), qPrintable(error));
        session::Session loaded;
        QVERIFY2(SessionFile::load(path, loaded, &error), qPrintable(error));
        const std::string difference = fixtures::difference(original, loaded);
        QVERIFY2(difference.empty(), difference.c_str());
        QCOMPARE(SessionFile::formatVersion(path), 2u);
    }

    void saveRefusesAnInvalidSessionAndKeepsTheFile() {
        const QString path = m_dir.filePath(QStringLiteral("invalid.lstmsession"));
        QString error;
        QVERIFY(SessionFile::save(smallSession(), path, &error));
        session::Session bad = smallSession(5);
        bad.weights[2] = std::numeric_limits<float>::quiet_NaN();
        QVERIFY(!SessionFile::save(bad, path, &error));
        QCOMPARE(error, path + QStringLiteral(": the session cannot be saved: weight 2 is not a "
                                              "finite number (NaN or infinity)"));
        session::Session loaded;
        QVERIFY(SessionFile::load(path, loaded, &error));
        QVERIFY(fixtures::difference(smallSession(), loaded).empty());
    }

    void loadRefusesWithAMessageNamingTheFile_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("missing.lstmsession"));
        QTest::newRow("missing") << missing << missing + QStringLiteral(": no such file");
        QTest::newRow("folder") << m_dir.path()
                                << m_dir.path() +
                                       QStringLiteral(": is a folder, not a session file");
        const QString empty = m_dir.filePath(QStringLiteral("empty.lstmsession"));
        QFile(empty).open(QIODevice::WriteOnly);
        QTest::newRow("empty") << empty << empty + QStringLiteral(": the file is empty");
        const QString text = m_dir.filePath(QStringLiteral("text.lstmsession"));
        QFile file(text);
        file.open(QIODevice::WriteOnly);
        file.write("{\"format\": \"lstm-studio-model\", \"version\": 1}\n");
        file.close();
        QTest::newRow("not a session")
            << text << text + QStringLiteral(": the file is not an LSTM Studio session");
        // A sparse file past the cap: refused from its size, before a byte is read.
        const QString huge = m_dir.filePath(QStringLiteral("huge.lstmsession"));
        QFile hugeFile(huge);
        hugeFile.open(QIODevice::WriteOnly);
        hugeFile.resize((qint64(1) << 30) + 1);
        QTest::newRow("over 1 GiB")
            << huge
            << huge +
                   QStringLiteral(": the file is larger than 1024 MiB, the most a session may be");
    }

    void loadRefusesWithAMessageNamingTheFile() {
        QFETCH(QString, path);
        QFETCH(QString, message);
        session::Session s = smallSession(3);
        QString error;
        QVERIFY(!SessionFile::load(path, s, &error));
        QCOMPARE(error, message);
        QVERIFY(fixtures::difference(smallSession(3), s).empty());
    }

    void loadRefusesAnUnreadableFile() {
        if (geteuid() == 0)
            QSKIP("root reads every file whatever its permissions");
        const QString path = m_dir.filePath(QStringLiteral("unreadable.lstmsession"));
        QString error;
        QVERIFY(SessionFile::save(smallSession(), path, &error));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        session::Session s;
        QVERIFY(!SessionFile::load(path, s, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot be opened: ")),
                 qPrintable(error));
    }

    void saveInAReadOnlyFolderFailsAndKeepsTheFile() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        QTemporaryDir parent;
        QFile::setPermissions(parent.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
        const QString folder = parent.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + QStringLiteral("/kept.lstmsession");
        QString error;
        QVERIFY(SessionFile::save(smallSession(), path, &error));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
        const ChildResult child = runChild("--child-save-as-nobody", path);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QCOMPARE(child.exitCode, 1);
        QCOMPARE(child.out, path + QStringLiteral(": cannot be written: the folder ") + folder +
                                QStringLiteral(" is read-only"));
        session::Session loaded;
        QVERIFY2(SessionFile::load(path, loaded, &error), qPrintable(error));
        QVERIFY(fixtures::difference(smallSession(), loaded).empty());
    }

    void aWriteThatFailsMidwayKeepsTheFile() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        const QString path = m_dir.filePath(QStringLiteral("limited.lstmsession"));
        QString error;
        QVERIFY(SessionFile::save(smallSession(), path, &error));
        const ChildResult child = runChild("--child-save-with-file-limit", path);
        QCOMPARE(child.exitCode, 1);
        QCOMPARE(child.out, path + QStringLiteral(": cannot be written: File too large; the "
                                                  "previous file is unchanged"));
        session::Session loaded;
        QVERIFY2(SessionFile::load(path, loaded, &error), qPrintable(error));
        QVERIFY(fixtures::difference(smallSession(), loaded).empty());
    }

    /** SIGKILL a process that saves over and over, at random moments: what is on disk is always
     * a whole session, the one before or the one being saved. */
    void aKilledSaveLeavesAWholeFile() {
        SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN();
        const QString path = m_dir.filePath(QStringLiteral("killed.lstmsession"));
        QString error;
        QVERIFY(SessionFile::save(smallSession(), path, &error));
        const session::Session small = smallSession(), big = bigSession();
        int old = 0, replaced = 0;
        for (int round = 0; round < 25; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--child-save-loop"), path});
            QVERIFY(child.waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(50, 1500)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            session::Session loaded;
            QVERIFY2(SessionFile::load(path, loaded, &error), qPrintable(error));
            if (fixtures::difference(small, loaded).empty())
                ++old;
            else if (fixtures::difference(big, loaded).empty())
                ++replaced;
            else
                QFAIL("the file holds neither session");
        }
        qInfo("after 25 kills: %d times the small first session, %d times the big one", old,
              replaced);
        QCOMPARE(old + replaced, 25);
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]).starts_with("--child-"))
        return childMain(argv[1], QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestSessionFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_session_file.moc"
