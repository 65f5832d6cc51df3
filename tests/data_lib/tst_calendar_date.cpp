// Gregorian calendar facts counted by hand: leap years, month lengths, the number of days of two
// centuries, ISO formatting.
#include "data/calendar_date.h"

#include <QTest>
#include <stdexcept>

using namespace data;

class TestCalendarDate : public QObject {
    Q_OBJECT

private slots:
    void leapYears_data();
    void leapYears();
    void twoCenturiesHold73049Days();
    void writesIsoDates();
    void refusesDatesThatDoNotExist();
};

void TestCalendarDate::leapYears_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<int>("februaryDays");
    QTest::newRow("1900, divisible by 100") << 1900 << false << 28;
    QTest::newRow("2000, divisible by 400") << 2000 << true << 29;
    QTest::newRow("2024") << 2024 << true << 29;
    QTest::newRow("2026") << 2026 << false << 28;
}

void TestCalendarDate::leapYears() {
    QFETCH(int, year);
    QFETCH(bool, leap);
    QFETCH(int, februaryDays);
    QCOMPARE(CalendarDate::isLeapYear(year), leap);
    QCOMPARE(CalendarDate::daysInMonth(year, 2), februaryDays);
    QCOMPARE(CalendarDate::daysInMonth(year, 4), 30);
    QCOMPARE(CalendarDate::daysInMonth(year, 12), 31);
}

void TestCalendarDate::twoCenturiesHold73049Days() {
    // 200 years of 365 days and the leap days of 1904…2096, 2000 included: 49.
    const std::vector<CalendarDate> all = CalendarDate::allBetween(1900, 2099);
    QCOMPARE(all.size(), size_t(200 * 365 + 49));
    QVERIFY(all.front() == (CalendarDate{1900, 1, 1}));
    QVERIFY(all.back() == (CalendarDate{2099, 12, 31}));
    QVERIFY(std::find(all.begin(), all.end(), CalendarDate{2000, 2, 29}) != all.end());
    QVERIFY(std::find(all.begin(), all.end(), CalendarDate{1900, 2, 29}) == all.end());
}

void TestCalendarDate::writesIsoDates() {
    QCOMPARE(CalendarDate({2026, 11, 28}).iso(), std::string("2026-11-28"));
    QCOMPARE(CalendarDate({1905, 1, 2}).iso(), std::string("1905-01-02"));
}

void TestCalendarDate::refusesDatesThatDoNotExist() {
    QVERIFY(!CalendarDate({2026, 2, 29}).isValid());
    QVERIFY(!CalendarDate({2026, 13, 1}).isValid());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CalendarDate({2026, 4, 31}).iso());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CalendarDate({999, 1, 1}).iso());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CalendarDate::daysInMonth(2026, 0));
}

QTEST_APPLESS_MAIN(TestCalendarDate)
#include "tst_calendar_date.moc"
