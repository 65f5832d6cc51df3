#pragma once
// Real tasks and networks for the output-view tests: a task from the registry with small splits,
// a network of the task's recommended shape (made smaller) with seeded random weights, and a
// short training run of it when a test wants a network that has learnt something.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"
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

/** A dark palette like a dark desktop theme's. */
inline QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

/** Grabs `widget` in the light and in the dark palette to /tmp/output-<name>-{light,dark}.png. */
inline void screenshots(QWidget& widget, const QString& name) {
    const QPalette light = widget.palette();
    QCoreApplication::processEvents(); // charts lay out their titles on the event loop
    widget.grab().save(QStringLiteral("/tmp/output-%1-light.png").arg(name));
    widget.setPalette(darkPalette());
    QCoreApplication::processEvents();
    widget.grab().save(QStringLiteral("/tmp/output-%1-dark.png").arg(name));
    widget.setPalette(light);
}

} // namespace output_fixtures
