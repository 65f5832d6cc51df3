// Dates written in every style of both languages, checked against text written by hand, and
// the character alphabet the dates task encodes them with.
#include "data/date_writer.h"

#include <QTest>
#include <stdexcept>

using namespace data;

class TestDateWriter : public QObject {
    Q_OBJECT

private slots:
    void writesEveryStyle_data();
    void writesEveryStyle();
    void splitsUtf8IntoCharacters();
    void encodesEveryDateOfTwoCenturies();
    void refusesBadInput();
};

void TestDateWriter::writesEveryStyle_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("french");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    const auto fr = [](int y, int m, int d, int style, const char* text) {
        QTest::addRow("fr %d %d-%d-%d", style, y, m, d)
            << y << m << d << true << style << QString::fromUtf8(text);
    };
    const auto en = [](int y, int m, int d, int style, const char* text) {
        QTest::addRow("en %d %d-%d-%d", style, y, m, d)
            << y << m << d << false << style << QString::fromUtf8(text);
    };
    fr(2026, 11, 28, 0, "vingt-huit novembre deux mille vingt-six");
    fr(2026, 11, 28, 1, "28 novembre 2026");
    fr(2026, 11, 28, 2, "le vingt-huit novembre 2026");
    fr(2026, 11, 28, 3, "28 nov. 2026");
    fr(2026, 11, 28, 4, "le 28 novembre deux mille vingt-six");
    fr(1990, 5, 1, 0, "premier mai mille neuf cent quatre-vingt-dix");
    fr(1990, 5, 1, 1, "1er mai 1990");
    fr(1980, 8, 21, 0, "vingt et un août mille neuf cent quatre-vingt");
    fr(1971, 2, 1, 3, "1er févr. 1971");
    fr(1999, 12, 31, 2, "le trente et un décembre 1999");
    en(2026, 11, 28, 0, "the twenty-eighth of November 2026");
    en(2026, 11, 28, 1, "November 28, 2026");
    en(2026, 11, 28, 2, "28 Nov 2026");
    en(2026, 11, 28, 3, "November twenty-eighth, twenty twenty-six");
    en(2026, 11, 28, 4, "28th November 2026");
    en(1990, 5, 1, 0, "the first of May 1990");
    en(1905, 3, 22, 3, "March twenty-second, nineteen oh five");
    en(2000, 1, 31, 4, "31st January 2000");
    en(2003, 9, 23, 4, "23rd September 2003");
}

void TestDateWriter::writesEveryStyle() {
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, french);
    QFETCH(int, style);
    QFETCH(QString, expected);
    const std::string written = DateWriter::write(
        {year, month, day}, french ? DateLanguage::French : DateLanguage::English, style);
    QCOMPARE(QString::fromStdString(written), expected);
}

void TestDateWriter::splitsUtf8IntoCharacters() {
    const std::vector<std::string> c = DateWriter::characters("août");
    QCOMPARE(c.size(), size_t(4));
    QCOMPARE(c[2], std::string("û"));
    const std::vector<int> ids = DateWriter::encode("28 déc.");
    QCOMPARE(ids.size(), size_t(7));
    QCOMPARE(DateWriter::alphabet()[size_t(ids[4])], std::string("é"));
    QCOMPARE(DateWriter::alphabet()[size_t(ids[0])], std::string("2"));
    QCOMPARE(DateWriter::alphabet()[0], std::string("·")); // padding, never a character
}

void TestDateWriter::encodesEveryDateOfTwoCenturies() {
    // Every character any style writes belongs to the alphabet, and decodes back to the text.
    size_t longest = 0;
    for (const CalendarDate& date : CalendarDate::allBetween(1900, 2099))
        for (DateLanguage language : {DateLanguage::English, DateLanguage::French})
            for (int style = 0; style < DateWriter::kStyles; ++style) {
                const std::string text = DateWriter::write(date, language, style);
                std::string decoded;
                for (int id : DateWriter::encode(text))
                    decoded += DateWriter::alphabet()[size_t(id)];
                QCOMPARE(decoded, text);
                longest = std::max(longest, DateWriter::characters(text).size());
            }
    // "vingt-sept septembre mille neuf cent quatre-vingt-dix-sept" and the like.
    QVERIFY(longest > 50 && longest < 70);
}

void TestDateWriter::refusesBadInput() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             DateWriter::write({2026, 2, 29}, DateLanguage::French, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             DateWriter::write({2026, 2, 28}, DateLanguage::English, 5));
    try {
        DateWriter::encode("12 März");
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString(error.what()).contains("\"ä\""), error.what());
    }
}

QTEST_APPLESS_MAIN(TestDateWriter)
#include "tst_date_writer.moc"
