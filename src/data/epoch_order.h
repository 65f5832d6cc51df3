#pragma once
/**
 * The order in which a task hands out its training sequences in each epoch: a permutation of
 * 0…n−1 drawn by Fisher–Yates from RandomStream(seed, Shuffle, epoch), so it depends on the seed
 * and the epoch alone. The last epoch's permutation is kept, as batches of one epoch come in a
 * row; any thread may ask for any epoch.
 */
#include "core/types.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace data {

class EpochOrder {
public:
    EpochOrder(std::uint64_t seed, core::Index count);

    /** The permutation of epoch `epoch`. */
    std::shared_ptr<const std::vector<core::Index>> of(int epoch) const;

private:
    std::uint64_t m_seed;
    core::Index m_count;
    mutable std::mutex m_mutex;
    mutable int m_epoch = 0;                                         // guarded by m_mutex
    mutable std::shared_ptr<const std::vector<core::Index>> m_order; // guarded by m_mutex
};

} // namespace data
