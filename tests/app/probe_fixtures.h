#pragma once
// Real probe traces for the probe-view tests: a small network with random weights run forward by
// the core with a trace, and a short training run whose history keeps a trace per epoch.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "data/task.h"
#include "session/probe_trace.h"
#include "training/training_engine.h"
#include "training/training_job.h"

#include <memory>
#include <random>
#include <string>

namespace probe_fixtures {

/** `layers` layers of `cell` with `hidden` units reading `inputs` features, weights ±0.8. */
inline core::Network<double> randomNetwork(core::CellKind cell, core::Index hidden, int layers = 1,
                                           bool bidirectional = false, core::Index inputs = 3,
                                           core::Activation activation = core::Activation::Tanh,
                                           unsigned seed = 5) {
    core::NetworkSpec spec;
    spec.inputSize = inputs;
    for (int l = 0; l < layers; ++l)
        spec.layers.push_back({cell, hidden, bidirectional, activation, 0.0});
    spec.outputSize = 2;
    spec.outputMode = core::OutputMode::PerStep;
    core::Network<double> network(spec);
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> uniform(-0.8, 0.8);
    for (core::Index k = 0; k < network.values().size(); ++k)
        network.values()[k] = uniform(random);
    return network;
}

/** One sequence of `steps` steps of random features in [−1, 1]. */
inline core::SequenceBatch<double> randomSequence(core::Index steps, core::Index inputs,
                                                  unsigned seed = 9) {
    core::SequenceBatch<double> batch;
    batch.steps = steps;
    batch.batch = 1;
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    batch.inputs.resize(steps, inputs);
    for (core::Index k = 0; k < batch.inputs.size(); ++k)
        batch.inputs.data()[k] = uniform(random);
    return batch;
}

/** The core's own forward trace of `network` on `batch`, in single precision as the app has it. */
inline std::shared_ptr<const session::ProbeTrace>
traceOf(const core::Network<double>& network, const core::SequenceBatch<double>& batch) {
    const core::Network<float> single = network.converted<float>();
    core::SequenceBatch<float> input;
    input.steps = batch.steps;
    input.batch = batch.batch;
    input.inputs = batch.inputs.cast<float>();
    input.tokens = batch.tokens;
    core::NetworkExecutor<float> executor(single);
    core::NetworkTrace<float> trace;
    const core::Matrix<float> outputs = executor.forward(input, &trace);
    return std::make_shared<session::ProbeTrace>(
        session::ProbeTrace::fromNetworkTrace(trace, outputs, batch.steps));
}

/** A training run of `epochs` epochs of a `hidden`-unit `cell` network on short sine windows. */
inline std::unique_ptr<training::TrainingEngine>
trainedEngine(core::CellKind cell, core::Index hidden = 4, int epochs = 3) {
    core::NetworkSpec spec;
    spec.inputSize = 1;
    spec.layers.push_back({cell, hidden, false, core::Activation::Tanh, 0.0});
    spec.outputSize = 1;
    spec.outputMode = core::OutputMode::PerStep;
    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions(), 7);
    training::TrainingJob job(std::move(network));
    job.taskName = "sine";
    job.taskOptions = {{"window", "12"}, {"train-size", "32"}, {"eval-size", "10"}};
    job.taskSeed = 3;
    job.recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    job.recipe.optimizer.learningRate = 1e-2;
    job.recipe.batchSize = 16;
    job.recipe.epochs = epochs;
    job.seed = 11;
    auto engine = std::make_unique<training::TrainingEngine>(job);
    while (!engine->isDone())
        engine->advance();
    return engine;
}

/** The engine's probe sequence, as the trace was recorded on it. */
inline core::SequenceBatch<double> probeInput(const training::TrainingEngine& engine) {
    return engine.task().batch(data::Split::Validation, 1, engine.probeSequence(), 0);
}

} // namespace probe_fixtures

#include <QPalette>

namespace probe_fixtures {

/** A dark palette like a dark desktop theme's, to check the views read on it. */
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
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

} // namespace probe_fixtures
