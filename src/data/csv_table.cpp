#include "data/csv_table.h"

#include "data/csv_error.h"
#include "data/date_label.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

namespace data {

namespace {

constexpr std::array<char, 3> kCandidates{';', '\t', ','};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

/** Splits text into records; the quote rules of the header comment. */
class Tokenizer {
public:
    Tokenizer(std::string_view text, char delimiter, const std::string& source)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_source(source) {}

    std::vector<CsvTable::Row> rows() {
        std::vector<CsvTable::Row> out;
        while (m_at < m_text.size()) {
            CsvTable::Row row{m_line, {}};
            readRecord(row.fields);
            const bool blank =
                row.fields.size() == 1 && trimmed(row.fields[0]).empty() && !m_lastFieldQuoted;
            if (!blank)
                out.push_back(std::move(row));
        }
        return out;
    }

private:
    /** One record: fields up to the end of a line outside quotes. */
    void readRecord(std::vector<std::string>& fields) {
        for (;;) {
            fields.push_back(readField(fields.size() + 1));
            if (m_at >= m_text.size())
                return;
            const char c = m_text[m_at++];
            if (c == m_delimiter)
                continue;
            endLine(c);
            return;
        }
    }

    void endLine(char c) {
        if (c == '\r' && m_at < m_text.size() && m_text[m_at] == '\n')
            ++m_at;
        ++m_line;
    }

    /** Reads up to the next delimiter or line end, which it leaves unread. */
    std::string readField(size_t column) {
        size_t start = m_at;
        while (start < m_text.size() && (m_text[start] == ' ' || m_text[start] == '\t') &&
               m_text[start] != m_delimiter)
            ++start;
        m_lastFieldQuoted = start < m_text.size() && m_text[start] == '"';
        if (!m_lastFieldQuoted) {
            size_t end = m_at;
            while (end < m_text.size() && m_text[end] != m_delimiter && m_text[end] != '\n' &&
                   m_text[end] != '\r')
                ++end;
            std::string field(trimmed(m_text.substr(m_at, end - m_at)));
            m_at = end;
            return field;
        }
        return readQuoted(start + 1, column);
    }

    std::string readQuoted(size_t at, size_t column) {
        const long long openLine = m_line;
        std::string field;
        for (;;) {
            if (at >= m_text.size())
                throw CsvError(m_source, openLine, static_cast<long long>(column), {},
                               "a quoted field is never closed (expected a closing \")");
            const char c = m_text[at++];
            if (c == '"' && at < m_text.size() && m_text[at] == '"') {
                field += '"';
                ++at;
            } else if (c == '"') {
                break;
            } else {
                if (c == '\n' || (c == '\r' && (at >= m_text.size() || m_text[at] != '\n')))
                    ++m_line;
                field += c;
            }
        }
        while (at < m_text.size() && (m_text[at] == ' ' || m_text[at] == '\t') &&
               m_text[at] != m_delimiter)
            ++at;
        if (at < m_text.size() && m_text[at] != m_delimiter && m_text[at] != '\n' &&
            m_text[at] != '\r')
            throw CsvError(m_source, m_line, static_cast<long long>(column), {},
                           "expected the delimiter " + CsvTable::delimiterName(m_delimiter) +
                               " or the end of the line after a closing quote, found " +
                               CsvTable::delimiterName(m_text[at]));
        m_at = at;
        return field;
    }

    std::string_view m_text;
    char m_delimiter;
    const std::string& m_source;
    size_t m_at = 0;
    long long m_line = 1;
    bool m_lastFieldQuoted = false;
};

/** How often each candidate occurs outside quotes on each of the first lines. */
std::array<std::vector<int>, 3> delimiterCounts(std::string_view text, size_t maxLines) {
    std::array<std::vector<int>, 3> counts;
    std::array<int, 3> line{};
    bool quoted = false, empty = true;
    const auto endLine = [&] {
        if (!empty)
            for (size_t k = 0; k < 3; ++k)
                counts[k].push_back(line[k]);
        line = {};
        empty = true;
    };
    for (size_t i = 0; i < text.size() && counts[0].size() < maxLines; ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\n' || c == '\r') {
            endLine();
            continue;
        }
        if (c != ' ')
            empty = false;
        for (size_t k = 0; k < 3; ++k)
            line[k] += c == kCandidates[k] ? 1 : 0;
    }
    endLine();
    return counts;
}

} // namespace

