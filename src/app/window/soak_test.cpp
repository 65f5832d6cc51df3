#include "app/window/soak_test.h"

#include "app/window/main_window.h"
#include "app/window/view_benchmark.h"
#include "app/window/workspace.h"
#include "training/autosaver.h"
#include "training/session_file.h"
#include "training/training_engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <functional>

namespace app {

namespace {

constexpr int kTickMs = 20;

double median(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2),
                     values.end());
    return values[values.size() / 2];
}

/** Config B as a session file, so that the window trains it as it would a user's session. */
QString writeConfigB(const QString& folder) {
    const training::TrainingEngine engine(ViewBenchmark::configB());
    const QString path = QDir(folder).filePath(QStringLiteral("config-b.lstmsession"));
    QString error;
    if (!training::SessionFile::save(engine.saveSession(), path, &error))
        qFatal("soak: %s", qPrintable(error));
    return path;
}

} // namespace

SoakTest::SoakTest(double seconds, double sampleSeconds, StepReader readStep)
    : m_seconds(seconds)
    , m_sampleSeconds(sampleSeconds)
    , m_readStep(readStep ? std::move(readStep) : StepReader(&SoakTest::savedStep)) {}

qint64 SoakTest::savedStep(const QString& path) {
    session::Session saved;
    QString error;
    if (path.isEmpty() || !training::SessionFile::load(path, saved, &error))
        return -1;
    return saved.position.step;
}

double SoakTest::residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    return 0.0;
}

std::vector<SoakTest::Sample> SoakTest::run(const std::function<void(const Sample&)>& progress) {
    QTemporaryDir folder;
    MainWindow window(nullptr, folder.filePath(QStringLiteral("autosave")));
    window.resize(1400, 900);
    window.show();
    window.openSession(writeConfigB(folder.path()));
    const auto views = ViewBenchmark::openEveryView(window);
    QTimer frames; // every view redrawn at an animation's rate
    connect(&frames, &QTimer::timeout, &window, [&views] {
        for (const auto& view : views)
            view.first->update();
    });
    frames.start(16);
    QElapsedTimer sinceTick;
    double worstLate = 0.0;
    QTimer tick; // how late the window's thread answers
    connect(&tick, &QTimer::timeout, &window, [&] {
        worstLate = std::max(worstLate, double(sinceTick.nsecsElapsed()) / 1e6 - kTickMs);
        sinceTick.restart();
    });
    sinceTick.start();
    tick.start(kTickMs);
    training::Autosaver& autosaver = window.autosave().autosaver();
    autosaver.setInterval(std::chrono::milliseconds(qint64(m_sampleSeconds * 1000 / 3)));
    QString lastAutosave;
    connect(&autosaver, &training::Autosaver::saved, &window,
            [&lastAutosave](const QString& path) { lastAutosave = path; });
    qint64 steps = 0;
    connect(window.workspace().controller(), &training::TrainingController::snapshotReady, &window,
            [&steps](const training::TrainingSnapshot& s) { steps = s.step; });
    window.train();

    std::vector<Sample> samples;
    qint64 lastSavedStep = -1;
    QElapsedTimer clock;
    clock.start();
    for (int n = 1; double(clock.elapsed()) < m_seconds * 1000; ++n) {
        while (double(clock.elapsed()) < std::min(m_seconds, n * m_sampleSeconds) * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        Sample sample{double(clock.elapsed()) / 1000, residentMiB(), worstLate, steps, false};
        const qint64 step = m_readStep(lastAutosave);
        sample.autosaveLoads = step > lastSavedStep;
        lastSavedStep = std::max(lastSavedStep, step);
        worstLate = 0.0; // the check above is the soak's own work, not the window's
        sinceTick.restart();
        samples.push_back(sample);
        if (progress)
            progress(sample);
    }
    window.stopTraining();
    while (window.isTraining())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    window.autosave().closeCleanly();
    return samples;
}

SoakTest::Verdict SoakTest::judge(const std::vector<Sample>& samples) {
    Verdict verdict;
    const std::size_t quarter = std::max<std::size_t>(1, samples.size() / 4);
    std::vector<double> second, last;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (i >= quarter && i < 2 * quarter)
            second.push_back(samples[i].residentMiB);
        if (i + quarter >= samples.size())
            last.push_back(samples[i].residentMiB);
    }
    const double before = median(second.empty() ? last : second), after = median(last);
    verdict.memoryGrowth = before > 0 ? after / before - 1.0 : 0.0;
    verdict.memoryFlat = before > 0 && after <= before * 1.10 && after - before <= 16.0;
    verdict.responsive = std::all_of(samples.begin(), samples.end(),
                                     [](const Sample& s) { return s.worstLateMs <= 250.0; });
    verdict.autosaveWorks =
        samples.size() >= 2 && std::all_of(samples.begin() + 1, samples.end(),
                                           [](const Sample& s) { return s.autosaveLoads; });
    return verdict;
}

QString SoakTest::csv(const std::vector<Sample>& samples) {
    QString out = QStringLiteral("seconds,resident_mib,worst_late_ms,steps,autosave_loads\n");
    for (const Sample& s : samples)
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(s.seconds, 0, 'f', 1)
                   .arg(s.residentMiB, 0, 'f', 1)
                   .arg(s.worstLateMs, 0, 'f', 1)
                   .arg(s.steps)
                   .arg(s.autosaveLoads ? 1 : 0);
    return out;
}

QString SoakTest::describe(const Verdict& verdict, const std::vector<Sample>& samples) {
    double worst = 0.0;
    for (const Sample& s : samples)
        worst = std::max(worst, s.worstLateMs);
    const auto word = [](bool ok) {
        return ok ? QStringLiteral("yes") : QStringLiteral("NO");
    };
    return QStringLiteral("soak: %1 samples over %2 s, %3 steps · memory flat: %4 (%5%, %6 → %7 "
                          "MiB) · responsive: %8 (worst %9 ms late) · autosave: %10 · %11")
        .arg(samples.size())
        .arg(samples.empty() ? 0.0 : samples.back().seconds, 0, 'f', 0)
        .arg(samples.empty() ? 0 : samples.back().steps)
        .arg(word(verdict.memoryFlat))
        .arg(100.0 * verdict.memoryGrowth, 0, 'f', 1)
        .arg(samples.empty() ? 0.0 : samples.front().residentMiB, 0, 'f', 0)
        .arg(samples.empty() ? 0.0 : samples.back().residentMiB, 0, 'f', 0)
        .arg(word(verdict.responsive))
        .arg(worst, 0, 'f', 0)
        .arg(word(verdict.autosaveWorks))
        .arg(verdict.passed() ? QStringLiteral("PASSED") : QStringLiteral("FAILED"));
}

} // namespace app
