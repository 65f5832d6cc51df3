#pragma once
/**
 * How the learning rate changes over training: a pure function of the step counter (optimizer
 * steps or epochs, as the caller counts), so a resumed run continues on exactly the same rates.
 *
 * With η₀ the base rate, W warm-up steps and s = t − W the steps after warm-up:
 *
 *   warm-up (t < W):  η = η₀·(t + 1)/W
 *   constant:         η = η₀
 *   step:             η = η₀·γ^⌊s/stepSize⌋                       (torch StepLR)
 *   exponential:      η = η₀·γ^s                                  (torch ExponentialLR)
 *   cosine:           η = η_min + (η₀ − η_min)·(1 + cos(π·s/T_max))/2   (torch CosineAnnealingLR's
 *                     closed form; it rises again after T_max, as PyTorch's does)
 */
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {

enum class ScheduleKind { Constant, Step, Exponential, Cosine };

/** "constant", "step", "exponential", "cosine". */
std::string scheduleKindName(ScheduleKind kind);
std::optional<ScheduleKind> scheduleKindFromName(std::string_view name);

struct LearningRateSchedule {
    ScheduleKind kind = ScheduleKind::Constant;
    std::int64_t stepSize = 10;   ///< step: steps between two decays
    double gamma = 0.1;           ///< step, exponential: decay factor
    std::int64_t maxSteps = 100;  ///< cosine: T_max, steps from η₀ down to η_min
    double minimumRate = 0;       ///< cosine: η_min
    std::int64_t warmupSteps = 0; ///< W: linear ramp before the schedule starts

    /** The rate at step t (0-based) for base rate η₀. */
    double rateAt(double baseRate, std::int64_t step) const;
};

} // namespace core
