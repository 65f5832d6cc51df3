#pragma once
// A small RFC 4180 reader for the CSV export tests, written apart from the writer: fields
// separated by commas, a field in double quotes may hold commas, line breaks and doubled quotes.
#include <QByteArray>
#include <QList>
#include <optional>

namespace csvtest {

using Row = QList<QByteArray>;

/** The rows of `text`, or nullopt when a quoted field is not closed or a quote is misplaced. */
inline std::optional<QList<Row>> parse(const QByteArray& text) {
    QList<Row> rows;
    Row row;
    QByteArray field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else
                quoted = false;
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == ',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
        } else if (wasQuoted) {
            return std::nullopt; // text after a closing quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // unclosed quote, or a last line without its "\n"
    return rows;
}

} // namespace csvtest
