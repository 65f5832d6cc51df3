#pragma once
/** What went non-finite when a run diverged, and where: shown to the user, kept in the history. */
#include <cstdint>
#include <string>

namespace session {

struct DivergenceReport {
    enum class Quantity { Loss, Gradient, Weights };
    Quantity quantity = Quantity::Loss;
    std::int64_t step = 0;     ///< the optimizer step (1-based) whose batch went wrong
    int epoch = 0;             ///< 1-based
    std::string parameter;     ///< the first parameter tensor holding a NaN or ±∞, if any
    std::int64_t element = -1; ///< the element's index in that tensor, −1 when none
    double loss = 0.0;         ///< the batch's loss
    double gradientNorm = 0.0; ///< ‖g‖ before clipping
    std::string message;       ///< all of it, in words for people
};

} // namespace session