std::string CsvTable::delimiterName(char delimiter) {
    if (delimiter == '\t')
        return "TAB";
    std::string name(3, '\'');
    name[1] = delimiter;
    return name;
}

char CsvTable::sniffDelimiter(std::string_view text) {
    const auto counts = delimiterCounts(text, 20);
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        const std::vector<int>& c = counts[k];
        if (!c.empty() && c.front() > 0 &&
            std::all_of(c.begin(), c.end(), [&](int n) { return n == c.front(); }))
            return kCandidates[k];
    }
    size_t best = 2; // nothing consistent: the one most frequent on the first line
    for (size_t k = 0; k < kCandidates.size(); ++k)
        if (!counts[k].empty() &&
            counts[k].front() > (counts[best].empty() ? 0 : counts[best].front()))
            best = k;
    return kCandidates[best];
}

std::optional<double> CsvTable::parseNumber(std::string_view text, bool decimalComma) {
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty() || text.front() == '+' || text.front() == ' ')
        return std::nullopt;
    std::string normalized(text);
    if (decimalComma) {
        if (normalized.find('.') != std::string::npos)
            return std::nullopt; // "1.234,5": thousands separators are not numbers here
        std::replace(normalized.begin(), normalized.end(), ',', '.');
    }
    // from_chars, not strtod: it ignores the locale (see task_option.cpp).
    double value = 0;
    const char* end = normalized.data() + normalized.size();
    const auto [ptr, error] = std::from_chars(normalized.data(), end, value);
    if (error != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

CsvTable CsvTable::parse(std::string_view text, const std::string& source,
                         const CsvOptions& options) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    CsvTable table;
    table.m_source = source;
    table.m_delimiter = options.delimiter ? options.delimiter : sniffDelimiter(text);
    table.m_rows = Tokenizer(text, table.m_delimiter, source).rows();
    if (table.m_rows.empty())
        throw CsvError(source, 0, 0, {},
                       "the file is empty (expected a header line and rows of numbers)");
    table.setHeader(options);
    table.checkWidths();
    return table;
}

void CsvTable::setHeader(const CsvOptions& options) {
    const std::vector<std::string>& first = m_rows.front().fields;
    m_hasHeader = options.header == HeaderMode::Yes;
    if (options.header == HeaderMode::Auto)
        for (const std::string& field : first)
            if (!field.empty() && !parseNumber(field, options.decimalComma) &&
                !DateLabel::parseDate(field))
                m_hasHeader = true;
    if (m_hasHeader) {
        m_header = first;
        m_rows.erase(m_rows.begin());
        if (m_rows.empty())
            throw CsvError(m_source, 1, 0, {},
                           "a header and no rows of data (expected rows of numbers after it)");
        return;
    }
    for (size_t i = 0; i < first.size(); ++i)
        m_header.push_back("column " + std::to_string(i + 1));
}

void CsvTable::checkWidths() const {
    const long long firstLine = m_hasHeader ? m_rows.front().line - 1 : m_rows.front().line;
    for (const Row& row : m_rows) {
        if (row.fields.size() == m_header.size())
            continue;
        std::string hint;
        for (char other : kCandidates)
            if (other != m_delimiter)
                for (const std::string& field : m_header)
                    if (field.find(other) != std::string::npos && hint.empty())
                        hint = "; is the delimiter " + delimiterName(other) +
                               "? the file was read with " + delimiterName(m_delimiter);
        const size_t column = std::min(row.fields.size(), m_header.size()) + 1;
        throw CsvError(m_source, row.line, static_cast<long long>(column),
                       column <= m_header.size() && m_hasHeader ? m_header[column - 1] : "",
                       "expected " + std::to_string(m_header.size()) +
                           (m_header.size() == 1 ? " field" : " fields") + ", as on line " +
                           std::to_string(firstLine) + ", found " +
                           std::to_string(row.fields.size()) + hint);
    }
}

std::optional<size_t> CsvTable::findColumn(const std::string& name) const {
    for (size_t i = 0; i < m_header.size(); ++i)
        if (m_header[i] == name)
            return i;
    const auto lower = [](std::string s) {
        for (char& c : s)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    for (size_t i = 0; i < m_header.size(); ++i)
        if (lower(m_header[i]) == lower(name))
            return i;
    return std::nullopt;
}

void CsvTable::fail(long long line, size_t column, const std::string& problem) const {
    throw CsvError(m_source, line, static_cast<long long>(column) + 1,
                   m_hasHeader && column < m_header.size() ? m_header[column] : "", problem);
}

} // namespace data
