#include "core/learning_rate_schedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace core {

std::string scheduleKindName(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Constant:
        return "constant";
    case ScheduleKind::Step:
        return "step";
    case ScheduleKind::Exponential:
        return "exponential";
    case ScheduleKind::Cosine:
        return "cosine";
    }
    return "constant";
}

std::optional<ScheduleKind> scheduleKindFromName(std::string_view name) {
    for (ScheduleKind kind : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential,
                              ScheduleKind::Cosine})
        if (scheduleKindName(kind) == name)
            return kind;
    return std::nullopt;
}

double LearningRateSchedule::rateAt(double baseRate, std::int64_t step) const {
    step = std::max<std::int64_t>(step, 0);
    if (step < warmupSteps)
        return baseRate * static_cast<double>(step + 1) / static_cast<double>(warmupSteps);
    const std::int64_t s = step - std::max<std::int64_t>(warmupSteps, 0);
    switch (kind) {
    case ScheduleKind::Step:
        return baseRate *
               std::pow(gamma, static_cast<double>(s / std::max<std::int64_t>(stepSize, 1)));
    case ScheduleKind::Exponential:
        return baseRate * std::pow(gamma, static_cast<double>(s));
    case ScheduleKind::Cosine: {
        const double phase = std::numbers::pi * static_cast<double>(s) /
                             static_cast<double>(std::max<std::int64_t>(maxSteps, 1));
        return minimumRate + (baseRate - minimumRate) * (1 + std::cos(phase)) / 2;
    }
    case ScheduleKind::Constant:
        break;
    }
    return baseRate;
}

} // namespace core
