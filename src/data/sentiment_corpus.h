#pragma once
/**
 * Reads the labelled sentences of Kotzias et al. (KDD 2015): one sentence a line,
 *
 *   sentence<TAB>0     (negative)
 *   sentence<TAB>1     (positive)
 *
 * in UTF-8, '\n' or "\r\n" line ends; blank lines are skipped, spaces around the label ignored,
 * the sentence is what comes before the last tab. Anything else — no tab, an empty sentence, a
 * label other than 0 or 1, bytes that are not UTF-8 — throws std::invalid_argument naming the
 * file and the line: "sentiment/imdb_labelled.txt:12: the label is "2", expected 0 or 1".
 */
#include <string>
#include <string_view>
#include <vector>

namespace data {

struct LabelledSentence {
    std::string text; ///< UTF-8, without the label
    int label = 0;    ///< 0 negative, 1 positive
    int line = 0;     ///< 1-based line in its file
};

class SentimentCorpus {
public:
    /** The sentences of `bytes`; `source` names the file in error messages. */
    static std::vector<LabelledSentence> parse(std::string_view bytes, const std::string& source);
};

} // namespace data
