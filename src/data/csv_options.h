#pragma once
/**
 * How to read a CSV file into a series (CsvReader): the delimiter, whether there is a header,
 * the decimal separator, which column, what to do with missing values, and the largest file
 * accepted. The defaults read an ordinary comma-separated file with a header and refuse gaps.
 */
#include <cstdint>
#include <string>

namespace data {

/** What to do with an empty cell (or NA, NaN) in the value column. */
enum class MissingPolicy {
    Skip,        ///< drop the row, its label with it
    Interpolate, ///< linear between the neighbouring values; gaps at either end are dropped
    Refuse       ///< an error naming the line and column of the first one
};

enum class HeaderMode {
    Auto, ///< a header when a field of the first row is neither a number nor a date
    Yes,
    No
};

struct CsvOptions {
    static constexpr std::uintmax_t kDefaultSizeLimit = 256ull << 20; ///< 256 MiB

    char delimiter = 0; ///< ',', ';' or '\t'; 0: sniffed from the first lines
    HeaderMode header = HeaderMode::Auto;
    bool decimalComma = false; ///< "3,14" is 3.14 (French and German exports, with ';')
    /** The value column: its name as in the header, or its 1-based number ("2"); empty: the first
     * column holding numbers that is not a date, year, quarter or month. */
    std::string column;
    /** One row per period, one column per sub-period (a year of months): the values read row
     * after row over every column that is not a label, as one series. `column` is ignored. */
    bool wide = false;
    MissingPolicy missing = MissingPolicy::Refuse;
    std::uintmax_t sizeLimit = kDefaultSizeLimit; ///< larger files are refused unread

    /** "skip", "interpolate", "refuse". */
    static std::string missingPolicyName(MissingPolicy policy);
    /** The policy of that name; throws std::invalid_argument for another name. */
    static MissingPolicy missingPolicyFromName(const std::string& name);
};

} // namespace data
