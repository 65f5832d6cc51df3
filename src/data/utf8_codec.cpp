#include "data/utf8_codec.h"

#include <cstdint>
#include <stdexcept>

namespace data {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string hexByte(unsigned char byte) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 15];
}

[[noreturn]] void fail(std::string_view source, size_t offset, unsigned char byte,
                       const std::string& what) {
    throw std::invalid_argument(std::string(source) + ": not valid UTF-8 at byte " +
                                std::to_string(offset) + " (" + hexByte(byte) + "): " + what);
}

} // namespace

bool Utf8Codec::hasByteOrderMark(std::string_view bytes) {
    return bytes.starts_with(kByteOrderMark);
}

std::u32string Utf8Codec::decode(std::string_view bytes, std::string_view source) {
    std::u32string out;
    out.reserve(bytes.size());
    size_t i = hasByteOrderMark(bytes) ? kByteOrderMark.size() : 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        int extra = 0;
        char32_t value = 0, smallest = 0;
        if (lead < 0x80) {
            out.push_back(lead);
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1, value = lead & 0x1F, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, value = lead & 0x0F, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, value = lead & 0x07, smallest = 0x10000;
        } else {
            fail(source, i, lead, "not the first byte of a character");
        }
        if (i + size_t(extra) >= bytes.size())
            fail(source, i, lead, "the text ends inside a character");
        for (int k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + size_t(k)]);
            if ((next & 0xC0) != 0x80)
                fail(source, i + size_t(k), next, "a character ends too early");
            value = (value << 6) | (next & 0x3F);
        }
        if (value < smallest)
            fail(source, i, lead, "an overlong encoding");
        if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            fail(source, i, lead, "not a Unicode scalar value");
        out.push_back(value);
        i += size_t(extra) + 1;
    }
    return out;
}

std::string Utf8Codec::encode(char32_t c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
        throw std::invalid_argument("U+" + std::to_string(std::uint32_t(c)) +
                                    " is not a Unicode scalar value");
    std::string out;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
    return out;
}

std::string Utf8Codec::encode(std::u32string_view codePoints) {
    std::string out;
    out.reserve(codePoints.size());
    for (char32_t c : codePoints)
        out += encode(c);
    return out;
}

} // namespace data
