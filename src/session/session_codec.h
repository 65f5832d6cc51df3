#pragma once
/**
 * A session's file bytes and back. The bytes are an envelope of our own around a portable Boost
 * text archive (session_serialization.h), all integers little-endian:
 *
 *   offset  size  field
 *        0     8  magic "LSTMSESS"
 *        8     4  format version (u32), kFormatVersion when written
 *       12     8  payload length in bytes (u64)
 *       20     4  CRC-32 of the payload (u32, Crc32)
 *       24     n  payload: the text archive of one Session
 *
 * Format version 1 wrote each float of an array as a decimal bit pattern; version 2 (written
 * now) writes each array as one block of little-endian IEEE-754 bytes (PayloadFormat). Both read.
 *
 * decode() checks, in this order and before deserializing anything: the size cap, the magic, the
 * format version, the declared length against the bytes there are, the checksum; while reading,
 * every count against the bytes left; after, that the network can be built, that the weights fit
 * it and are finite and that the optimizer's buffers fit the weights. Each failure gives one
 * message saying what is wrong.
 *
 * encode() refuses (throws SessionError) a session decode() would refuse, non-finite weights
 * included: a file that cannot be opened again is worse than no file. Repairing a diverged
 * network (rolling back) is the training engine's business, not the file's.
 */
#include "session/payload_format.h"
#include "session/session.h"
#include "session/session_error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace session {

class SessionCodec {
public:
    static constexpr std::string_view kMagic = "LSTMSESS";
    static constexpr std::uint32_t kFormatVersion = PayloadFormat::kNewest;
    static constexpr std::size_t kHeaderSize = 24;
    /** The largest file read or written: 1 GiB. */
    static constexpr std::uint64_t kMaxFileBytes = std::uint64_t(1) << 30;
    /** The largest network a session may hold: 2^28 parameters (1 GiB of floats). */
    static constexpr std::uint64_t kMaxParameters = std::uint64_t(1) << 28;

    /** The file's bytes. Throws SessionError when `session` is not valid() . */
    static std::string encode(const Session& session);

    /** Reads `bytes` into `session`; returns an empty string on success, else what is wrong (and
     * leaves `session` untouched). Never throws. */
    static std::string decode(std::string_view bytes, Session& session);

    /** Like decode(), but throws SessionError with the message. */
    static Session decodeOrThrow(std::string_view bytes);

    /** The format version in a file's header, or 0 when the header is not a session's. */
    static std::uint32_t formatVersion(std::string_view bytes);

    /** Empty when `session` can be saved and loaded, else what is wrong, in words. */
    static std::string validate(const Session& session);
};

} // namespace session
