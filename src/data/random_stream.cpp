#include "data/random_stream.h"

#include "core/initializer.h"

#include <algorithm>

namespace data {

RandomStream::RandomStream(std::uint64_t seed, Purpose purpose, std::uint64_t index)
    : m_engine(mix(mix(seed ^ mix(static_cast<std::uint64_t>(purpose))) + index)) {}

double RandomStream::unit() {
    return core::uniformUnit(m_engine);
}

std::int64_t RandomStream::integer(std::int64_t low, std::int64_t high) {
    // ⌊u·n⌋ with 53 random bits: unbiased to within 2⁻³⁰ for every range a task uses.
    const auto count = static_cast<double>(high - low + 1);
    return std::min(high, low + static_cast<std::int64_t>(unit() * count));
}

double RandomStream::normal() {
    return core::standardNormal(m_engine);
}

std::uint64_t RandomStream::mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace data
