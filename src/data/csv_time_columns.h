#pragma once
/**
 * The columns of a CSV table that say when a row was measured, and the label each row gets.
 *
 * The time column is the first one whose header says "date" (or time, period, week, day) or
 * "year", else the first column when each of its cells is a date (DateLabel). A year column
 * followed by a "quarter" or "month" column makes one label of both: "1959 Q1", "1959-01".
 * Only tables with a header can have year columns: a headerless column of 4-digit numbers is
 * values. A cell of a time column that is not what its header says is an error.
 */
#include "data/csv_table.h"

#include <string>
#include <vector>

namespace data {

class CsvTimeColumns {
public:
    /** Finds the time columns of `table` and labels its rows; throws CsvError at a bad cell. */
    static CsvTimeColumns detect(const CsvTable& table);

    /** Whether column `column` (0-based) holds times rather than values. */
    bool contains(size_t column) const;
    bool empty() const { return m_columns.empty(); }
    /** Whether the labels are years alone (a wide table's rows then label their columns). */
    bool yearsOnly() const { return m_yearsOnly; }
    /** The label of data row `row`; empty when the table has no time column. */
    const std::string& label(size_t row) const;

private:
    void readDates(const CsvTable& table, size_t column);
    void readYears(const CsvTable& table, size_t column);

    std::vector<size_t> m_columns;
    std::vector<std::string> m_labels;
    bool m_yearsOnly = false;
};

} // namespace data
