#pragma once
/** Where one named parameter tensor lives in a network's flat parameter vector. */
#include "core/types.h"

#include <string>

namespace core {

struct ParameterInfo {
    std::string name; ///< PyTorch state_dict name, e.g. "rnn.weight_hh_l1_reverse", "head.bias"
    Index offset = 0;
    Index rows = 0;
    Index cols = 1;

    Index size() const { return rows * cols; }
};

} // namespace core
