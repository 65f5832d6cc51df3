// lstm-studio: the LSTM Studio window, opened on a ready default session or on a model file.
#include "app/window/appearance.h"
#include "app/window/language_manager.h"
#include "app/window/main_window.h"
#include "app/window/soak_test.h"
#include "app/window/view_benchmark.h"
#include "training/autosaver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

/** `--soak MINUTES`: one line a sample, the CSV if asked, the verdict; 0 when it passed. */
/** The step of the session at `path`, read by a child `lstm-studio --saved-step`: loading a
 * large autosave then neither holds the soaked window nor counts in its memory. */
qint64 savedStepInAChild(const QString& path) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--saved-step"), path});
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit)
        return -1;
    bool ok = false;
    const qint64 step = child.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? step : -1;
}

int runSoak(double minutes, const QString& csvPath) {
    const double seconds = std::max(0.1, minutes) * 60.0;
    const double every = std::clamp(seconds / 60.0, 5.0, 30.0);
    app::SoakTest soak(seconds, every, &savedStepInAChild);
    const auto samples = soak.run([](const app::SoakTest::Sample& s) {
        std::printf("%7.0f s  %7.1f MiB  %6.0f ms late  %8lld steps  autosave %s\n", s.seconds,
                    s.residentMiB, s.worstLateMs, static_cast<long long>(s.steps),
                    s.autosaveLoads ? "loads" : "MISSING");
        std::fflush(stdout);
    });
    if (!csvPath.isEmpty()) {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(csvPath), qPrintable(file.errorString()));
            return 2;
        }
        file.write(app::SoakTest::csv(samples).toUtf8());
    }
    const app::SoakTest::Verdict verdict = app::SoakTest::judge(samples);
    std::printf("%s\n", qPrintable(app::SoakTest::describe(verdict, samples)));
    return verdict.passed() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LSTM Studio"));
    QApplication::setApplicationName(QStringLiteral("lstm-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("LSTM Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LSTM_STUDIO_VERSION));
    app::LanguageManager language;
    language.apply(app::LanguageManager::savedChoice());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A lab for teaching and learning recurrent networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption train(QStringLiteral("train"),
                                   QApplication::translate("main", "Start training at once."));
    parser.addOption(train);
    const QCommandLineOption ready(
        QStringLiteral("quit-when-ready"),
        QApplication::translate("main", "Print how long the window took to be ready, then quit."));
    parser.addOption(ready);
    parser.addPositionalArgument(
        QStringLiteral("session"),
        QApplication::translate(
            "main", "A session (or model) file to open instead of the default session."),
        QStringLiteral("[session]"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-views"),
        QApplication::translate("main", "Measure the views' frame rate and the training speed "
                                        "with and without the window, then quit."),
        QStringLiteral("seconds"));
    parser.addOption(benchmark);
    const QCommandLineOption soak(
        QStringLiteral("soak"),
        QApplication::translate("main", "Train config B with every view open for this many "
                                        "minutes, sampling memory, responsiveness and autosave; "
                                        "print the curve and the verdict, then quit."),
        QStringLiteral("minutes"));
    parser.addOption(soak);
    const QCommandLineOption soakCsv(
        QStringLiteral("soak-csv"),
        QApplication::translate("main", "Also write the soak's samples to this CSV file."),
        QStringLiteral("file"));
    parser.addOption(soakCsv);
    const QCommandLineOption autosaveSeconds(
        QStringLiteral("autosave-seconds"),
        QApplication::translate("main", "Autosave at most this often (default: every minute)."),
        QStringLiteral("seconds"));
    parser.addOption(autosaveSeconds);
    QCommandLineOption savedStep(QStringLiteral("saved-step"), QString(), QStringLiteral("file"));
    savedStep.setFlags(QCommandLineOption::HiddenFromHelp); // the soak's own helper
    parser.addOption(savedStep);
    parser.process(app);
    if (parser.isSet(savedStep)) {
        std::printf("%lld\n",
                    static_cast<long long>(app::SoakTest::savedStep(parser.value(savedStep))));
        return 0;
    }
    if (parser.isSet(soak))
        return runSoak(parser.value(soak).toDouble(), parser.value(soakCsv));
    if (parser.isSet(benchmark)) {
        const double seconds = std::max(2.0, parser.value(benchmark).toDouble());
        const app::ViewBenchmark::Result result = app::ViewBenchmark(seconds).run();
        std::printf("%s\n", qPrintable(app::ViewBenchmark::describe(result)));
        return 0;
    }

    app::Appearance appearance;
    appearance.apply(app::Appearance::savedChoice());

    app::MainWindow window;
    window.setLanguageManager(&language);
    window.setAppearance(&appearance);
    if (parser.isSet(autosaveSeconds))
        window.autosave().autosaver().setInterval(std::chrono::milliseconds(
            qint64(1000 * std::max(0.1, parser.value(autosaveSeconds).toDouble()))));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openSession(parser.positionalArguments().constFirst());
    QTimer::singleShot(0, &window, &app::MainWindow::offerRecovery);
    if (parser.isSet(train))
        QTimer::singleShot(0, &window, &app::MainWindow::train);
    if (parser.isSet(ready))
        QTimer::singleShot(0, &window, [&] {
            window.repaint(); // the whole window drawn once: what the user first sees
            std::printf("ready after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            QApplication::quit();
        });
    return app.exec();
}
