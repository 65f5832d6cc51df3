#pragma once
/**
 * The cells of a CSV text, before any of them is taken for a number: the header (given or
 * "column 1", "column 2"…), and the data rows with the line each starts on.
 *
 * The format is RFC 4180's, read leniently where files in the wild differ: the delimiter is
 * ',', ';' or TAB (given, or sniffed from the first lines: the candidate found the same
 * nonzero number of times on each of them, ';' before TAB before ','); a field in double quotes
 * may hold delimiters, line breaks and "" for a quote; lines end in LF, CRLF or CR; a UTF-8 byte
 * order mark is skipped; blank lines are ignored; spaces around a field are dropped. Every row
 * must have as many fields as the first one (the header when there is one).
 */
#include "data/csv_options.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace data {

class CsvTable {
public:
    struct Row {
        long long line = 0; ///< where the row starts, 1-based
        std::vector<std::string> fields;
    };

    /** Splits `text` into cells. Throws CsvError (naming `source`, the line and the column) for
     * an empty text, a header without rows, a quote never closed, a row of the wrong length. */
    static CsvTable parse(std::string_view text, const std::string& source,
                          const CsvOptions& options);
    /** The delimiter a text seems to use (see above); ',' when nothing tells. */
    static char sniffDelimiter(std::string_view text);
    /** A number as CSV files write it ("-3.5", "1e-3", "+2", with a decimal comma "3,5"), spaces
     * around it allowed; nothing for anything else, NaN and infinities included. */
    static std::optional<double> parseNumber(std::string_view text, bool decimalComma);
    /** "','", "';'", "TAB", as messages name a delimiter. */
    static std::string delimiterName(char delimiter);

    const std::string& source() const { return m_source; }
    char delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    const std::vector<std::string>& header() const { return m_header; }
    const std::vector<Row>& rows() const { return m_rows; }
    size_t columnCount() const { return m_header.size(); }
    /** The column named `name` (exactly, else ignoring case), or nothing. */
    std::optional<size_t> findColumn(const std::string& name) const;
    /** Throws a CsvError at cell `column` (0-based) of the row on `line`, with the column's name.
     */
    [[noreturn]] void fail(long long line, size_t column, const std::string& problem) const;

private:
    void setHeader(const CsvOptions& options);
    void checkWidths() const;

    std::string m_source;
    char m_delimiter = ',';
    bool m_hasHeader = false;
    std::vector<std::string> m_header;
    std::vector<Row> m_rows;
};

} // namespace data
