#include "data/csv_reader.h"

#include "data/csv_error.h"
#include "data/csv_table.h"
#include "data/csv_time_columns.h"
#include "data/date_label.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

namespace data {

namespace {

/** One cell of the series, before it is a number. */
struct Cell {
    long long line;
    size_t column; ///< 0-based
    std::string label;
    std::string text;
    std::optional<double> value; ///< nothing: missing
};

bool isMissing(const std::string& text) {
    return text.empty() || text == "NA" || text == "NaN";
}

/** Why `text` is not a number, with a hint when a usual mistake explains it. */
std::string notANumber(const std::string& text, const CsvTable& table, bool decimalComma) {
    std::string message = "expected a number, found \"" + text + "\"";
    if (!decimalComma && CsvTable::parseNumber(text, true))
        return message + " (a decimal comma? turn on the decimal-comma option)";
    for (char other : {';', '\t', ','})
        if (other != table.delimiter() && text.find(other) != std::string::npos)
            return message + " (it holds " + CsvTable::delimiterName(other) +
                   ": is that the delimiter? the file was read with " +
                   CsvTable::delimiterName(table.delimiter()) + ")";
    return message;
}

std::string columnList(const CsvTable& table) {
    std::string out;
    for (const std::string& name : table.header())
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

size_t chooseColumn(const CsvTable& table, const CsvTimeColumns& time, const std::string& name) {
    if (name.empty()) {
        for (size_t c = 0; c < table.columnCount(); ++c)
            if (!time.contains(c))
                return c;
        throw CsvError(table.source(), 1, 0, {},
                       "every column holds dates (expected a column of numbers too)");
    }
    if (const std::optional<size_t> found = table.findColumn(name))
        return *found;
    const std::optional<int> number = DateLabel::parseYear(name); // digits only
    if (number && size_t(*number) <= table.columnCount())
        return size_t(*number - 1);
    const std::string what = number ? "no column " + name + "; the file has " +
                                          std::to_string(table.columnCount()) + ": "
                                    : "no column named \"" + name + "\"; the columns are ";
    throw CsvError(table.source(), table.hasHeader() ? 1 : 0, 0, {}, what + columnList(table));
}

std::vector<Cell> cellsOf(const CsvTable& table, const CsvTimeColumns& time,
                          const CsvOptions& options, std::string& name) {
    std::vector<Cell> cells;
    const auto& rows = table.rows();
    if (!options.wide) {
        const size_t column = chooseColumn(table, time, options.column);
        name = table.header()[column];
        for (size_t r = 0; r < rows.size(); ++r)
            cells.push_back({rows[r].line, column, time.label(r), rows[r].fields[column], {}});
        return cells;
    }
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < table.columnCount(); ++c) {
            if (time.contains(c))
                continue;
            const std::string& header = table.header()[c];
            std::string label = time.label(r);
            const std::optional<int> month = DateLabel::monthFromName(header);
            if (time.yearsOnly() && month)
                label = DateLabel::format(std::stoi(label), *month, 0);
            else if (!label.empty())
                label += " " + header;
            cells.push_back({rows[r].line, c, label, rows[r].fields[c], {}});
        }
    name = cells.empty()
               ? std::string()
               : table.header()[cells.front().column] + "…" + table.header()[cells.back().column];
    return cells;
}

void parseValues(std::vector<Cell>& cells, const CsvTable& table, const CsvOptions& options) {
    for (Cell& cell : cells) {
        if (isMissing(cell.text)) {
            if (options.missing == MissingPolicy::Refuse)
                table.fail(cell.line, cell.column,
                           "expected a number, found " +
                               (cell.text.empty() ? std::string("an empty cell")
                                                  : "\"" + cell.text + "\"") +
                               " (a missing value; choose to skip or interpolate missing values)");
            continue;
        }
        cell.value = CsvTable::parseNumber(cell.text, options.decimalComma);
        if (!cell.value)
            table.fail(cell.line, cell.column, notANumber(cell.text, table, options.decimalComma));
    }
}

/** The values, the gaps skipped or filled in as the policy says. */
void fillSeries(Series& series, const std::vector<Cell>& cells, MissingPolicy policy) {
    size_t first = 0, last = cells.size();
    if (policy == MissingPolicy::Interpolate) {
        while (first < last && !cells[first].value)
            ++first;
        while (last > first && !cells[last - 1].value)
            --last;
    }
    series.dropped = int(cells.size() - (last - first));
    size_t previous = first; // the last cell with a value
    for (size_t i = first; i < last; ++i) {
        if (!cells[i].value && policy == MissingPolicy::Skip) {
            ++series.dropped;
            continue;
        }
        if (cells[i].value) {
            series.values.push_back(*cells[i].value);
            previous = i;
        } else { // between two values: linear in the row position
            size_t next = i + 1;
            while (!cells[next].value)
                ++next;
            const double a = *cells[previous].value, b = *cells[next].value;
            series.values.push_back(a + (b - a) * double(i - previous) / double(next - previous));
            ++series.interpolated;
        }
        series.labels.push_back(cells[i].label);
    }
}

} // namespace

std::string CsvReader::formatSize(std::uintmax_t bytes) {
    if (bytes < 1024)
        return std::to_string(bytes) + " bytes";
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024;
    size_t unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
    return buffer;
}

std::string CsvReader::loadFile(const std::string& path, std::uintmax_t sizeLimit) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw CsvError(path, 0, 0, {}, "no such file (expected the path of a CSV file)");
    if (fs::is_directory(status))
        throw CsvError(path, 0, 0, {}, "this is a folder (expected a CSV file)");
    const std::uintmax_t size = fs::file_size(path, error);
    if (error)
        throw CsvError(path, 0, 0, {}, "cannot tell its size: " + error.message());
    if (size > sizeLimit)
        throw CsvError(path, 0, 0, {},
                       "the file is " + formatSize(size) + ", larger than the " +
                           formatSize(sizeLimit) +
                           " a CSV series may have; nothing was read (keep only the rows or "
                           "columns you need)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CsvError(path, 0, 0, {}, "cannot be opened (is it readable?)");
    std::string bytes(size, '\0');
    in.read(bytes.data(), std::streamsize(size));
    bytes.resize(size_t(in.gcount()));
    return bytes;
}

namespace {

/** The length of the UTF-8 sequence at `at`, or 0 when it is not one (overlong forms and
 * surrogates included); `bytes` goes on past the checked block, so a sequence it cuts is whole. */
size_t utf8Length(std::string_view bytes, size_t at) {
    const auto byte = [&](size_t k) {
        return static_cast<unsigned char>(bytes[at + k]);
    };
    const unsigned char c = byte(0);
    const size_t length = c < 0x80   ? 1
                          : c < 0xC2 ? 0
                          : c < 0xE0 ? 2
                          : c < 0xF0 ? 3
                          : c < 0xF5 ? 4
                                     : 0;
    if (length <= 1)
        return length;
    if (at + length > bytes.size())
        return 0;
    for (size_t k = 1; k < length; ++k)
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
    const unsigned char next = byte(1);
    if ((c == 0xE0 && next < 0xA0) || (c == 0xED && next > 0x9F) || (c == 0xF0 && next < 0x90) ||
        (c == 0xF4 && next > 0x8F))
        return 0;
    return length;
}

} // namespace

void CsvReader::checkText(std::string_view bytes, const std::string& source) {
    const size_t end = std::min(bytes.size(), kTextCheckBytes);
    long long line = 1;
    for (size_t i = 0; i < end;) {
        if (bytes[i] == '\0')
            throw CsvError(source, line, 0, {},
                           "a NUL byte at byte " + std::to_string(i + 1) +
                               ": this is a binary file, not CSV text");
        const size_t length = utf8Length(bytes, i);
        if (length == 0)
            throw CsvError(source, line, 0, {},
                           "not UTF-8 text at byte " + std::to_string(i + 1) +
                               " (a binary file, or text in another encoding: save it as UTF-8)");
        line += bytes[i] == '\n' ? 1 : 0;
        i += length;
    }
}

Series CsvReader::readFile(const std::string& path, const CsvOptions& options) {
    return readBytes(loadFile(path, options.sizeLimit), path, options);
}

Series CsvReader::readBytes(std::string_view bytes, const std::string& source,
                            const CsvOptions& options) {
    if (bytes.size() > options.sizeLimit)
        throw CsvError(source, 0, 0, {},
                       "the data is " + formatSize(bytes.size()) + ", larger than the " +
                           formatSize(options.sizeLimit) + " a CSV series may have");
    checkText(bytes, source);
    const CsvTable table = CsvTable::parse(bytes, source, options);
    const CsvTimeColumns time = CsvTimeColumns::detect(table);
    Series series;
    series.source = source;
    std::vector<Cell> cells = cellsOf(table, time, options, series.name);
    parseValues(cells, table, options);
    fillSeries(series, cells, options.missing);
    if (series.values.empty())
        throw CsvError(source, 0, 0, {},
                       "the column \"" + series.name + "\" holds no numbers, only missing values");
    if (time.empty())
        series.labels.clear();
    return series;
}

} // namespace data
