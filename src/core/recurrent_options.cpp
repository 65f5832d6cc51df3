#include "core/recurrent_options.h"

#include <cmath>

namespace core {

namespace {

bool isGateValue(const std::optional<double>& value) {
    return !value || (std::isfinite(*value) && *value >= 0.0 && *value <= 1.0);
}

std::string cellDescription(CellKind cell) {
    return cell == CellKind::Gru ? "a GRU, whose gates are reset and update gates"
                                 : "a plain RNN, which has no gates";
}

} // namespace

std::string RecurrentOptions::problem() const {
    if (truncation < 0)
        return "the truncation length must be zero (full backpropagation through time) or a "
               "positive number of steps";
    if (!isGateValue(frozenGates.forget))
        return "a frozen forget gate's value must be between 0 and 1";
    if (!isGateValue(frozenGates.input))
        return "a frozen input gate's value must be between 0 and 1";
    return {};
}

std::string RecurrentOptions::problemFor(const NetworkSpec& spec) const {
    if (std::string error = problem(); !error.empty())
        return error;
    if (!frozenGates.any())
        return {};
    for (size_t l = 0; l < spec.layers.size(); ++l)
        if (!hasCellState(spec.layers[l].cell))
            return "only the LSTM and the peephole LSTM have forget and input gates to freeze: "
                   "layer " +
                   std::to_string(l + 1) + " is " + cellDescription(spec.layers[l].cell);
    return {};
}

} // namespace core
