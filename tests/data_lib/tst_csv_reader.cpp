// The CSV reader on the series shipped with the program, read as they are, and on a table of
// bad inputs, each of which must give a message naming the file, the line and the column.
#include "data/csv_error.h"
#include "data/csv_reader.h"
#include "data/embedded_files.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace data;

namespace {

Series readShipped(const std::string& file, CsvOptions options = {}) {
    const std::string path = "timeseries/" + file;
    return CsvReader::readBytes(EmbeddedFiles::get(path), path, options);
}

CsvOptions withColumn(std::string column, MissingPolicy missing = MissingPolicy::Refuse) {
    CsvOptions options;
    options.column = std::move(column);
    options.missing = missing;
    return options;
}

/** The lines of a shipped file split at commas, header included: an independent reading. */
std::vector<std::vector<std::string>> plainCells(const std::string& file) {
    std::istringstream in{std::string(EmbeddedFiles::get("timeseries/" + file))};
    std::vector<std::vector<std::string>> out;
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');)
            cells.push_back(cell);
        out.push_back(cells);
    }
    return out;
}

} // namespace

namespace {

const int kRefuse = int(MissingPolicy::Refuse), kInterpolate = int(MissingPolicy::Interpolate);

/** A row of badInputs(): the file's content, what to expect, the options to read it with. */
void row(const char* name, QByteArray content, QStringList expected, QString delimiter = {},
         bool comma = false, int missing = -1, QString column = {}, int count = 0,
         double first = 0) {
    QTest::newRow(name) << content << delimiter << comma << (missing < 0 ? kRefuse : missing)
                        << column << expected << count << first;
}

/** The rows that must read, with their count and first value. */
void readableRows() {
    row("UTF-8 BOM reads",
        "\xEF\xBB\xBF"
        "date,price\n2020-01-01,1.5\n2020-01-02,2.5\n",
        {}, {}, false, -1, "price", 2, 1.5);
    row("CRLF reads", "date,price\r\n2020-01-01,1.5\r\n2020-01-02,2.5\r\n", {}, {}, false, -1, {},
        2, 1.5);
    row("decimal comma with ';' reads", "date;price\n01/02/2020;1,5\n02/02/2020;-2,5\n", {}, {},
        true, -1, "price", 2, 1.5);
    row("NA interpolated", "date,price\n2020-01-01,1\n2020-01-02,NA\n2020-01-03,3\n", {}, {}, false,
        kInterpolate, {}, 3, 1.0);
    row("quotes, delimiters and \"\" inside", "\"a, b\",\"say \"\"hi\"\"\"\n1,2\n3,4\n", {}, {},
        false, -1, "say \"hi\"", 2, 2.0);
}

/** The rows that must be refused, each with the words its message must hold. */
void refusedRows() {
    row("empty file", "", {"the file is empty", "expected a header"});
    row("blank lines only", "\n\r\n  \n", {"the file is empty"});
    row("header only", "date,price\n", {"line 1:", "a header and no rows"});
    row("ragged row", "date,price\n2020-01-01,1\n2020-01-02,2,3\n",
        {"line 3, column 3:", "expected 2 fields, as on line 1, found 3"});
    row("short row", "date,price\n2020-01-01,1\n2020-01-02\n",
        {"line 3, column 2 (\"price\"):", "expected 2 fields, as on line 1, found 1"});
    row("text in a number column", "date,price\n2020-01-01,1.5\n2020-01-02,n/a\n",
        {"line 3, column 2 (\"price\"): expected a number, found \"n/a\""});
    row("wrong delimiter (';' read as ',')", "date;price\n2020-01-01;1,5\n2020-01-02;2,5\n",
        {"line 2, column 2:", "expected 1 field, as on line 1, found 2", "is the delimiter ';'?"},
        ",");
    row("one column read with the wrong delimiter", "date;price\n2020-01-01;1.5\n",
        {"line 2, column 1 (\"date;price\"): expected a number", "is that the delimiter?"}, ",");
    row("decimal comma without the option", "date;price\n01/02/2020;1,5\n",
        {"line 2, column 2 (\"price\"): expected a number, found \"1,5\"", "decimal comma"});
    row("missing value refused", "date,price\n2020-01-01,1\n2020-01-02,\n2020-01-03,3\n",
        {"line 3, column 2 (\"price\"): expected a number, found an empty cell", "skip"});
    row("quote never closed", "a,b\n1,2\n\"3,4\n5,6\n",
        {"line 3, column 1:", "a quoted field is never closed"});
    row("unknown column", "date,price\n2020-01-01,1\n",
        {"line 1:", "no column named \"prce\"", "the columns are date, price"}, {}, false, -1,
        "prce");
    row("impossible date", "date,price\n2020-02-30,1\n",
        {"line 2, column 1 (\"date\"): expected a date"});
    row("binary file (NUL byte)", QByteArray("PK\x03\x04\x14\x00\x00\x00", 8),
        {"line 1:", "NUL byte at byte 6", "binary file"});
    row("Latin-1 text",
        "d\xe9"
        "bit\n1\n",
        {"line 1:", "not UTF-8 text at byte 2"});
    row("huge file", "<huge>", {"300.0 MiB", "larger than the 256.0 MiB", "nothing was read"});
    row("missing file", "<none>", {"no such file"});
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void shippedFilesReadAsTheyAre_data();
    void shippedFilesReadAsTheyAre();
    void co2GapsFollowThePolicy();
    void elninoReadsWideInOrder();
    void badInputs_data();
    void badInputs();
};

void TestCsvReader::shippedFilesReadAsTheyAre_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("last");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("lastLabel");
    QTest::newRow("co2 (yyyymmdd, gaps)") << "co2.csv"
                                          << "co2"
                                          << "co2" << 2284 << 316.1 << 371.5 << "1958-03-29"
                                          << "2001-12-29";
    QTest::newRow("sunspots (quoted header)") << "sunspots.csv"
                                              << ""
                                              << "SUNACTIVITY" << 309 << 5.0 << 2.9 << "1700"
                                              << "2008";
    QTest::newRow("nile") << "nile.csv"
                          << "volume"
                          << "volume" << 100 << 1120.0 << 740.0 << "1871"
                          << "1970";
    QTest::newRow("elec_equip (Jan-1-1995)")
        << "elec_equip.csv"
        << ""
        << "STS.M.I7.W.TOVT.NS0016.4.000" << 257 << 66.19 << 97.86 << "1995-01-01"
        << "2016-05-01";
    QTest::newRow("macrodata realgdp (year, quarter)")
        << "macrodata.csv"
        << ""
        << "realgdp" << 203 << 2710.349 << 12990.341 << "1959 Q1"
        << "2009 Q3";
    QTest::newRow("macrodata unemp") << "macrodata.csv"
                                     << "unemp"
                                     << "unemp" << 203 << 5.8 << 9.6 << "1959 Q1"
                                     << "2009 Q3";
    QTest::newRow("macrodata column 11 (unemp)") << "macrodata.csv"
                                                 << "11"
                                                 << "unemp" << 203 << 5.8 << 9.6 << "1959 Q1"
                                                 << "2009 Q3";
}

