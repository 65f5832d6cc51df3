#pragma once
// Real tasks and networks for the output-view tests: a task from the registry with small splits,
// a network of the task's recommended shape (made smaller) with seeded random weights, and a
// short training run of it when a test wants a network that has learnt something.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"
#include "probe_fixtures.h"
#include "training/training_engine.h"
#include "training/training_job.h"

#include <QCoreApplication>
#include <QPalette>
#include <memory>

namespace output_fixtures {

inline std::unique_ptr<data::Task> makeTask(const std::string& name,
                                            const data::TaskOptions& options, unsigned seed = 3) {
    return data::TaskRegistry::builtIn().make(name, options, seed);
}

/** The task's recommended network with one recurrent layer of `hidden` units, random weights. */
inline core::Network<double> smallNetwork(const data::Task& task, core::Index hidden = 16,
                                          unsigned seed = 7) {
    core::NetworkSpec spec = task.recommendedNetwork();
    spec.layers.resize(1);
    spec.layers[0].hidden = hidden;
    spec.layers[0].dropoutAfter = 0.0;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, task.recommendedRecipe().initialization, seed);
    return network;
}

/** `epochs` epochs of smallNetwork() on the named task, as the app trains it. */
inline std::unique_ptr<training::TrainingEngine> trained(const std::string& name,
                                                         const data::TaskOptions& options,
                                                         int epochs, core::Index hidden = 16,
                                                         double learningRate = 1e-2) {
    const std::unique_ptr<data::Task> task = makeTask(name, options);
    training::TrainingJob job(smallNetwork(*task, hidden));
    job.taskName = name;
    job.taskOptions = options;
    job.taskSeed = 3;
    job.recipe = task->recommendedRecipe();
    job.recipe.optimizer.learningRate = learningRate;
    job.recipe.batchSize = 16;
    job.recipe.epochs = epochs;
    auto engine = std::make_unique<training::TrainingEngine>(job);
    while (!engine->isDone())
        engine->advance();
    return engine;
}

inline std::shared_ptr<const core::Network<double>> networkOf(const training::TrainingEngine& e) {
    return std::make_shared<const core::Network<double>>(e.network().converted<double>());
}

/** Grabs `widget` in the light and in the dark palette to /tmp/output-<name>-{light,dark}.png. */
inline void screenshots(QWidget& widget, const QString& name) {
    const QPalette light = widget.palette();
    QCoreApplication::processEvents(); // charts lay out their titles on the event loop
    widget.grab().save(QStringLiteral("/tmp/output-%1-light.png").arg(name));
    widget.setPalette(probe_fixtures::darkPalette());
    QCoreApplication::processEvents();
    widget.grab().save(QStringLiteral("/tmp/output-%1-dark.png").arg(name));
    widget.setPalette(light);
}

} // namespace output_fixtures
