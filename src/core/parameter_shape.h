#pragma once
/** The name and shape of one parameter tensor, as PyTorch's state_dict would show it. */
#include "core/types.h"

#include <string>

namespace core {

struct ParameterShape {
    std::string name; ///< e.g. "weight_ih", completed by the network into "rnn.weight_ih_l0"
    Index rows = 0;
    Index cols = 1; ///< 1 for a bias vector

    Index size() const { return rows * cols; }
    bool isVector() const { return cols == 1; }
};

} // namespace core