void TestCsvReader::shippedFilesReadAsTheyAre() {
    QFETCH(QString, file);
    QFETCH(QString, column);
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(double, first);
    QFETCH(double, last);
    QFETCH(QString, firstLabel);
    QFETCH(QString, lastLabel);
    const Series s = readShipped(file.toStdString(),
                                 withColumn(column.toStdString(), MissingPolicy::Interpolate));
    QCOMPARE(QString::fromStdString(s.name), name);
    QCOMPARE(int(s.values.size()), count);
    QCOMPARE(s.labels.size(), s.values.size());
    QCOMPARE(s.values.front(), first);
    QCOMPARE(s.values.back(), last);
    QCOMPARE(QString::fromStdString(s.labels.front()), firstLabel);
    QCOMPARE(QString::fromStdString(s.labels.back()), lastLabel);
}

void TestCsvReader::co2GapsFollowThePolicy() {
    // Lines 7–16 of co2.csv: 316.9, gap, 317.5, 317.9, five gaps, 315.8.
    const Series filled = readShipped("co2.csv", withColumn("co2", MissingPolicy::Interpolate));
    QCOMPARE(filled.interpolated, 59);
    QCOMPARE(filled.dropped, 0);
    QCOMPARE(filled.values[6], (316.9 + 317.5) / 2); // line 8, value 7
    QCOMPARE(QString::fromStdString(filled.labels[6]), QStringLiteral("1958-05-10"));
    for (int k = 1; k <= 5; ++k) // lines 11–15, values 10–14: linear from 317.9 to 315.8
        QVERIFY(std::abs(filled.values[size_t(8 + k)] - (317.9 + (315.8 - 317.9) * k / 6.0)) <
                1e-12);

    const Series skipped = readShipped("co2.csv", withColumn("co2", MissingPolicy::Skip));
    QCOMPARE(int(skipped.values.size()), 2284 - 59);
    QCOMPARE(skipped.dropped, 59);
    QCOMPARE(skipped.values[6], 317.5);
    QCOMPARE(QString::fromStdString(skipped.labels[6]), QStringLiteral("1958-05-17"));
    QCOMPARE(QString::fromStdString(skipped.labels[8]), QStringLiteral("1958-07-05"));

    try {
        readShipped("co2.csv", withColumn("co2", MissingPolicy::Refuse));
        QFAIL("a gap was accepted");
    } catch (const CsvError& error) {
        QCOMPARE(error.line(), 8LL);
        QCOMPARE(error.column(), 2LL);
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.startsWith(QStringLiteral(
                     "timeseries/co2.csv, line 8, column 2 (\"co2\"): expected a number, found "
                     "an empty cell")),
                 qPrintable(message));
    }
}

