#pragma once
/**
 * The dates a CSV file may carry, turned into one label form so that series from different
 * exports read alike:
 *
 *   1958-03-29, 19580329, 29/03/1958, 29.03.1958, Mar-29-1958  →  "1958-03-29"
 *   1958-03                                                   →  "1958-03"
 *   1958 (plain year, only where a header says "year")        →  "1958"
 *
 * Impossible dates (month 13, 31 April, 29 February 1900) are not dates. Labels are kept as
 * text: the forecasting tasks show them, they do not compute with them.
 */
#include <optional>
#include <string>
#include <string_view>

namespace data {

class DateLabel {
public:
    /** What a column header says a column holds. */
    enum class HeaderKind { None, Date, Year, Quarter, Month };

    /** The label of a full date or a year-month, or nothing when `text` is not one. */
    static std::optional<std::string> parseDate(std::string_view text);
    /** A year from 1 to 9999 written as digits only ("1871"), or nothing. */
    static std::optional<int> parseYear(std::string_view text);
    /** 1 to 12 for a month's English name or its first three letters, any case ("JAN"). */
    static std::optional<int> monthFromName(std::string_view text);
    /** What a header names: "date", "DATE", "time", "period", "week", "day" are dates,
     * "year"/"YEAR" a year, "quarter"/"qtr" a quarter, "month" a month. */
    static HeaderKind headerKind(std::string_view header);
    /** Whether that day exists in the proleptic Gregorian calendar. */
    static bool isValidDate(int year, int month, int day);
    /** "1958-03-29" (day 0: "1958-03"). */
    static std::string format(int year, int month, int day);
};

} // namespace data
