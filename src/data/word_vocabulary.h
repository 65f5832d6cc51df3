#pragma once
/**
 * The words a word-level task knows, each an id: 0 is <pad> (the filler after a short sentence,
 * which no loss, metric or state ever reads), 1 is <unk> (every word seen fewer than `minCount`
 * times in the sentences the vocabulary is built from, or not at all), then the known words by
 * falling count, ties in byte order, so the same sentences always give the same ids.
 *
 * Build it from the training sentences only: a word that only validation holds must be <unk>
 * there, as it would be for any new sentence.
 */
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace data {

class WordVocabulary {
public:
    static constexpr std::int32_t kPad = 0;
    static constexpr std::int32_t kUnknown = 1;

    /** The words seen at least `minCount` (≥ 1) times in `sentences`, plus <pad> and <unk>. */
    static WordVocabulary build(const std::vector<std::vector<std::string>>& sentences,
                                std::int64_t minCount);

    std::int32_t size() const { return std::int32_t(m_words.size()); }
    /** The id of `word`, kUnknown when it is not known. */
    std::int32_t idOf(const std::string& word) const;
    /** The word of `id`: "<pad>", "<unk>" or a known word. Throws std::out_of_range. */
    const std::string& wordOf(std::int32_t id) const;
    /** How often the word of `id` occurred where the vocabulary was built (0 for the two marks). */
    std::int64_t countOf(std::int32_t id) const;
    std::vector<std::int32_t> encode(const std::vector<std::string>& words) const;

private:
    std::vector<std::string> m_words;
    std::vector<std::int64_t> m_counts;
    std::unordered_map<std::string, std::int32_t> m_ids;
};

} // namespace data
