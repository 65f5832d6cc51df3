// The word vocabulary: <pad> and <unk> first, known words by count, rare ones unknown.
#include "data/word_vocabulary.h"

#include <QTest>

using namespace data;

class TestWordVocabulary : public QObject {
    Q_OBJECT

private slots:
    void knownWordsByCount();
    void roundTrip();
};

void TestWordVocabulary::knownWordsByCount() {
    const std::vector<std::vector<std::string>> sentences = {
        {"good", "food"}, {"bad", "food"}, {"good", "good", "service"}, {"bad"}};
    // Counts: good 3, bad 2, food 2, service 1.
    const WordVocabulary all = WordVocabulary::build(sentences, 1);
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.wordOf(WordVocabulary::kPad), std::string("<pad>"));
    QCOMPARE(all.wordOf(WordVocabulary::kUnknown), std::string("<unk>"));
    QCOMPARE(all.wordOf(2), std::string("good"));
    QCOMPARE(all.wordOf(3), std::string("bad")); // ties in byte order
    QCOMPARE(all.wordOf(4), std::string("food"));
    QCOMPARE(all.wordOf(5), std::string("service"));
    QCOMPARE(all.countOf(2), std::int64_t(3));
    const WordVocabulary frequent = WordVocabulary::build(sentences, 2);
    QCOMPARE(frequent.size(), 5);
    QCOMPARE(frequent.idOf("service"), WordVocabulary::kUnknown);
    QCOMPARE(frequent.idOf("never-seen"), WordVocabulary::kUnknown);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, WordVocabulary::build(sentences, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, frequent.wordOf(5));
}

void TestWordVocabulary::roundTrip() {
    const WordVocabulary v = WordVocabulary::build({{"a", "b", "a"}}, 1);
    const std::vector<std::int32_t> ids = v.encode({"b", "a", "zzz"});
    QCOMPARE(ids, (std::vector<std::int32_t>{3, 2, WordVocabulary::kUnknown}));
    QCOMPARE(v.wordOf(ids[0]), std::string("b"));
}

QTEST_APPLESS_MAIN(TestWordVocabulary)
#include "tst_word_vocabulary.moc"
