#pragma once
/**
 * One generated sequence with its targets, before it is laid out in a batch: one row per step
 * of inputs, and either real targets or class targets, one row per step (per-step tasks) or a
 * single row (per-sequence tasks).
 */
#include "core/types.h"

#include <cstdint>
#include <vector>

namespace data {

struct SequenceExample {
    core::Matrix<double> inputs;  ///< L×I
    core::Matrix<double> targets; ///< L×O or 1×O; empty when the targets are classes
    std::vector<int32_t> classes; ///< L or 1 class indices; empty when the targets are values

    core::Index length() const { return inputs.rows(); }
    /** A hash of every number in the example, mixed with `seed`. */
    std::uint64_t hash(std::uint64_t seed) const;
};

} // namespace data
