// The date forms CSV exports use, turned into one label form; impossible dates refused.
#include "data/date_label.h"

#include <QTest>

using namespace data;

class TestDateLabel : public QObject {
    Q_OBJECT

private slots:
    void parsesTheUsualForms_data();
    void parsesTheUsualForms();
    void headersSayWhatAColumnHolds();
};

void TestDateLabel::parsesTheUsualForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label"); ///< empty: not a date
    QTest::newRow("ISO") << "1958-03-29"
                         << "1958-03-29";
    QTest::newRow("ISO, one-digit day and month") << "1958-3-9"
                                                  << "1958-03-09";
    QTest::newRow("yyyymmdd") << "19580329"
                              << "1958-03-29";
    QTest::newRow("dd/mm/yyyy") << "29/03/1958"
                                << "1958-03-29";
    QTest::newRow("d/m/yyyy") << "1/2/1995"
                              << "1995-02-01";
    QTest::newRow("dd.mm.yyyy") << "29.03.1958"
                                << "1958-03-29";
    QTest::newRow("Mon-d-yyyy") << "Jan-1-1995"
                                << "1995-01-01";
    QTest::newRow("Mon-dd-yyyy, upper case") << "DEC-31-2016"
                                             << "2016-12-31";
    QTest::newRow("yyyy-mm") << "1950-07"
                             << "1950-07";
    QTest::newRow("29 February of a leap year") << "2000-02-29"
                                                << "2000-02-29";
    QTest::newRow("29 February 1900") << "1900-02-29"
                                      << "";
    QTest::newRow("31 April") << "31/04/2020"
                              << "";
    QTest::newRow("month 13") << "20201301"
                              << "";
    QTest::newRow("a number") << "316.1"
                              << "";
    QTest::newRow("a year alone") << "1958"
                                  << "";
    QTest::newRow("text") << "n/a"
                          << "";
    QTest::newRow("unknown month") << "Foo-1-1995"
                                   << "";
}

void TestDateLabel::parsesTheUsualForms() {
    QFETCH(QString, text);
    QFETCH(QString, label);
    const std::optional<std::string> parsed = DateLabel::parseDate(text.toStdString());
    QCOMPARE(parsed.has_value(), !label.isEmpty());
    if (parsed)
        QCOMPARE(QString::fromStdString(*parsed), label);
}

void TestDateLabel::headersSayWhatAColumnHolds() {
    using Kind = DateLabel::HeaderKind;
    QCOMPARE(DateLabel::headerKind("DATE"), Kind::Date);
    QCOMPARE(DateLabel::headerKind("YEAR"), Kind::Year);
    QCOMPARE(DateLabel::headerKind("quarter"), Kind::Quarter);
    QCOMPARE(DateLabel::headerKind("Month"), Kind::Month);
    QCOMPARE(DateLabel::headerKind("price"), Kind::None);
    QCOMPARE(DateLabel::monthFromName("JAN"), std::optional<int>(1));
    QCOMPARE(DateLabel::monthFromName("september"), std::optional<int>(9));
    QCOMPARE(DateLabel::monthFromName("Ju"), std::optional<int>());
    QCOMPARE(DateLabel::parseYear("1700"), std::optional<int>(1700));
    QCOMPARE(DateLabel::parseYear("17a0"), std::optional<int>());
}

QTEST_APPLESS_MAIN(TestDateLabel)
#include "tst_date_label.moc"
