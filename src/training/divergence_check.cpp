#include "training/divergence_check.h"

#include "session/plain_number.h"

#include <cmath>
#include <string>
#include <utility>

namespace training {

namespace {

/** The first element of `values` that is NaN or ±∞, by parameter tensor. */
std::pair<const core::ParameterInfo*, core::Index>
firstNonFinite(const core::Network<float>& network, const core::Vector<float>& values) {
    for (const core::ParameterInfo& info : network.parameterInfos()) {
        const auto segment = values.segment(info.offset, info.size());
        if (segment.allFinite())
            continue;
        for (core::Index i = 0; i < segment.size(); ++i)
            if (!std::isfinite(segment[i]))
                return {&info, i};
    }
    return {nullptr, -1};
}

} // namespace

std::optional<session::DivergenceReport>
DivergenceCheck::inspect(const core::Network<float>& network, const core::Vector<float>& gradients,
                         double loss, double gradientNorm, const Position& position) {
    const bool weightsBad = !network.values().allFinite();
    const bool gradientBad = !std::isfinite(gradientNorm);
    if (std::isfinite(loss) && !gradientBad && !weightsBad)
        return std::nullopt;
    session::DivergenceReport report;
    report.step = position.step;
    report.epoch = position.epoch;
    report.loss = loss;
    report.gradientNorm = gradientNorm;
    report.quantity = weightsBad    ? session::DivergenceReport::Quantity::Weights
                      : gradientBad ? session::DivergenceReport::Quantity::Gradient
                                    : session::DivergenceReport::Quantity::Loss;
    std::string where = "the loss";
    if (weightsBad || gradientBad) {
        const auto [info, element] =
            firstNonFinite(network, weightsBad ? network.values() : gradients);
        if (info) {
            report.parameter = info->name;
            report.element = element;
            where = std::string(weightsBad ? "the weights" : "the gradient") + " of " + info->name +
                    " (element " + std::to_string(element) + ")";
        }
    }
    report.message = "Training diverged at step " + std::to_string(position.step) + " (epoch " +
                     std::to_string(position.epoch) + "): " + where +
                     " became NaN or infinite; the loss was " + session::plainNumber(loss) +
                     " and the gradient norm " + session::plainNumber(gradientNorm) +
                     " before clipping. Roll back to the weights of step " +
                     std::to_string(position.lastGoodStep) +
                     " and lower the learning rate or clip the gradient.";
    return report;
}

} // namespace training
