#include "data/number_words.h"

#include <stdexcept>

namespace data {

namespace {

const char* const kEnglishUnits[20] = {"zero",    "one",     "two",       "three",    "four",
                                       "five",    "six",     "seven",     "eight",    "nine",
                                       "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                       "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const kEnglishTens[10] = {"",      "",      "twenty",  "thirty", "forty",
                                      "fifty", "sixty", "seventy", "eighty", "ninety"};
const char* const kEnglishUnitOrdinals[20] = {
    "zeroth",     "first",     "second",    "third",       "fourth",     "fifth",     "sixth",
    "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",   "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
const char* const kEnglishTenOrdinals[10] = {"",          "",         "twentieth", "thirtieth",
                                             "fortieth",  "fiftieth", "sixtieth",  "seventieth",
                                             "eightieth", "ninetieth"};

const char* const kFrenchUnits[17] = {"zéro",  "un",     "deux",     "trois",  "quatre", "cinq",
                                      "six",   "sept",   "huit",     "neuf",   "dix",    "onze",
                                      "douze", "treize", "quatorze", "quinze", "seize"};
const char* const kFrenchTens[7] = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};

void requireRange(int number, int low, int high, const char* what) {
    if (number < low || number > high)
        throw std::invalid_argument(std::string(what) + " must be from " + std::to_string(low) +
                                    " to " + std::to_string(high) + " (got " +
                                    std::to_string(number) + ")");
}

std::string englishBelow100(int n) {
    if (n < 20)
        return kEnglishUnits[n];
    return std::string(kEnglishTens[n / 10]) +
           (n % 10 ? std::string("-") + kEnglishUnits[n % 10] : "");
}

} // namespace

std::string NumberWords::englishBelow1000(int n) {
    if (n < 100)
        return englishBelow100(n);
    std::string out = std::string(kEnglishUnits[n / 100]) + " hundred";
    if (n % 100)
        out.append(" ").append(englishBelow100(n % 100));
    return out;
}

std::string NumberWords::english(int number) {
    requireRange(number, 0, 999999, "an English number");
    if (number < 1000)
        return englishBelow1000(number);
    std::string out = englishBelow1000(number / 1000) + " thousand";
    if (number % 1000)
        out.append(" ").append(englishBelow1000(number % 1000));
    return out;
}

std::string NumberWords::englishOrdinal(int number) {
    requireRange(number, 1, 99, "an English ordinal");
    if (number < 20)
        return kEnglishUnitOrdinals[number];
    if (number % 10 == 0)
        return kEnglishTenOrdinals[number / 10];
    return std::string(kEnglishTens[number / 10]) + "-" + kEnglishUnitOrdinals[number % 10];
}

std::string NumberWords::englishOrdinalFigures(int number) {
    requireRange(number, 0, 1000000000, "an ordinal");
    const int lastTwo = number % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (number % 10 == 1)
            suffix = "st";
        else if (number % 10 == 2)
            suffix = "nd";
        else if (number % 10 == 3)
            suffix = "rd";
    }
    return std::to_string(number) + suffix;
}

std::string NumberWords::englishYear(int year) {
    requireRange(year, 1000, 9999, "a year");
    const int high = year / 100, low = year % 100;
    if (year % 1000 < 10)
        return english(year); // "two thousand", "two thousand seven"
    if (low == 0)
        return englishBelow100(high) + " hundred";
    if (low < 10)
        return englishBelow100(high) + " oh " + kEnglishUnits[low];
    return englishBelow100(high) + " " + englishBelow100(low);
}

std::string NumberWords::frenchBelow100(int n, bool invariable) {
    if (n <= 16)
        return kFrenchUnits[n];
    if (n < 20)
        return std::string("dix-") + kFrenchUnits[n - 10];
    const int tens = n / 10, units = n % 10;
    if (tens <= 6) {
        const std::string base = kFrenchTens[tens];
        if (units == 0)
            return base;
        return base + (units == 1 ? " et un" : std::string("-") + kFrenchUnits[units]);
    }
    if (tens == 7) // soixante-dix, soixante et onze, soixante-douze…
        return units == 1 ? "soixante et onze" : "soixante-" + frenchBelow100(10 + units, false);
    if (tens == 8)
        return units == 0 ? (invariable ? "quatre-vingt" : "quatre-vingts")
                          : std::string("quatre-vingt-") + kFrenchUnits[units];
    return "quatre-vingt-" + frenchBelow100(10 + units, false); // quatre-vingt-dix…
}

std::string NumberWords::frenchBelow1000(int n, bool invariable) {
    const int hundreds = n / 100, rest = n % 100;
    if (hundreds == 0)
        return frenchBelow100(rest, invariable);
    const std::string head =
        hundreds == 1 ? std::string("cent") : std::string(kFrenchUnits[hundreds]) + " cent";
    if (rest == 0)
        return head + (hundreds > 1 && !invariable ? "s" : "");
    return head + " " + frenchBelow100(rest, invariable);
}

std::string NumberWords::frenchBelowMillion(int n, bool invariable) {
    const int thousands = n / 1000, rest = n % 1000;
    if (thousands == 0)
        return frenchBelow1000(rest, invariable);
    // Before "mille", vingt and cent are followed by a numeral: invariable ("deux cent mille").
    const std::string head =
        thousands == 1 ? std::string("mille") : frenchBelow1000(thousands, true) + " mille";
    return rest == 0 ? head : head + " " + frenchBelow1000(rest, invariable);
}

std::string NumberWords::french(int number) {
    requireRange(number, 0, 999999, "a French number");
    return frenchBelowMillion(number, false);
}

std::string NumberWords::frenchYear(int year) {
    requireRange(year, 1000, 9999, "a year");
    return frenchBelowMillion(year, true);
}

std::string NumberWords::frenchDay(int day) {
    requireRange(day, 1, 31, "a day of the month");
    return day == 1 ? "premier" : french(day);
}

std::string NumberWords::frenchDayFigures(int day) {
    requireRange(day, 1, 31, "a day of the month");
    return day == 1 ? "1er" : std::to_string(day);
}

} // namespace data
