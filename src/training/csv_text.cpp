#include "training/csv_text.h"

#include <charconv>
#include <cmath>

namespace training {

namespace {

template <typename T>
QByteArray shortest(T value) {
    if (std::isnan(value))
        return QByteArrayLiteral("nan");
    char buffer[64];
    const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, int(result.ptr - buffer));
}

} // namespace

QByteArray CsvText::number(double value) {
    return shortest(value);
}

QByteArray CsvText::number(float value) {
    return shortest(value);
}

QByteArray CsvText::number(std::int64_t value) {
    return QByteArray::number(qint64(value));
}

QByteArray CsvText::quoted(std::string_view text) {
    QByteArray out;
    out.reserve(qsizetype(text.size()) + 2);
    out += '"';
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace training
