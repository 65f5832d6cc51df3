#include "data/epoch_order.h"

#include "data/random_stream.h"

#include <numeric>

namespace data {

EpochOrder::EpochOrder(std::uint64_t seed, core::Index count)
    : m_seed(seed)
    , m_count(count) {}

std::shared_ptr<const std::vector<core::Index>> EpochOrder::of(int epoch) const {
    {
        const std::lock_guard lock(m_mutex);
        if (m_order && m_epoch == epoch)
            return m_order;
    }
    // Outside the lock, as it takes a while.
    auto order = std::make_shared<std::vector<core::Index>>(size_t(m_count));
    std::iota(order->begin(), order->end(), core::Index(0));
    RandomStream random(m_seed, RandomStream::Purpose::Shuffle, std::uint64_t(epoch));
    for (core::Index i = m_count - 1; i > 0; --i)
        std::swap((*order)[size_t(i)], (*order)[size_t(random.integer(0, i))]);
    const std::lock_guard lock(m_mutex);
    m_order = std::move(order);
    m_epoch = epoch;
    return m_order;
}

} // namespace data
