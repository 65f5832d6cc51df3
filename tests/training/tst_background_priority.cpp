#include "training/background_priority.h"
#include "training/training_controller.h"
#include "training_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <thread>

using training::BackgroundPriority;

namespace {

/** Every thread's nice value, read from /proc (field 19 of a task's stat), not through the class.
 */
QList<int> niceOfEveryThread() {
    QList<int> nices;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After "pid (comm) ": state is field 3, nice field 19.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16)
            nices.append(fields[16].toInt());
    }
    return nices;
}

} // namespace

class TestBackgroundPriority : public QObject {
    Q_OBJECT

private slots:
    void init() {
#ifndef Q_OS_LINUX
        QSKIP("thread nice values are Linux's");
#endif
    }

    void lowersOnlyTheCallingThreadAndWhatItStarts() {
        const int before = BackgroundPriority::niceOfThisThread();
        int lowered = -100, child = -100;
        bool done = false;
        std::thread background([&] {
            done = BackgroundPriority::lowerThisThread();
            lowered = BackgroundPriority::niceOfThisThread();
            std::thread([&] { child = BackgroundPriority::niceOfThisThread(); }).join();
        });
        background.join();
        QVERIFY(done);
        QCOMPARE(lowered, BackgroundPriority::kNice);
        QCOMPARE(child, BackgroundPriority::kNice); // the core's worker pool inherits it
        QCOMPARE(BackgroundPriority::niceOfThisThread(), before); // the window's thread keeps its
    }

    void theTrainingThreadsRunBelowTheWindow() {
        QVERIFY(!niceOfEveryThread().contains(BackgroundPriority::kNice));
        training::TrainingJob job = fixtures::sineJob(fixtures::sineNetwork(), 1000);
        job.threads = 2; // a worker pool too
        training::TrainingController controller;
        QVERIFY(controller.start(job));
        QTRY_VERIFY(niceOfEveryThread().count(BackgroundPriority::kNice) >= 2);
        QCOMPARE(BackgroundPriority::niceOfThisThread(), 0);
        controller.stop();
        QTRY_COMPARE(controller.state(), training::TrainingController::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_background_priority.moc"
