#include "data/date_writer.h"

#include "data/number_words.h"

#include <map>
#include <stdexcept>

namespace data {

namespace {

const char* const kEnglishMonths[12] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
const char* const kFrenchMonths[12] = {"janvier",   "février", "mars",     "avril",
                                       "mai",       "juin",    "juillet",  "août",
                                       "septembre", "octobre", "novembre", "décembre"};
const char* const kFrenchAbbreviations[12] = {"janv.", "févr.", "mars",  "avr.", "mai",  "juin",
                                              "juil.", "août",  "sept.", "oct.", "nov.", "déc."};

} // namespace

std::string DateWriter::monthName(int month, DateLanguage language) {
    if (month < 1 || month > 12)
        throw std::invalid_argument("there is no month " + std::to_string(month));
    return language == DateLanguage::French ? kFrenchMonths[month - 1] : kEnglishMonths[month - 1];
}

std::string DateWriter::write(const CalendarDate& date, DateLanguage language, int style) {
    if (style < 0 || style >= kStyles)
        throw std::invalid_argument("there is no date style " + std::to_string(style));
    if (!date.isValid())
        throw std::invalid_argument("the date " + std::to_string(date.year) + "-" +
                                    std::to_string(date.month) + "-" + std::to_string(date.day) +
                                    " does not exist");
    return language == DateLanguage::French ? writeFrench(date, style) : writeEnglish(date, style);
}

std::string DateWriter::writeFrench(const CalendarDate& date, int style) {
    const std::string month = kFrenchMonths[date.month - 1];
    const std::string year = std::to_string(date.year);
    switch (style) {
    case 0:
        return NumberWords::frenchDay(date.day) + " " + month + " " +
               NumberWords::frenchYear(date.year);
    case 1:
        return NumberWords::frenchDayFigures(date.day) + " " + month + " " + year;
    case 2:
        return "le " + NumberWords::frenchDay(date.day) + " " + month + " " + year;
    case 3:
        return NumberWords::frenchDayFigures(date.day) + " " +
               kFrenchAbbreviations[date.month - 1] + " " + year;
    default:
        return "le " + NumberWords::frenchDayFigures(date.day) + " " + month + " " +
               NumberWords::frenchYear(date.year);
    }
}

std::string DateWriter::writeEnglish(const CalendarDate& date, int style) {
    const std::string month = kEnglishMonths[date.month - 1];
    const std::string day = std::to_string(date.day);
    const std::string year = std::to_string(date.year);
    switch (style) {
    case 0:
        return "the " + NumberWords::englishOrdinal(date.day) + " of " + month + " " + year;
    case 1:
        return month + " " + day + ", " + year;
    case 2:
        return day + " " + month.substr(0, 3) + " " + year;
    case 3:
        return month + " " + NumberWords::englishOrdinal(date.day) + ", " +
               NumberWords::englishYear(date.year);
    default:
        return NumberWords::englishOrdinalFigures(date.day) + " " + month + " " + year;
    }
}

const std::vector<std::string>& DateWriter::alphabet() {
    static const std::vector<std::string> symbols = [] {
        std::vector<std::string> out{"·", " ", ",", "-", "."};
        for (char c = '0'; c <= '9'; ++c)
            out.emplace_back(1, c);
        for (char c = 'a'; c <= 'z'; ++c)
            out.emplace_back(1, c);
        for (char c = 'A'; c <= 'Z'; ++c)
            out.emplace_back(1, c);
        out.insert(out.end(), {"é", "û"});
        return out;
    }();
    return symbols;
}

std::vector<std::string> DateWriter::characters(const std::string& text) {
    std::vector<std::string> out;
    for (unsigned char byte : text) {
        if ((byte & 0xC0) == 0x80 && !out.empty())
            out.back() += char(byte); // a continuation byte of UTF-8
        else
            out.emplace_back(1, char(byte));
    }
    return out;
}

std::vector<int> DateWriter::encode(const std::string& text) {
    static const std::map<std::string, int> index = [] {
        std::map<std::string, int> out;
        for (size_t i = 0; i < alphabet().size(); ++i)
            out[alphabet()[i]] = int(i);
        return out;
    }();
    std::vector<int> ids;
    for (const std::string& c : characters(text)) {
        const auto found = index.find(c);
        if (found == index.end() || found->second == 0)
            throw std::invalid_argument("the character \"" + c + "\" of \"" + text +
                                        "\" is not in the dates alphabet");
        ids.push_back(found->second);
    }
    return ids;
}

} // namespace data
