#include "data/date_label.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace data {

namespace {

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/** The digits of `text` as a number when `text` is 1…`maxDigits` digits, else nothing. */
std::optional<int> digits(std::string_view text, size_t minDigits, size_t maxDigits) {
    if (text.size() < minDigits || text.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    const auto [ptr, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || ptr != text.data() + text.size() ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return value;
}

/** `text` cut at `separator` into exactly three parts, or false. */
bool splitThree(std::string_view text, char separator, std::array<std::string_view, 3>& parts) {
    const size_t first = text.find(separator);
    if (first == std::string_view::npos)
        return false;
    const size_t second = text.find(separator, first + 1);
    if (second == std::string_view::npos || text.find(separator, second + 1) != text.npos)
        return false;
    parts = {text.substr(0, first), text.substr(first + 1, second - first - 1),
             text.substr(second + 1)};
    return true;
}

std::optional<std::string> checked(std::optional<int> year, std::optional<int> month,
                                   std::optional<int> day) {
    if (!year || !month || !day || !DateLabel::isValidDate(*year, *month, *day))
        return std::nullopt;
    return DateLabel::format(*year, *month, *day);
}

} // namespace

bool DateLabel::isValidDate(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[size_t(month - 1)] + (month == 2 && leap ? 1 : 0);
}

std::string DateLabel::format(int year, int month, int day) {
    char buffer[16];
    if (day == 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::optional<int> DateLabel::parseYear(std::string_view text) {
    const std::optional<int> year = digits(text, 1, 4);
    return year && *year >= 1 ? year : std::nullopt;
}

std::optional<int> DateLabel::monthFromName(std::string_view text) {
    const std::string name = lower(text);
    for (size_t i = 0; i < kMonths.size(); ++i)
        if (name == kMonths[i] || (name.size() == 3 && kMonths[i].starts_with(name)))
            return int(i + 1);
    return std::nullopt;
}

std::optional<std::string> DateLabel::parseDate(std::string_view text) {
    std::array<std::string_view, 3> p;
    if (digits(text, 8, 8)) // yyyymmdd
        return checked(digits(text.substr(0, 4), 4, 4), digits(text.substr(4, 2), 2, 2),
                       digits(text.substr(6, 2), 2, 2));
    if (splitThree(text, '-', p)) {
        if (const std::optional<int> month = monthFromName(p[0])) // Mon-d-yyyy
            return checked(digits(p[2], 4, 4), month, digits(p[1], 1, 2));
        return checked(digits(p[0], 4, 4), digits(p[1], 1, 2), digits(p[2], 1, 2)); // ISO
    }
    if (splitThree(text, '/', p) || splitThree(text, '.', p)) // dd/mm/yyyy, dd.mm.yyyy
        return checked(digits(p[2], 4, 4), digits(p[1], 1, 2), digits(p[0], 1, 2));
    const size_t dash = text.find('-'); // yyyy-mm
    if (dash == 4 && text.size() <= 7) {
        const std::optional<int> year = digits(text.substr(0, 4), 4, 4);
        const std::optional<int> month = digits(text.substr(5), 1, 2);
        if (year && month && isValidDate(*year, *month, 1))
            return format(*year, *month, 0);
    }
    return std::nullopt;
}

DateLabel::HeaderKind DateLabel::headerKind(std::string_view header) {
    const std::string name = lower(header);
    if (name == "date" || name == "time" || name == "period" || name == "week" || name == "day" ||
        name == "datetime" || name == "timestamp")
        return HeaderKind::Date;
    if (name == "year" || name == "yr")
        return HeaderKind::Year;
    if (name == "quarter" || name == "qtr")
        return HeaderKind::Quarter;
    if (name == "month")
        return HeaderKind::Month;
    return HeaderKind::None;
}

} // namespace data
