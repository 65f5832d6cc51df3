#pragma once
/**
 * The symbols of a character-level language model: Unicode code points, each an id. Id 0 is the
 * unknown symbol, which stands for every character seen fewer than `minCount` times in the text
 * the vocabulary is built from (or not at all); ids 1 … V−1 are the other characters in code-point
 * order, so the same text and minCount always give the same ids.
 */
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace data {

class CharVocabulary {
public:
    static constexpr std::int32_t kUnknown = 0;
    /** What an unknown symbol prints as: U+FFFD, the replacement character "�". */
    static constexpr char32_t kUnknownCharacter = 0xFFFD;

    /** The characters of `text` seen at least `minCount` (≥ 1) times, plus the unknown symbol. */
    static CharVocabulary build(std::u32string_view text, std::int64_t minCount);

    /** V: the known characters plus the unknown symbol. */
    std::int32_t size() const { return std::int32_t(m_symbols.size()); }
    /** The id of `c`, kUnknown when it is not in the vocabulary. */
    std::int32_t idOf(char32_t c) const;
    /** The character of `id`; kUnknownCharacter for kUnknown. Throws std::out_of_range. */
    char32_t symbolOf(std::int32_t id) const;
    /** The ids of a text, character by character. */
    std::vector<std::int32_t> encode(std::u32string_view text) const;
    /** The UTF-8 text of some ids (unknown ones as "�"). */
    std::string decode(const std::vector<std::int32_t>& ids) const;
    /** One symbol as people read it in a step view: "e", "␣" for a space, "↵" for a new line,
     * "⇥" for a tab, "<unk>" for the unknown symbol. */
    std::string render(std::int32_t id) const;

private:
    std::vector<char32_t> m_symbols; ///< id → character; [0] is the unknown symbol
    std::map<char32_t, std::int32_t> m_ids;
};

} // namespace data
