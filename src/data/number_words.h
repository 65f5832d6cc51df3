#pragma once
/**
 * Numbers written in English and French words, as the dates task reads them.
 *
 * French follows the traditional spelling (before the 1990 reform): hyphens join tens and units
 * below one hundred, except where "et" does: 21 "vingt et un", 71 "soixante et onze", but 81
 * "quatre-vingt-un", 91 "quatre-vingt-onze". "vingt" of 80 and "cent" take an s when multiplied
 * and last: "quatre-vingts", "deux cents", but "quatre-vingt-deux", "deux cent un", and "deux
 * cent mille" (mille is itself a numeral). "mille" never takes an s. In a year, a number used as
 * an ordinal (l'an mille neuf cent), "vingt" and "cent" stay invariable, as the Académie française
 * advises: 1900 "mille neuf cent", 1980 "mille neuf cent quatre-vingt". The first day of a month is
 * "premier" ("1er" in figures), every other day its cardinal.
 *
 * English joins tens and units with a hyphen ("twenty-one") and writes no "and" (American usage).
 * Ordinals: first, second, third, fifth, eighth, ninth, twelfth, twentieth… irregular, the rest
 * add "th"; compounds put the ordinal last ("twenty-first"). Years are read in pairs of digits:
 * 1999 "nineteen ninety-nine", 1905 "nineteen oh five", 1900 "nineteen hundred", 2026 "twenty
 * twenty-six", except 2000–2009 (and 1000–1009): "two thousand", "two thousand seven".
 */
#include <string>

namespace data {

class NumberWords {
public:
    /** 0–999999: "twenty-one", "one thousand nine hundred ninety-nine". */
    static std::string english(int number);
    /** 1–99: "first", "twenty-second", "thirty-first". */
    static std::string englishOrdinal(int number);
    /** Any number ≥ 0 in figures with its suffix: "1st", "12th", "22nd", "31st". */
    static std::string englishOrdinalFigures(int number);
    /** 1000–9999, in pairs of digits (see above). */
    static std::string englishYear(int year);

    /** 0–999999, the cardinal: "vingt et un", "quatre-vingts", "mille neuf cents". */
    static std::string french(int number);
    /** 1000–9999, a year: "mille neuf cent quatre-vingt-dix-neuf", "deux mille vingt-six". */
    static std::string frenchYear(int year);
    /** 1–31, a day of the month: "premier", "deux", …, "trente et un". */
    static std::string frenchDay(int day);
    /** 1–31 in figures: "1er", "2", …, "31". */
    static std::string frenchDayFigures(int day);

private:
    static std::string englishBelow1000(int number);
    static std::string frenchBelow100(int number, bool invariable);
    static std::string frenchBelow1000(int number, bool invariable);
    static std::string frenchBelowMillion(int number, bool invariable);
};

} // namespace data
