#include "data/char_vocabulary.h"

#include "data/utf8_codec.h"

#include <stdexcept>

namespace data {

CharVocabulary CharVocabulary::build(std::u32string_view text, std::int64_t minCount) {
    if (minCount < 1)
        throw std::invalid_argument("a character vocabulary needs a minimum count of at least 1");
    std::map<char32_t, std::int64_t> counts;
    for (char32_t c : text)
        ++counts[c];
    CharVocabulary vocabulary;
    vocabulary.m_symbols.push_back(kUnknownCharacter);
    for (const auto& [c, count] : counts) // map order: by code point
        if (count >= minCount && c != kUnknownCharacter) {
            vocabulary.m_ids[c] = std::int32_t(vocabulary.m_symbols.size());
            vocabulary.m_symbols.push_back(c);
        }
    return vocabulary;
}

std::int32_t CharVocabulary::idOf(char32_t c) const {
    const auto found = m_ids.find(c);
    return found == m_ids.end() ? kUnknown : found->second;
}

char32_t CharVocabulary::symbolOf(std::int32_t id) const {
    if (id < 0 || id >= size())
        throw std::out_of_range("no character with id " + std::to_string(id) +
                                " in a vocabulary of " + std::to_string(size()));
    return m_symbols[size_t(id)];
}

std::vector<std::int32_t> CharVocabulary::encode(std::u32string_view text) const {
    std::vector<std::int32_t> ids;
    ids.reserve(text.size());
    for (char32_t c : text)
        ids.push_back(idOf(c));
    return ids;
}

std::string CharVocabulary::decode(const std::vector<std::int32_t>& ids) const {
    std::u32string text;
    text.reserve(ids.size());
    for (std::int32_t id : ids)
        text.push_back(symbolOf(id));
    return Utf8Codec::encode(text);
}

std::string CharVocabulary::render(std::int32_t id) const {
    const char32_t c = symbolOf(id);
    if (id == kUnknown)
        return "<unk>";
    switch (c) {
    case U' ':
        return "\u2423";
    case U'\n':
        return "\u21B5";
    case U'\t':
        return "\u21E5";
    default:
        return Utf8Codec::encode(c);
    }
}

} // namespace data
