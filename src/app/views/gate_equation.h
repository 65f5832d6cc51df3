#pragma once
/**
 * One line of a cell's arithmetic at one step, for one unit, as GateArithmetic computes it and
 * StepArithmeticView shows it: "f_t = σ(W_f·x_t + U_f·h_{t−1} + b_f) = σ(0.82) = 0.69", each
 * term with its value and, for a dot product, the inputs that contributed most to it.
 */
#include "core/types.h"

#include <QString>
#include <vector>

namespace app {

/** One product w·v of a dot product. */
struct TermContribution {
    QString source;        ///< the vector read: "x_t" or "h_{t−1}"
    core::Index index = 0; ///< its component
    double weight = 0.0;
    double value = 0.0;
    double product = 0.0; ///< weight · value
};

/** One summand of a gate's pre-activation, or of a state's update. */
struct GateTerm {
    QString symbol; ///< "W_f·x_t", "U_f·h_{t−1}", "b_f", "p_f⊙c_{t−1}", "f_t⊙c_{t−1}"
    double value = 0.0; ///< what it adds
    /** The largest |products| of a dot-product term, largest first (empty for the others). */
    std::vector<TermContribution> contributions;
};

struct GateEquation {
    enum class Activation { Sigmoid, Tanh, Relu, Identity };

    QString name; ///< "i", "f", "g", "o", "r", "z", "n", "a", or "c", "h" for the states
    Activation activation = Activation::Identity;
    std::vector<GateTerm> terms;
    double preActivation = 0.0; ///< the sum of the terms
    double value = 0.0;         ///< activation(preActivation), from the weights
    double traced = 0.0;        ///< what the trace recorded for it (NaN when it holds none)
};

} // namespace app
