#pragma once
/**
 * After each batch: did the run diverge? It did when the batch loss L, the gradient norm ‖g‖
 * (before clipping) or any weight θᵢ is NaN or ±∞. The report names what went first (weights,
 * then gradient, then loss), the first parameter tensor and element holding a non-finite value,
 * and says in words which step to roll back to.
 */
#include "core/network.h"
#include "session/divergence_report.h"

#include <cstdint>
#include <optional>

namespace training {

class DivergenceCheck {
public:
    /** Where the run stands when the batch ends. */
    struct Position {
        std::int64_t step = 0;         ///< the optimizer step just done
        int epoch = 0;                 ///< 1-based
        std::int64_t lastGoodStep = 0; ///< the step a rollback returns to
    };

    /** None while L, ‖g‖ and every weight are finite; `gradients` has one entry per weight. */
    static std::optional<session::DivergenceReport> inspect(const core::Network<float>& network,
                                                            const core::Vector<float>& gradients,
                                                            double loss, double gradientNorm,
                                                            const Position& position);
};

} // namespace training
