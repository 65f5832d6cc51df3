#pragma once
/**
 * Reads a time series from a CSV file or from bytes: the user's own file, or one built into the
 * program. The steps, each with its own errors (CsvError: the file, the line, the column, what
 * was expected and what was found):
 *
 *   1. the file: it must exist and be at most CsvOptions::sizeLimit bytes (asked of the file
 *      system before anything is read, so a 2 GB file costs nothing);
 *   2. the text: the first 64 KiB must be UTF-8 without NUL bytes (else it is a binary file, or
 *      an export in a legacy encoding);
 *   3. the cells (CsvTable), the time columns (CsvTimeColumns);
 *   4. the values: the chosen column (or, wide, every column but the time ones, row after row),
 *      each cell a number; an empty cell, "NA" or "NaN" is missing and follows the
 *      MissingPolicy.
 */
#include "data/csv_options.h"
#include "data/series.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace data {

class CsvReader {
public:
    static constexpr size_t kTextCheckBytes = 64 * 1024;

    /** The series in the file at `path`; messages name the file as `path` is written. */
    static Series readFile(const std::string& path, const CsvOptions& options);
    /** The series in `bytes`; messages name the file `source`. */
    static Series readBytes(std::string_view bytes, const std::string& source,
                            const CsvOptions& options);
    /** The bytes of the file, after the checks of step 1. */
    static std::string loadFile(const std::string& path, std::uintmax_t sizeLimit);
    /** Throws CsvError when the first kTextCheckBytes of `bytes` are not UTF-8 text. */
    static void checkText(std::string_view bytes, const std::string& source);
    /** "512 bytes", "3.2 MiB", "2.0 GiB". */
    static std::string formatSize(std::uintmax_t bytes);
};

} // namespace data
