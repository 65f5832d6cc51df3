#pragma once
/**
 * Writes a date the way people do, in English or French, in one of several styles, and splits
 * the text into the characters the dates task feeds its network.
 *
 * French styles (28 November 2026; 1 May 1990):
 *   0 "vingt-huit novembre deux mille vingt-six"      "premier mai mille neuf cent
 * quatre-vingt-dix" 1 "28 novembre 2026"                               "1er mai 1990" 2 "le
 * vingt-huit novembre 2026"                    "le premier mai 1990" 3 "28 nov. 2026" "1er mai
 * 1990" 4 "le 28 novembre deux mille vingt-six"            "le 1er mai mille neuf cent
 * quatre-vingt-dix" English styles: 0 "the twenty-eighth of November 2026"             "the first
 * of May 1990" 1 "November 28, 2026"                              "May 1, 1990" 2 "28 Nov 2026" "1
 * May 1990" 3 "November twenty-eighth, twenty twenty-six"      "May first, nineteen ninety" 4 "28th
 * November 2026"                             "1st May 1990" Numbers in words follow NumberWords.
 * Characters are Unicode code points taken from UTF-8 text: "é" and "û" (février, décembre, août)
 * are one character each.
 */
#include "data/calendar_date.h"

#include <string>
#include <vector>

namespace data {

enum class DateLanguage { English, French };

class DateWriter {
public:
    static constexpr int kStyles = 5; ///< per language

    /** Throws std::invalid_argument for a style outside 0–4 or a date that does not exist. */
    static std::string write(const CalendarDate& date, DateLanguage language, int style);
    /** "January"…"December", "janvier"…"décembre". */
    static std::string monthName(int month, DateLanguage language);

    /** Every character write() may use, the padding symbol "·" first (index 0). */
    static const std::vector<std::string>& alphabet();
    /** The index of each character of `text` in alphabet(). Throws std::invalid_argument for a
     * character outside it. */
    static std::vector<int> encode(const std::string& text);
    /** Splits UTF-8 text into its characters (code points), each as its bytes. */
    static std::vector<std::string> characters(const std::string& text);

private:
    static std::string writeFrench(const CalendarDate& date, int style);
    static std::string writeEnglish(const CalendarDate& date, int style);
};

} // namespace data
