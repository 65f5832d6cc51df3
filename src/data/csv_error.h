#pragma once
/**
 * Why a CSV file cannot be read, in words that name the place: the file, and where known the
 * line (1-based, as an editor numbers it) and the column (1-based field number, with its name
 * when the header gives one), then what was expected and what was found:
 *
 *   data.csv, line 17, column 3 ("price"): expected a number, found "n/a"
 */
#include <stdexcept>
#include <string>

namespace data {

class CsvError : public std::runtime_error {
public:
    /** `line`, `column` 0: not known or not relevant (the whole file, a whole line). */
    CsvError(std::string file, long long line, long long column, std::string columnName,
             const std::string& problem);

    const std::string& file() const { return m_file; }
    long long line() const { return m_line; }
    long long column() const { return m_column; }
    const std::string& problem() const { return m_problem; }

    /** "file, line L, column C ("name")", as far as known. */
    static std::string place(const std::string& file, long long line, long long column,
                             const std::string& columnName);

private:
    std::string m_file;
    long long m_line;
    long long m_column;
    std::string m_problem;
};

} // namespace data
