#include "app/window/view_benchmark.h"

#include "app/window/main_window.h"
#include "app/window/workspace.h"
#include "core/network_initializer.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <map>
#include <vector>

namespace app {

namespace {

/** The docks that show the network (the others hold controls, drawn only when they change). */
const QStringList kViews = {QStringLiteral("chartDock"),     QStringLiteral("gatesDock"),
                            QStringLiteral("cellDock"),      QStringLiteral("arithmeticDock"),
                            QStringLiteral("gradientsDock"), QStringLiteral("timelineDock"),
                            QStringLiteral("chartsDock"),    QStringLiteral("fadingDock"),
                            QStringLiteral("outputDock")};

/** Counts the paint events of the widgets it watches. */
class PaintCounter : public QObject {
public:
    void watch(QWidget* widget, const QString& name) {
        QWidget* painted = widget;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(widget))
            painted = area->viewport();
        painted->installEventFilter(this);
        m_names[painted] = name;
        m_widgets.push_back(painted);
    }
    const std::vector<QWidget*>& widgets() const { return m_widgets; }
    void reset() { m_counts.clear(); }
    int count(QWidget* widget) const {
        const auto it = m_counts.find(widget);
        return it == m_counts.end() ? 0 : it->second;
    }
    QString name(QWidget* widget) const { return m_names.at(widget); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++m_counts[static_cast<QWidget*>(watched)];
        return false;
    }

private:
    std::vector<QWidget*> m_widgets;
    std::map<QWidget*, QString> m_names;
    std::map<QWidget*, int> m_counts;
};

/** Steps per second of a run on `controller` over `seconds`, after a second of warm-up. */
double measureSteps(training::TrainingController& controller, double seconds,
                    const std::function<void()>& onWarm = {}) {
    std::int64_t step = 0;
    QObject::connect(&controller, &training::TrainingController::snapshotReady, &controller,
                     [&](const training::TrainingSnapshot& s) { step = s.step; });
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (onWarm)
        onWarm();
    const std::int64_t first = step;
    clock.restart();
    while (clock.elapsed() < qint64(seconds * 1000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double elapsed = double(clock.elapsed()) / 1000.0;
    return double(step - first) / elapsed;
}

} // namespace

ViewBenchmark::ViewBenchmark(double seconds)
    : m_seconds(seconds) {}

training::TrainingJob ViewBenchmark::configB() {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 128}};
    spec.outputSize = 1;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), 1);
    training::TrainingJob job(std::move(network));
    job.taskName = "sine";
    job.taskOptions = {{"window", "100"}, {"train-size", "640"}, {"eval-size", "32"}};
    job.recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    job.recipe.batchSize = 32;
    job.recipe.epochs = 100000; // never ends while measured
    return job;
}

QList<std::pair<QWidget*, QString>> ViewBenchmark::openEveryView(MainWindow& window) {
    QList<std::pair<QWidget*, QString>> views;
    int placed = 0;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        dock->setFloating(true);
        dock->resize(520, 360);
        dock->move(40 + (placed % 4) * 40, 40 + (placed % 4) * 30);
        dock->show();
        if (kViews.contains(dock->objectName()))
            views.append({dock->widget(), dock->objectName()});
        ++placed;
    }
    views.append(
        {window.centralWidget()->findChild<QAbstractScrollArea*>(), QStringLiteral("editor")});
    return views;
}

ViewBenchmark::Result ViewBenchmark::run() {
    // Alone, with the window, alone again: the machine's drift shows in the two baselines, and
    // their mean is the baseline.
    Result result;
    const double before = trainAlone();
    trainWithViews(result);
    result.trainingAlone = (before + trainAlone()) / 2.0;
    return result;
}

double ViewBenchmark::trainAlone() {
    training::TrainingController controller;
    controller.start(configB());
    const double steps = measureSteps(controller, m_seconds);
    controller.stop();
    while (controller.isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return steps;
}

void ViewBenchmark::trainWithViews(Result& result) {
    QTemporaryDir autosave;
    MainWindow window(nullptr, autosave.path());
    window.resize(1400, 900);
    window.show();
    PaintCounter counter;
    for (const auto& [view, name] : openEveryView(window))
        counter.watch(view, name);
    QTimer frames;
    QObject::connect(&frames, &QTimer::timeout, &window, [&counter] {
        for (QWidget* widget : counter.widgets())
            widget->update();
    });
    frames.start(16);
    training::TrainingController& controller = *window.workspace().controller();
    controller.start(configB());
    QElapsedTimer clock;
    result.trainingWithViews = measureSteps(controller, m_seconds, [&] {
        counter.reset();
        clock.start();
    });
    const double elapsed = double(clock.elapsed()) / 1000.0;
    std::vector<std::pair<double, QString>> rates;
    for (QWidget* widget : counter.widgets())
        rates.emplace_back(counter.count(widget) / elapsed, counter.name(widget));
    std::sort(rates.begin(), rates.end());
    result.slowestFrames = rates.front().first;
    result.slowestView = rates.front().second;
    result.framesPerSecond = rates[rates.size() / 2].first;
    frames.stop();
    controller.stop();
    while (controller.isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

QString ViewBenchmark::describe(const Result& result) {
    const double change = 100.0 * (result.trainingWithViews / result.trainingAlone - 1.0);
    return QStringLiteral("views: %1 frames/s (slowest: %2 %3) · training %4 steps/s alone, %5 "
                          "with the window (%6%)")
        .arg(result.framesPerSecond, 0, 'f', 1)
        .arg(result.slowestView)
        .arg(result.slowestFrames, 0, 'f', 1)
        .arg(result.trainingAlone, 0, 'f', 0)
        .arg(result.trainingWithViews, 0, 'f', 0)
        .arg(change, 0, 'f', 1);
}

} // namespace app
