#pragma once
/**
 * A day of the proleptic Gregorian calendar, as the dates task writes it: year, month (1–12) and
 * day (1–31), with its ISO 8601 form "YYYY-MM-DD" (four-digit years only, 1000–9999).
 *
 * Leap years: divisible by 4 and not by 100, or divisible by 400 (so 2000 is one, 1900 is not).
 */
#include <string>
#include <vector>

namespace data {

struct CalendarDate {
    int year = 2000;
    int month = 1;
    int day = 1;

    /** "2026-11-28". Throws std::invalid_argument when the date does not exist or the year has
     * not four digits. */
    std::string iso() const;
    bool isValid() const;

    static bool isLeapYear(int year);
    /** 28–31. Throws std::invalid_argument for a month outside 1–12. */
    static int daysInMonth(int year, int month);
    /** Every date from 1 January of `firstYear` to 31 December of `lastYear`, in order. */
    static std::vector<CalendarDate> allBetween(int firstYear, int lastYear);

    friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

} // namespace data
