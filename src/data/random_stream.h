#pragma once
/**
 * The random numbers of the generated tasks, reproducible from a seed on every platform.
 *
 * A stream is std::mt19937_64 (whose sequence the standard fixes) seeded by mixing the task's seed
 * with a purpose and an index (SplitMix64 finalizer), so example k of a task, or the shuffle of
 * epoch e, can be regenerated on its own, in any order, on any thread. The draws are written out
 * as in core/initializer.h, never through std::*_distribution, whose results differ between
 * standard libraries.
 */
#include <cstdint>
#include <random>

namespace data {

class RandomStream {
public:
    /** What a stream is for, so streams of different purposes never coincide. */
    enum class Purpose : std::uint64_t { Example = 1, Shuffle = 2 };

    RandomStream(std::uint64_t seed, Purpose purpose, std::uint64_t index);

    /** Uniform in [0, 1). */
    double unit();
    /** Uniform in [low, high). */
    double uniform(double low, double high) { return low + (high - low) * unit(); }
    /** Uniform integer in [low, high], both included. */
    std::int64_t integer(std::int64_t low, std::int64_t high);
    /** Standard normal. */
    double normal();
    /** True with probability ½. */
    bool coin() { return (m_engine() >> 63) != 0; }

    /** SplitMix64's finalizer: a well-mixed 64-bit function of x. */
    static std::uint64_t mix(std::uint64_t x);

private:
    std::mt19937_64 m_engine;
};

} // namespace data
