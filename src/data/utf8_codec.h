#pragma once
/**
 * UTF-8 text as Unicode code points and back, for the text tasks: "é" (C3 A9) is one symbol,
 * U+00E9, not two bytes. Decoding is strict (RFC 3629): no overlong forms, no surrogates, nothing
 * above U+10FFFF, no truncated sequences; a byte-order mark (EF BB BF) at the very start is
 * dropped. A malformed byte throws std::invalid_argument naming the source and the byte's offset.
 *
 *   1 byte  0xxxxxxx                              U+0000 … U+007F
 *   2 bytes 110xxxxx 10xxxxxx                     U+0080 … U+07FF
 *   3 bytes 1110xxxx 10xxxxxx 10xxxxxx            U+0800 … U+FFFF (without D800 … DFFF)
 *   4 bytes 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx   U+10000 … U+10FFFF
 */
#include <string>
#include <string_view>

namespace data {

class Utf8Codec {
public:
    /** The code points of `bytes`, BOM dropped; `source` names the text in error messages. */
    static std::u32string decode(std::string_view bytes, std::string_view source = "text");
    /** The UTF-8 bytes of one code point; throws std::invalid_argument for a surrogate or a
     * value above U+10FFFF. */
    static std::string encode(char32_t codePoint);
    static std::string encode(std::u32string_view codePoints);
    /** Whether the text starts with a byte-order mark. */
    static bool hasByteOrderMark(std::string_view bytes);
};

} // namespace data
