#include "session/training_settings.h"

#include "session/plain_number.h"

#include <cmath>
#include <map>

namespace session {

namespace {

std::string dropoutText(const std::optional<double>& dropout) {
    return dropout ? plainNumber(*dropout) : std::string("as the network says");
}

std::string truncationText(int steps) {
    return steps > 0 ? "truncated to " + std::to_string(steps) + (steps == 1 ? " step" : " steps")
                     : std::string("full");
}

std::string gateText(const std::optional<double>& value) {
    return value ? "frozen at " + plainNumber(*value) : std::string("learned");
}

std::string groupText(const core::GroupTraining& group) {
    if (group.frozen)
        return "frozen";
    return group.rateScale == 1.0 ? std::string("trained")
                                  : "rate ×" + plainNumber(group.rateScale);
}

/** One phrase a group whose training differs: "layer0 trained → frozen". */
void compareGroups(std::vector<std::string>& out, const core::GroupTrainingMap& before,
                   const core::GroupTrainingMap& after) {
    std::map<std::string, std::pair<core::GroupTraining, core::GroupTraining>> all;
    for (const auto& [name, group] : before)
        all[name].first = group;
    for (const auto& [name, group] : after)
        all[name].second = group;
    for (const auto& [name, pair] : all)
        if (groupText(pair.first) != groupText(pair.second))
            out.push_back(name + " " + groupText(pair.first) + " → " + groupText(pair.second));
}

void compare(std::vector<std::string>& out, const std::string& what, double before, double after) {
    if (before != after)
        out.push_back(what + " " + plainNumber(before) + " → " + plainNumber(after));
}

} // namespace

TrainingSettings TrainingSettings::fromRecipe(const data::TrainingRecipe& recipe) {
    TrainingSettings settings;
    settings.optimizer = recipe.optimizer;
    settings.clipNorm = recipe.clipNorm;
    settings.batchSize = recipe.batchSize;
    settings.epochs = recipe.epochs;
    return settings;
}

std::string TrainingSettings::validate() const {
    if (!(optimizer.learningRate > 0) || !std::isfinite(optimizer.learningRate))
        return "the learning rate must be a positive number";
    if (optimizer.weightDecay < 0 || !std::isfinite(optimizer.weightDecay))
        return "the weight decay must be zero or positive";
    if (clipNorm < 0 || !std::isfinite(clipNorm))
        return "the clipping threshold must be zero (no clipping) or positive";
    if (dropout && !(*dropout >= 0 && *dropout < 1))
        return "the dropout must be at least 0 and below 1";
    if (batchSize < 1)
        return "the batch size must be at least 1";
    if (epochs < 0)
        return "the number of epochs cannot be negative";
    if (patience < 0)
        return "the early-stopping patience cannot be negative";
    if (std::string problem = recurrentOptions().problem(); !problem.empty())
        return problem;
    for (const auto& [name, group] : groups)
        if (!(group.rateScale >= 0) || !std::isfinite(group.rateScale))
            return "the learning-rate factor of " + name + " must be zero or positive";
    return {};
}

std::vector<std::string> describeChanges(const TrainingSettings& before,
                                         const TrainingSettings& after) {
    std::vector<std::string> out;
    const core::OptimizerSettings& a = before.optimizer;
    const core::OptimizerSettings& b = after.optimizer;
    if (a.kind != b.kind)
        out.push_back("optimizer " + core::optimizerKindName(a.kind) + " → " +
                      core::optimizerKindName(b.kind));
    compare(out, "learning rate", a.learningRate, b.learningRate);
    compare(out, "weight decay", a.weightDecay, b.weightDecay);
    compare(out, "momentum", a.momentum, b.momentum);
    compare(out, "beta1", a.beta1, b.beta1);
    compare(out, "beta2", a.beta2, b.beta2);
    compare(out, "eps", a.eps, b.eps);
    compare(out, "alpha", a.alpha, b.alpha);
    if (a.nesterov != b.nesterov)
        out.push_back(std::string("Nesterov momentum ") + (b.nesterov ? "on" : "off"));
    if (before.schedule.kind != after.schedule.kind)
        out.push_back("schedule " + core::scheduleKindName(before.schedule.kind) + " → " +
                      core::scheduleKindName(after.schedule.kind));
    const core::LearningRateSchedule& s = before.schedule;
    const core::LearningRateSchedule& t = after.schedule;
    if (s.kind == t.kind &&
        (s.stepSize != t.stepSize || s.gamma != t.gamma || s.maxSteps != t.maxSteps ||
         s.minimumRate != t.minimumRate || s.warmupSteps != t.warmupSteps))
        out.push_back("schedule " + core::scheduleKindName(t.kind) + " parameters changed");
    compare(out, "clipping threshold", before.clipNorm, after.clipNorm);
    if (before.dropout != after.dropout)
        out.push_back("dropout " + dropoutText(before.dropout) + " → " +
                      dropoutText(after.dropout));
    compare(out, "batch size", double(before.batchSize), double(after.batchSize));
    compare(out, "epochs", before.epochs, after.epochs);
    compare(out, "early-stopping patience", before.patience, after.patience);
    if (before.stopWhenSolved != after.stopWhenSolved)
        out.push_back(std::string("stop when solved ") + (after.stopWhenSolved ? "on" : "off"));
    if (before.bpttTruncation != after.bpttTruncation)
        out.push_back("backpropagation through time " + truncationText(before.bpttTruncation) +
                      " → " + truncationText(after.bpttTruncation));
    if (before.frozenGates.forget != after.frozenGates.forget)
        out.push_back("forget gate " + gateText(before.frozenGates.forget) + " → " +
                      gateText(after.frozenGates.forget));
    if (before.frozenGates.input != after.frozenGates.input)
        out.push_back("input gate " + gateText(before.frozenGates.input) + " → " +
                      gateText(after.frozenGates.input));
    compareGroups(out, before.groups, after.groups);
    return out;
}

} // namespace session
