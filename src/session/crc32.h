#pragma once
/**
 * CRC-32 (IEEE 802.3, the polynomial of zip and PNG: reflected 0xEDB88320, initial and final
 * value 0xFFFFFFFF), the checksum of a session file's payload. It catches every burst error up
 * to 32 bits and every odd number of flipped bits, which is what a truncated or damaged file
 * shows; it is not meant to resist deliberate tampering.
 */
#include <cstdint>
#include <string_view>

namespace session {

class Crc32 {
public:
    /** Adds bytes to the running checksum. */
    void update(std::string_view bytes);
    /** The checksum of everything added so far. */
    std::uint32_t value() const { return ~m_state; }

    /** The checksum of `bytes`: checksum("123456789") == 0xCBF43926. */
    static std::uint32_t of(std::string_view bytes);

private:
    std::uint32_t m_state = 0xFFFFFFFFu;
};

} // namespace session
