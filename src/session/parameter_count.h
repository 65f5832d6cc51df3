#pragma once
/**
 * How many parameters core::Network<float>(spec) would hold, computed from the spec alone, so a
 * session file declaring an absurd network is refused before one is allocated. Network stays
 * the authority: SessionCodec builds it (at the size the file's weights already have) and
 * compares.
 */
#include "core/network_spec.h"

#include <cstdint>
#include <optional>

namespace session {

/** The parameter count of a valid spec, or nothing when it is above `limit` (or overflows). */
std::optional<std::uint64_t> parameterCount(const core::NetworkSpec& spec, std::uint64_t limit);

} // namespace session
