#include "app/views/gradient_lab_setup.h"

#include "app/document/network_templates.h"
#include "core/network.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"

#include <cstdlib>
#include <limits>
#include <memory>

namespace app {

namespace {

core::Index parametersOf(const core::NetworkSpec& spec) {
    return core::Network<double>(spec).parameterCount();
}

/** `spec` with every layer `hidden` units wide. */
core::NetworkSpec withHidden(core::NetworkSpec spec, core::Index hidden) {
    for (core::RecurrentLayerSpec& layer : spec.layers)
        layer.hidden = hidden;
    return spec;
}

/** `spec` with `count` layers like its first (the task's network has one). */
core::NetworkSpec withLayers(core::NetworkSpec spec, int count) {
    const core::RecurrentLayerSpec first = spec.layers.front();
    spec.layers.assign(size_t(std::max(1, count)), first);
    return spec;
}

/** The width that gives `spec` about `target` weights. */
core::NetworkSpec matchingWeights(const core::NetworkSpec& spec, core::Index target) {
    core::Index best = 1;
    core::Index bestGap = std::numeric_limits<core::Index>::max();
    for (core::Index hidden = 1; hidden <= 1024; ++hidden) {
        const core::Index weights = parametersOf(withHidden(spec, hidden));
        const core::Index gap = std::abs(weights - target);
        if (gap < bestGap) {
            best = hidden;
            bestGap = gap;
        } else if (weights > target) {
            break;
        }
    }
    return withHidden(spec, best);
}

data::TaskOptions taskOptions(const GradientLabSettings& settings) {
    return {{"lag", std::to_string(settings.lag)}};
}

std::unique_ptr<data::Task> makeTask(const GradientLabSettings& settings) {
    return data::TaskRegistry::builtIn().make(settings.task, taskOptions(settings),
                                              GradientLabSetup::kSeed);
}

} // namespace

std::vector<core::NetworkSpec> GradientLabSetup::specs(const GradientLabSettings& settings) {
    const core::NetworkSpec base = withLayers(
        withHidden(makeTask(settings)->recommendedNetwork(), settings.hidden), settings.layers);
    std::vector<core::NetworkSpec> specs = NetworkTemplates::raceSpecs(base);
    if (settings.peephole) {
        specs.push_back(specs[1]);
        for (core::RecurrentLayerSpec& layer : specs.back().layers)
            layer.cell = core::CellKind::PeepholeLstm;
    }
    if (settings.relu)
        for (core::RecurrentLayerSpec& layer : specs[0].layers)
            layer.activation = core::Activation::Relu;
    if (settings.matchWeights) {
        const core::Index target = parametersOf(specs[1]);
        for (size_t run = 0; run < specs.size(); ++run)
            if (run != 1)
                specs[run] = matchingWeights(specs[run], target);
    }
    return specs;
}

std::vector<training::TrainingJob> GradientLabSetup::jobs(const GradientLabSettings& settings) {
    const auto task = makeTask(settings);
    std::vector<training::TrainingJob> jobs;
    for (const core::NetworkSpec& spec : specs(settings)) {
        training::TrainingJob job{core::Network<double>(spec)};
        job.taskName = settings.task;
        job.taskOptions = taskOptions(settings);
        job.taskSeed = kSeed;
        job.seed = kSeed;
        job.recipe = task->recommendedRecipe();
        job.recipe.epochs = settings.epochs;
        job.recipe.clipNorm = settings.clip ? settings.clipNorm : 0.0;
        job.recipe.initialization.recurrentScale = settings.recurrentScale;
        if (settings.forgetBias != 0.0)
            job.recipe.initialization.forgetBias = settings.forgetBias;
        session::TrainingSettings training = session::TrainingSettings::fromRecipe(job.recipe);
        training.bpttTruncation = settings.truncation;
        if (settings.holdForget && core::hasCellState(spec.layers.front().cell))
            training.frozenGates.forget = 1.0; // the RNN and the GRU have no forget gate to hold
        job.settings = training;
        core::NetworkInitializer::initialize(job.network, job.recipe.initialization, kSeed);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

std::string GradientLabSetup::metricName(const GradientLabSettings& settings) {
    return makeTask(settings)->metricName();
}

} // namespace app
