// Numbers in French and English words against tables written out by hand (traditional French
// spelling, Académie usage for years; American English without "and").
#include "data/number_words.h"

#include <QTest>
#include <functional>
#include <stdexcept>

using namespace data;

namespace {

using Writer = std::function<std::string(int)>;

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

void addRows(const char* kind, std::initializer_list<std::pair<int, const char*>> rows) {
    for (const auto& [number, words] : rows)
        QTest::addRow("%s %d", kind, number)
            << QString::fromLatin1(kind) << number << QString::fromUtf8(words);
}

Writer writerOf(const QString& kind) {
    if (kind == "french")
        return &NumberWords::french;
    if (kind == "french year")
        return &NumberWords::frenchYear;
    if (kind == "french day")
        return &NumberWords::frenchDay;
    if (kind == "french day figures")
        return &NumberWords::frenchDayFigures;
    if (kind == "english")
        return &NumberWords::english;
    if (kind == "english ordinal")
        return &NumberWords::englishOrdinal;
    if (kind == "english ordinal figures")
        return &NumberWords::englishOrdinalFigures;
    return &NumberWords::englishYear;
}

} // namespace

class TestNumberWords : public QObject {
    Q_OBJECT

private slots:
    void writesTheTable_data();
    void writesTheTable();
    void refusesNumbersOutOfRange_data();
    void refusesNumbersOutOfRange();
};

void TestNumberWords::writesTheTable_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("words");
    addRows("french", {{0, "zéro"},
                       {1, "un"},
                       {16, "seize"},
                       {17, "dix-sept"},
                       {21, "vingt et un"},
                       {22, "vingt-deux"},
                       {31, "trente et un"},
                       {61, "soixante et un"},
                       {70, "soixante-dix"},
                       {71, "soixante et onze"},
                       {72, "soixante-douze"},
                       {77, "soixante-dix-sept"},
                       {80, "quatre-vingts"},
                       {81, "quatre-vingt-un"},
                       {90, "quatre-vingt-dix"},
                       {91, "quatre-vingt-onze"},
                       {99, "quatre-vingt-dix-neuf"},
                       {100, "cent"},
                       {101, "cent un"},
                       {200, "deux cents"},
                       {280, "deux cent quatre-vingts"},
                       {1000, "mille"},
                       {1900, "mille neuf cents"},
                       {1999, "mille neuf cent quatre-vingt-dix-neuf"},
                       {2000, "deux mille"},
                       {2026, "deux mille vingt-six"},
                       {80000, "quatre-vingt mille"},
                       {200000, "deux cent mille"}});
    addRows("french year", {{1900, "mille neuf cent"},
                            {1901, "mille neuf cent un"},
                            {1971, "mille neuf cent soixante et onze"},
                            {1980, "mille neuf cent quatre-vingt"},
                            {1999, "mille neuf cent quatre-vingt-dix-neuf"},
                            {2000, "deux mille"},
                            {2026, "deux mille vingt-six"},
                            {2080, "deux mille quatre-vingt"},
                            {2099, "deux mille quatre-vingt-dix-neuf"}});
    addRows("french day", {{1, "premier"},
                           {2, "deux"},
                           {11, "onze"},
                           {21, "vingt et un"},
                           {28, "vingt-huit"},
                           {31, "trente et un"}});
    addRows("french day figures", {{1, "1er"}, {2, "2"}, {31, "31"}});
    addRows("english", {{0, "zero"},
                        {13, "thirteen"},
                        {21, "twenty-one"},
                        {40, "forty"},
                        {100, "one hundred"},
                        {1999, "one thousand nine hundred ninety-nine"},
                        {2000, "two thousand"},
                        {2007, "two thousand seven"}});
    addRows("english ordinal", {{1, "first"},
                                {2, "second"},
                                {3, "third"},
                                {4, "fourth"},
                                {5, "fifth"},
                                {8, "eighth"},
                                {9, "ninth"},
                                {11, "eleventh"},
                                {12, "twelfth"},
                                {13, "thirteenth"},
                                {20, "twentieth"},
                                {21, "twenty-first"},
                                {22, "twenty-second"},
                                {23, "twenty-third"},
                                {28, "twenty-eighth"},
                                {30, "thirtieth"},
                                {31, "thirty-first"}});
    addRows("english ordinal figures", {{1, "1st"},
                                        {2, "2nd"},
                                        {3, "3rd"},
                                        {4, "4th"},
                                        {11, "11th"},
                                        {12, "12th"},
                                        {13, "13th"},
                                        {21, "21st"},
                                        {22, "22nd"},
                                        {23, "23rd"},
                                        {31, "31st"},
                                        {101, "101st"},
                                        {111, "111th"}});
    addRows("english year", {{1066, "ten sixty-six"},
                             {1900, "nineteen hundred"},
                             {1905, "nineteen oh five"},
                             {1999, "nineteen ninety-nine"},
                             {2000, "two thousand"},
                             {2007, "two thousand seven"},
                             {2010, "twenty ten"},
                             {2026, "twenty twenty-six"},
                             {2100, "twenty-one hundred"}});
}

void TestNumberWords::writesTheTable() {
    QFETCH(QString, kind);
    QFETCH(int, number);
    QFETCH(QString, words);
    QCOMPARE(text(writerOf(kind)(number)), words);
}

void TestNumberWords::refusesNumbersOutOfRange_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("number");
    QTest::newRow("french -1") << "french" << -1;
    QTest::newRow("french 1000000") << "french" << 1000000;
    QTest::newRow("french day 0") << "french day" << 0;
    QTest::newRow("french day 32") << "french day" << 32;
    QTest::newRow("french year 999") << "french year" << 999;
    QTest::newRow("english ordinal 0") << "english ordinal" << 0;
    QTest::newRow("english ordinal 100") << "english ordinal" << 100;
    QTest::newRow("english year 10000") << "english year" << 10000;
}

void TestNumberWords::refusesNumbersOutOfRange() {
    QFETCH(QString, kind);
    QFETCH(int, number);
    try {
        writerOf(kind)(number);
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString(error.what()).contains(QString::number(number)), error.what());
    }
}

QTEST_APPLESS_MAIN(TestNumberWords)
#include "tst_number_words.moc"
