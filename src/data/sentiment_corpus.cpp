#include "data/sentiment_corpus.h"

#include "data/utf8_codec.h"

#include <stdexcept>

namespace data {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

} // namespace

std::vector<LabelledSentence> SentimentCorpus::parse(std::string_view bytes,
                                                     const std::string& source) {
    std::vector<LabelledSentence> out;
    int line = 0;
    for (size_t start = Utf8Codec::hasByteOrderMark(bytes) ? 3 : 0; start < bytes.size();) {
        const size_t end = std::min(bytes.find('\n', start), bytes.size());
        const std::string_view text = bytes.substr(start, end - start);
        start = end + 1;
        ++line;
        const auto fail = [&](const std::string& what) {
            throw std::invalid_argument(source + ":" + std::to_string(line) + ": " + what);
        };
        if (trimmed(text).empty())
            continue;
        const size_t tab = text.rfind('\t');
        if (tab == std::string_view::npos)
            fail("no tab; expected a sentence, a tab and its label 0 or 1");
        const std::string_view label = trimmed(text.substr(tab + 1));
        if (label != "0" && label != "1")
            fail("the label is \"" + std::string(label) + "\", expected 0 (negative) or 1 " +
                 "(positive)");
        const std::string_view sentence = trimmed(text.substr(0, tab));
        if (sentence.empty())
            fail("the sentence before the tab is empty");
        try {
            Utf8Codec::decode(sentence);
        } catch (const std::invalid_argument& error) {
            fail(error.what());
        }
        out.push_back({std::string(sentence), label == "1" ? 1 : 0, line});
    }
    return out;
}

} // namespace data
