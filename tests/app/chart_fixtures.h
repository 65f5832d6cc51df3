#pragma once
// A real recorded run for the training-chart tests: a tiny network trained a few epochs on short
// sine windows by training::TrainingEngine, with a step learning-rate schedule, the probe traced
// at every epoch's end, a settings change made during the run, and a snapshot after every batch.
#include "core/network.h"
#include "core/network_initializer.h"
#include "training/training_engine.h"
#include "training/training_job.h"

#include <QByteArray>
#include <QDir>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

namespace chart_fixtures {

struct RecordedRun {
    std::unique_ptr<training::TrainingEngine> engine;
    std::vector<training::TrainingSnapshot> snapshots; ///< one after every batch
    std::int64_t changeStep = 0;                       ///< where the learning rate was changed
};

/** `epochs` epochs of 4 batches of an LSTM (or `cell`) of 4 units a layer; η halves every
 * `stepSize` steps (sine windows of `window` steps), and at step `changeAt` the base rate is set to
 * 0.02 through changeSettings. */
inline RecordedRun recordRun(core::CellKind cell = core::CellKind::Lstm, int epochs = 5,
                             std::int64_t changeAt = 9, int layers = 1, std::int64_t stepSize = 3,
                             int window = 12) {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    for (int l = 0; l < layers; ++l)
        spec.layers.push_back({cell, 4, false, core::Activation::Tanh, 0.0});
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerStep;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), 7);
    training::TrainingJob job(std::move(network));
    job.taskName = "sine";
    job.taskOptions = {
        {"window", std::to_string(window)}, {"train-size", "32"}, {"eval-size", "10"}};
    job.taskSeed = 3;
    job.recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    job.recipe.optimizer.learningRate = 1e-2;
    job.recipe.batchSize = 8;
    job.recipe.epochs = epochs;
    job.seed = 11;
    session::TrainingSettings settings = job.initialSettings();
    settings.schedule.kind = core::ScheduleKind::Step;
    settings.schedule.stepSize = stepSize;
    settings.schedule.gamma = 0.5;
    job.settings = settings;
    RecordedRun run;
    run.engine = std::make_unique<training::TrainingEngine>(job);
    while (!run.engine->isDone()) {
        if (run.engine->advance() != training::TrainingEngine::Event::BatchDone)
            continue;
        training::TrainingSnapshot snapshot = run.engine->snapshot();
        snapshot.stepsPerSecond = 100.0 + double(snapshot.step); // timing is the caller's
        run.snapshots.push_back(snapshot);
        if (snapshot.step == changeAt) {
            session::TrainingSettings changed = run.engine->settings();
            changed.optimizer.learningRate = 0.02;
            run.engine->changeSettings(changed);
            run.changeStep = changeAt;
        }
    }
    run.snapshots.push_back(run.engine->snapshot()); // the last epoch validated: the run's end
    run.snapshots.back().stepsPerSecond = run.snapshots[run.snapshots.size() - 2].stepsPerSecond;
    return run;
}

/** Saves `widget` as a PNG in $LSTM_STUDIO_SHOTS (if set) under `name`, to look at. */
inline void shoot(QWidget& widget, const QString& name) {
    const QByteArray dir = qgetenv("LSTM_STUDIO_SHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

} // namespace chart_fixtures
