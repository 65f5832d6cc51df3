#include "data/sequence_example.h"

#include "data/random_stream.h"

#include <bit>

namespace data {

std::uint64_t SequenceExample::hash(std::uint64_t seed) const {
    std::uint64_t h = RandomStream::mix(seed);
    const auto add = [&h](std::uint64_t word) {
        h = RandomStream::mix(h ^ word);
    };
    add(static_cast<std::uint64_t>(inputs.rows()));
    add(static_cast<std::uint64_t>(inputs.cols()));
    for (core::Index i = 0; i < inputs.size(); ++i)
        add(std::bit_cast<std::uint64_t>(inputs.data()[i] + 0.0)); // −0 hashes as +0
    for (core::Index i = 0; i < targets.size(); ++i)
        add(std::bit_cast<std::uint64_t>(targets.data()[i] + 0.0));
    for (int32_t c : classes)
        add(static_cast<std::uint64_t>(static_cast<std::uint32_t>(c)));
    return h;
}

} // namespace data
