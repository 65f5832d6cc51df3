#include "data/word_tokenizer.h"

#include "data/utf8_codec.h"

namespace data {

namespace {

bool isApostrophe(char32_t c) {
    return c == U'\'' || c == U'\u2019';
}

} // namespace

bool WordTokenizer::isLetter(char32_t c) {
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    // Latin-1 signs and punctuation, general punctuation (dashes, quotes, ellipsis), spaces.
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return false;
    if (c >= 0x2000 && c <= 0x206F)
        return false;
    return c != 0xFEFF && c != 0x3000;
}

char32_t WordTokenizer::lower(char32_t c) {
    if (c >= U'A' && c <= U'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x178)
        return 0xFF; // Ÿ → ÿ
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 &&
        c != 0x17F) {
        // Latin Extended-A pairs capital/small at even/odd code points, shifted by one in
        // 0x139 … 0x148 and 0x179 … 0x17E.
        const bool shifted = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        const bool capital = shifted ? (c % 2 == 1) : (c % 2 == 0);
        return capital ? c + 1 : c;
    }
    return c;
}

std::vector<std::string> WordTokenizer::words(std::string_view text) {
    const std::u32string points = Utf8Codec::decode(text, "sentence");
    std::vector<std::string> out;
    std::u32string word;
    const auto flush = [&] {
        while (!word.empty() && word.back() == U'\'')
            word.pop_back();
        if (!word.empty())
            out.push_back(Utf8Codec::encode(word));
        word.clear();
    };
    for (char32_t c : points) {
        if (isLetter(c))
            word.push_back(lower(c));
        else if (isApostrophe(c) && !word.empty())
            word.push_back(U'\'');
        else
            flush();
    }
    flush();
    return out;
}

} // namespace data
