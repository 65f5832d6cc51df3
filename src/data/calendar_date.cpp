#include "data/calendar_date.h"

#include <cstdio>
#include <stdexcept>

namespace data {

bool CalendarDate::isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int CalendarDate::daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        throw std::invalid_argument("there is no month " + std::to_string(month));
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool CalendarDate::isValid() const {
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

std::string CalendarDate::iso() const {
    if (!isValid() || year < 1000 || year > 9999)
        throw std::invalid_argument("no ISO date for year " + std::to_string(year) + ", month " +
                                    std::to_string(month) + ", day " + std::to_string(day));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::vector<CalendarDate> CalendarDate::allBetween(int firstYear, int lastYear) {
    std::vector<CalendarDate> dates;
    for (int year = firstYear; year <= lastYear; ++year)
        for (int month = 1; month <= 12; ++month)
            for (int day = 1; day <= daysInMonth(year, month); ++day)
                dates.push_back({year, month, day});
    return dates;
}

} // namespace data
