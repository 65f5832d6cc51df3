#include "data/word_vocabulary.h"

#include <algorithm>
#include <stdexcept>

namespace data {

WordVocabulary WordVocabulary::build(const std::vector<std::vector<std::string>>& sentences,
                                     std::int64_t minCount) {
    if (minCount < 1)
        throw std::invalid_argument("a word vocabulary needs a minimum count of at least 1");
    std::unordered_map<std::string, std::int64_t> counts;
    for (const auto& sentence : sentences)
        for (const std::string& word : sentence)
            ++counts[word];
    std::vector<std::pair<std::string, std::int64_t>> kept;
    for (auto& entry : counts)
        if (entry.second >= minCount)
            kept.push_back(entry);
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    WordVocabulary vocabulary;
    vocabulary.m_words = {"<pad>", "<unk>"};
    vocabulary.m_counts = {0, 0};
    for (auto& [word, count] : kept) {
        if (word == "<pad>" || word == "<unk>")
            continue; // the tokenizer never makes these, but a caller might
        vocabulary.m_ids[word] = vocabulary.size();
        vocabulary.m_words.push_back(word);
        vocabulary.m_counts.push_back(count);
    }
    return vocabulary;
}

std::int32_t WordVocabulary::idOf(const std::string& word) const {
    const auto found = m_ids.find(word);
    return found == m_ids.end() ? kUnknown : found->second;
}

const std::string& WordVocabulary::wordOf(std::int32_t id) const {
    if (id < 0 || id >= size())
        throw std::out_of_range("no word with id " + std::to_string(id) + " in a vocabulary of " +
                                std::to_string(size()));
    return m_words[size_t(id)];
}

std::int64_t WordVocabulary::countOf(std::int32_t id) const {
    wordOf(id);
    return m_counts[size_t(id)];
}

std::vector<std::int32_t> WordVocabulary::encode(const std::vector<std::string>& words) const {
    std::vector<std::int32_t> ids;
    ids.reserve(words.size());
    for (const std::string& word : words)
        ids.push_back(idOf(word));
    return ids;
}

} // namespace data
