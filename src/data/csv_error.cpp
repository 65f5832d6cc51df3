#include "data/csv_error.h"

namespace data {

CsvError::CsvError(std::string file, long long line, long long column, std::string columnName,
                   const std::string& problem)
    : std::runtime_error(place(file, line, column, columnName) + ": " + problem)
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
    , m_problem(problem) {}

std::string CsvError::place(const std::string& file, long long line, long long column,
                            const std::string& columnName) {
    std::string out = file.empty() ? std::string("(CSV data)") : file;
    if (line > 0)
        out += ", line " + std::to_string(line);
    if (column > 0) {
        out += ", column " + std::to_string(column);
        if (!columnName.empty())
            out += " (\"" + columnName + "\")";
    }
    return out;
}

} // namespace data
