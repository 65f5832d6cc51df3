#pragma once
// Small training jobs on the sine task for the training tests.
#include "core/network_initializer.h"
#include "training/training_job.h"

#include <string>

namespace fixtures {

/** A network of `layers` `cell` layers of `hidden` units reading one feature per step. */
inline core::NetworkSpec sineNetwork(core::CellKind cell = core::CellKind::Lstm,
                                     core::Index hidden = 8, int layers = 1) {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    for (int l = 0; l < layers; ++l)
        spec.layers.push_back({cell, hidden, false, core::Activation::Tanh, 0.0});
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerStep;
    return spec;
}

/** Training that network on `trainSize` sine windows of `window` steps, Adam, batch 16. */
inline training::TrainingJob sineJob(core::NetworkSpec spec = sineNetwork(), int epochs = 2,
                                     int trainSize = 160, int window = 20) {
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), 7);
    training::TrainingJob job(std::move(network));
    job.taskName = "sine";
    job.taskOptions = {{"window", std::to_string(window)},
                       {"train-size", std::to_string(trainSize)},
                       {"eval-size", "32"}};
    job.taskSeed = 3;
    job.recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    job.recipe.optimizer.learningRate = 1e-2;
    job.recipe.batchSize = 16;
    job.recipe.epochs = epochs;
    job.recipe.clipNorm = 1.0;
    job.seed = 11;
    return job;
}

/** Plain SGD at `rate`, no clipping: a step moves the weights by exactly −rate·g. */
inline session::TrainingSettings sgdSettings(double rate, int epochs = 2) {
    session::TrainingSettings settings;
    settings.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Sgd);
    settings.optimizer.learningRate = rate;
    settings.clipNorm = 0;
    settings.batchSize = 16;
    settings.epochs = epochs;
    return settings;
}

} // namespace fixtures
