#pragma once
/**
 * The fields of the CSV files LSTM Studio exports (HistoryCsv, TraceCsv), written the same way
 * everywhere so that pandas, R and spreadsheets read them alike whatever the user's locale:
 * numbers with a '.' and the fewest digits that read back to the same double or float
 * (std::to_chars: "0.1", "1e-07", "nan", "inf", "-inf"), text always in double quotes with a
 * quote inside doubled ("say ""hi"""), lines ended by "\n" (RFC 4180 allows either ending).
 */
#include <QByteArray>
#include <cstdint>
#include <string_view>

namespace training {

class CsvText {
public:
    /** Shortest round-trip form of a double; "nan", "inf", "-inf" for the non-finite. */
    static QByteArray number(double value);
    /** Shortest round-trip form of a float, which reads back to the same float. */
    static QByteArray number(float value);
    static QByteArray number(std::int64_t value);
    /** `text` (UTF-8) between double quotes, its quotes doubled; commas and line breaks kept. */
    static QByteArray quoted(std::string_view text);
};

} // namespace training
