#include "data/csv_time_columns.h"

#include "data/date_label.h"

#include <algorithm>

namespace data {

namespace {

bool allDates(const CsvTable& table, size_t column) {
    return std::all_of(table.rows().begin(), table.rows().end(), [&](const CsvTable::Row& row) {
        return DateLabel::parseDate(row.fields[column]).has_value();
    });
}

} // namespace

CsvTimeColumns CsvTimeColumns::detect(const CsvTable& table) {
    CsvTimeColumns out;
    if (table.hasHeader()) {
        for (size_t c = 0; c < table.columnCount(); ++c) {
            const DateLabel::HeaderKind kind = DateLabel::headerKind(table.header()[c]);
            if (kind == DateLabel::HeaderKind::Date) {
                out.readDates(table, c);
                return out;
            }
            if (kind == DateLabel::HeaderKind::Year) {
                out.readYears(table, c);
                return out;
            }
        }
    }
    if (table.columnCount() > 1 && allDates(table, 0))
        out.readDates(table, 0);
    return out;
}

void CsvTimeColumns::readDates(const CsvTable& table, size_t column) {
    m_columns = {column};
    for (const CsvTable::Row& row : table.rows()) {
        const std::optional<std::string> date = DateLabel::parseDate(row.fields[column]);
        if (!date)
            table.fail(row.line, column,
                       "expected a date such as 1958-03-29, 19580329, 29/03/1958 or "
                       "Mar-29-1958, found \"" +
                           row.fields[column] + "\"");
        m_labels.push_back(*date);
    }
}

void CsvTimeColumns::readYears(const CsvTable& table, size_t column) {
    m_columns = {column};
    const size_t next = column + 1;
    const DateLabel::HeaderKind part = next < table.columnCount()
                                           ? DateLabel::headerKind(table.header()[next])
                                           : DateLabel::HeaderKind::None;
    const bool quarters = part == DateLabel::HeaderKind::Quarter;
    const bool months = part == DateLabel::HeaderKind::Month;
    if (quarters || months)
        m_columns.push_back(next);
    m_yearsOnly = !quarters && !months;
    for (const CsvTable::Row& row : table.rows()) {
        const std::optional<int> year = DateLabel::parseYear(row.fields[column]);
        if (!year)
            table.fail(row.line, column,
                       "expected a year such as 1959, found \"" + row.fields[column] + "\"");
        std::string label = std::to_string(*year);
        if (quarters || months) {
            const int last = quarters ? 4 : 12;
            const std::string& text = row.fields[next];
            const std::optional<int> number = DateLabel::parseYear(text);
            if (!number || *number > last)
                table.fail(row.line, next,
                           std::string("expected a ") + (quarters ? "quarter" : "month") +
                               " from 1 to " + std::to_string(last) + ", found \"" + text + "\"");
            label = quarters ? label + " Q" + std::to_string(*number)
                             : DateLabel::format(*year, *number, 0);
        }
        m_labels.push_back(std::move(label));
    }
}

bool CsvTimeColumns::contains(size_t column) const {
    return std::find(m_columns.begin(), m_columns.end(), column) != m_columns.end();
}

const std::string& CsvTimeColumns::label(size_t row) const {
    static const std::string kNone;
    return row < m_labels.size() ? m_labels[row] : kNone;
}

} // namespace data
