#include "session/crc32.h"

#include <array>

namespace session {

namespace {

constexpr std::array<std::uint32_t, 256> makeTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<std::uint32_t, 256> kTable = makeTable();

} // namespace

void Crc32::update(std::string_view bytes) {
    std::uint32_t c = m_state;
    for (char byte : bytes)
        c = kTable[(c ^ static_cast<unsigned char>(byte)) & 0xFFu] ^ (c >> 8);
    m_state = c;
}

std::uint32_t Crc32::of(std::string_view bytes) {
    Crc32 crc;
    crc.update(bytes);
    return crc.value();
}

} // namespace session
