// lstm-studio: the LSTM Studio window, opened on a ready default session or on a model file.
#include "app/window/appearance.h"
#include "app/window/language_manager.h"
#include "app/window/main_window.h"
#include "app/window/view_benchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>

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
    parser.process(app);
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