void TestCsvReader::elninoReadsWideInOrder() {
    CsvOptions options;
    options.wide = true;
    const Series s = readShipped("elnino.csv", options);
    QCOMPARE(s.values.size(), size_t(61 * 12));
    const auto cells = plainCells("elnino.csv");
    QCOMPARE(cells.size(), size_t(62));
    for (size_t year = 0; year < 61; ++year)
        for (size_t month = 0; month < 12; ++month) {
            QCOMPARE(s.values[year * 12 + month], std::stod(cells[year + 1][month + 1]));
            const std::string label =
                cells[year + 1][0] + (month < 9 ? "-0" : "-") + std::to_string(month + 1);
            QCOMPARE(s.labels[year * 12 + month], label);
        }
    QCOMPARE(s.labels.front(), std::string("1950-01"));
    QCOMPARE(s.labels.back(), std::string("2010-12"));
}

void TestCsvReader::badInputs_data() {
    QTest::addColumn<QByteArray>("content"); ///< "<none>": no file, "<huge>": a sparse file
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<int>("missing");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("expected"); ///< fragments of the message; empty: it reads
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("first");
    readableRows();
    refusedRows();
}

void TestCsvReader::badInputs() {
    QFETCH(QByteArray, content);
    QFETCH(QString, delimiter);
    QFETCH(bool, decimalComma);
    QFETCH(int, missing);
    QFETCH(QString, column);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    QFETCH(double, first);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("data.csv")).toStdString();
    if (content == "<huge>") {
        std::ofstream(path, std::ios::binary) << "date,price\n";
        std::filesystem::resize_file(path, 300ull << 20); // sparse: no 300 MB written
    } else if (content != "<none>") {
        std::ofstream(path, std::ios::binary).write(content.constData(), content.size());
    }
    CsvOptions options;
    options.delimiter = delimiter.isEmpty() ? 0 : delimiter.toLatin1().at(0);
    options.decimalComma = decimalComma;
    options.missing = MissingPolicy(missing);
    options.column = column.toStdString();
    try {
        const Series s = CsvReader::readFile(path, options);
        QVERIFY2(expected.isEmpty(), "read a file it should have refused");
        QCOMPARE(int(s.values.size()), count);
        QCOMPARE(s.values.front(), first);
    } catch (const CsvError& error) {
        const QString message = QString::fromUtf8(error.what());
        qInfo("%s", qPrintable(message));
        QVERIFY2(!expected.isEmpty(), qPrintable(message));
        QVERIFY2(message.startsWith(QString::fromStdString(path)), qPrintable(message));
        for (const QString& fragment : expected)
            QVERIFY2(message.contains(fragment),
                     qPrintable(message + QStringLiteral("\n  lacks: ") + fragment));
    }
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
