#pragma once
/**
 * Hand-made session file bytes for the codec's bad-input tests: an envelope written from the
 * documented layout (not by SessionCodec), archives written without SessionCodec's checks, and
 * edits of a payload that keep its checksum valid, so that the checks after the checksum are
 * reached.
 */
#include "session/crc32.h"
#include "session/session_serialization.h"

#include <boost/archive/text_oarchive.hpp>
#include <cstdint>
#include <sstream>
#include <string>

namespace fixtures {

constexpr std::size_t kHeaderSize = 24;

template <typename Int>
void appendLittleEndian(std::string& out, Int value) {
    for (std::size_t i = 0; i < sizeof(Int); ++i)
        out.push_back(char((value >> (8 * i)) & 0xFF));
}

/** "LSTMSESS", version, length, CRC-32, payload. */
inline std::string envelope(const std::string& payload, std::uint32_t version = 2) {
    std::string bytes = "LSTMSESS";
    appendLittleEndian<std::uint32_t>(bytes, version);
    appendLittleEndian<std::uint64_t>(bytes, payload.size());
    appendLittleEndian<std::uint32_t>(bytes, session::Crc32::of(payload));
    return bytes + payload;
}

/** The text archive of `value`, whatever it holds. */
template <typename T>
std::string archiveOf(const T& value) {
    std::ostringstream out;
    {
        boost::archive::text_oarchive archive(out, boost::archive::no_codecvt);
        archive << value;
    }
    return out.str();
}

inline std::string payloadOf(const std::string& bytes) {
    return bytes.substr(kHeaderSize);
}

/** `bytes` with the first `from` of its payload replaced by `to`, the checksum made valid again;
 * empty when `from` is not there. */
inline std::string editPayload(const std::string& bytes, const std::string& from,
                               const std::string& to) {
    std::string payload = payloadOf(bytes);
    const std::size_t at = payload.find(from);
    if (at == std::string::npos)
        return {};
    payload.replace(at, from.size(), to);
    return envelope(payload);
}

} // namespace fixtures
