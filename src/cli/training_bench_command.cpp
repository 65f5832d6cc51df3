#include "cli/training_bench_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "core/network_initializer.h"
#include "core/training_step.h"
#include "data/batch_cast.h"
#include "data/task_registry.h"
#include "training/training_controller.h"
#include "training/training_engine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace cli {

namespace {

struct RunConfig {
    QString name;
    core::Index hidden, window, batch, batches;
    int epochs;
};

training::TrainingJob jobOf(const RunConfig& config) {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, config.hidden}};
    spec.outputSize = 1;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), 1);
    training::TrainingJob job(std::move(network));
    job.taskName = "sine";
    job.taskOptions = {{"window", std::to_string(config.window)},
                       {"train-size", std::to_string(config.batch * config.batches)},
                       {"eval-size", std::to_string(config.batch)}};
    job.recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    job.recipe.batchSize = config.batch;
    job.recipe.epochs = config.epochs;
    return job;
}

double secondsOf(const std::function<void()>& work) {
    QElapsedTimer clock;
    clock.start();
    work();
    return double(clock.nsecsElapsed()) * 1e-9;
}

double stepLoop(const training::TrainingJob& job) {
    core::Network<float> network = job.network.converted<float>();
    const auto task = data::TaskRegistry::builtIn().make(job.taskName, job.taskOptions, 1);
    core::TrainingStep<float> step(network, task->lossKind(), job.recipe.optimizer, 1);
    const core::Index batches = task->batchCount(data::Split::Train, job.recipe.batchSize);
    return secondsOf([&] {
        for (int epoch = 0; epoch < job.recipe.epochs; ++epoch)
            for (core::Index i = 0; i < batches; ++i)
                step.run(data::castBatch<float>(
                    task->batch(data::Split::Train, job.recipe.batchSize, i, epoch)));
    });
}

double engineLoop(const training::TrainingJob& job) {
    training::TrainingEngine engine(job);
    using Event = training::TrainingEngine::Event;
    return secondsOf([&] {
        while (engine.advance() != Event::RunDone) {
        }
    });
}

/** A run on a controller, timed from resume to finished; `trace`: a view reads the probe. */
double controllerRun(training::TrainingJob job, bool trace) {
    job.startPaused = true;
    training::TrainingController controller;
    QEventLoop loop;
    double sink = 0; // what a view would draw
    QObject::connect(&controller, &training::TrainingController::snapshotReady,
                     [&](const training::TrainingSnapshot& snapshot) {
                         if (snapshot.probe && !snapshot.probe->layers.empty())
                             sink += double(snapshot.probe->layers.front().hidden.sum());
                     });
    QObject::connect(&controller, &training::TrainingController::finished, &loop,
                     &QEventLoop::quit);
    QObject::connect(&controller, &training::TrainingController::commandAnswered, &loop,
                     &QEventLoop::quit);
    controller.start(job);
    controller.trace(trace ? std::optional<core::Index>(0) : std::nullopt);
    loop.exec(); // the worker has made its engine and answered
    QObject::disconnect(&controller, &training::TrainingController::commandAnswered, &loop,
                        &QEventLoop::quit);
    const double seconds = secondsOf([&] {
        controller.resume();
        loop.exec();
    });
    return sink == 12345.678 ? 0 : seconds; // keeps `sink` alive
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

QString TrainingBenchCommand::summary() const {
    return tr("time training with snapshots and tracing on versus off (configs A and B)");
}

int TrainingBenchCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(name(), QStringLiteral("[--config A|B] [--repeats N]"),
                          tr("Trains the same run as a plain step loop, through the engine, "
                             "through the worker thread, and with a view tracing the probe, "
                             "alternately, and prints each one's median time and its ratio "
                             "to the engine's."));
    parser.addOption(QStringLiteral("--config"), QStringLiteral("NAME"),
                     tr("A or B (default: both)"));
    parser.addOption(QStringLiteral("--repeats"), QStringLiteral("N"),
                     tr("runs of each kind (default 5)"));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    const std::vector<RunConfig> all = {{QStringLiteral("A"), 32, 50, 16, 200, 3},
                                        {QStringLiteral("B"), 128, 100, 32, 20, 6}};
    const QString wanted = parser.value(QStringLiteral("--config")).toUpper();
    const int repeats = int(parser.integer(QStringLiteral("--repeats"), 1, 1000, 5));
    bool any = false;
    for (const RunConfig& config : all) {
        if (!wanted.isEmpty() && wanted != config.name)
            continue;
        any = true;
        const training::TrainingJob job = jobOf(config);
        std::vector<double> step, engine, worker, view;
        for (int r = 0; r < repeats; ++r) { // alternate, so that load drifts hit all alike
            step.push_back(stepLoop(job));
            engine.push_back(engineLoop(job));
            worker.push_back(controllerRun(job, false));
            view.push_back(controllerRun(job, true));
        }
        const double base = median(engine);
        out << tr("%1: step %2 s (%3), engine %4 s (1), worker %5 s (%6), view %7 s (%8); "
                  "view overhead %9%")
                   .arg(config.name)
                   .arg(median(step), 0, 'f', 3)
                   .arg(median(step) / base, 0, 'f', 3)
                   .arg(base, 0, 'f', 3)
                   .arg(median(worker), 0, 'f', 3)
                   .arg(median(worker) / base, 0, 'f', 3)
                   .arg(median(view), 0, 'f', 3)
                   .arg(median(view) / base, 0, 'f', 3)
                   .arg((median(view) / base - 1) * 100, 0, 'f', 1)
            << '\n';
        out.flush();
    }
    if (!any)
        throw CliError(tr("unknown config '%1' for --config (expected A or B)")
                           .arg(parser.value(QStringLiteral("--config"))));
    return 0;
}

} // namespace cli
