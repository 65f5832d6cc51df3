#pragma once
/**
 * Splits a sentence into lower-case words for the word-level tasks: a word is a run of letters
 * (ASCII letters and every non-ASCII code point that is not punctuation or a space: é, ß, ñ …),
 * with apostrophes kept inside a word ("didn't", "o'clock") and dropped at its ends ("'tis" →
 * "tis"); the typographic apostrophe ’ counts as '. Digits, punctuation and spaces separate
 * words. Lower case: ASCII and the Latin-1 / Latin Extended-A capitals (À → à, Œ → œ).
 */
#include <string>
#include <string_view>
#include <vector>

namespace data {

class WordTokenizer {
public:
    /** The words of UTF-8 `text`; throws std::invalid_argument when it is not UTF-8. */
    static std::vector<std::string> words(std::string_view text);
    /** The lower case of one code point, as above. */
    static char32_t lower(char32_t c);
    static bool isLetter(char32_t c);
};

} // namespace data
