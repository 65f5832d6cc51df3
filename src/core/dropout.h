#pragma once
/**
 * Inverted dropout whose mask is a pure function of (seed, layer, sequence, step, unit):
 *   keep(u) = hash(seed, layer, sequence, step, unit) ≥ p·2⁶⁴,   y = x ⊙ keep / (1 − p)
 * so the same seed drops the same units whether a batch runs on one thread or is split across
 * several, and a resumed run drops exactly what an uninterrupted one would.
 */
#include "core/types.h"

#include <cstdint>

namespace core {

class Dropout {
public:
    /** Fills `mask` ((S·B)×width) with 0 or 1/(1 − p) for sequences firstSequence … + batch. */
    template <typename T>
    static void fillMask(Matrix<T>& mask, double probability, std::uint64_t seed,
                         std::uint64_t layer, Index firstSequence, Index batch);

    /** A well-mixed 64-bit hash (SplitMix64 finaliser). */
    static std::uint64_t mix(std::uint64_t value) {
        value += 0x9e3779b97f4a7c15ULL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }
};

template <typename T>
void Dropout::fillMask(Matrix<T>& mask, double probability, std::uint64_t seed, std::uint64_t layer,
                       Index firstSequence, Index batch) {
    const T scale = T(1.0 / (1.0 - probability));
    const auto threshold = static_cast<std::uint64_t>(probability * 18446744073709551616.0);
    const Index steps = mask.rows() / batch;
    for (Index t = 0; t < steps; ++t)
        for (Index b = 0; b < batch; ++b) {
            const std::uint64_t rowKey = mix(
                mix(mix(seed ^ mix(layer)) ^ std::uint64_t(firstSequence + b)) ^ std::uint64_t(t));
            for (Index u = 0; u < mask.cols(); ++u)
                mask(t * batch + b, u) = mix(rowKey ^ std::uint64_t(u)) >= threshold ? scale : T(0);
        }
}

} // namespace core
