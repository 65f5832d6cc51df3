// The character vocabulary: ids in code-point order after the unknown symbol, rare characters
// folded into it, and a lossless round trip of the French text.
#include "data/char_vocabulary.h"
#include "data/embedded_files.h"
#include "data/utf8_codec.h"

#include <QTest>
#include <stdexcept>

using namespace data;

class TestCharVocabulary : public QObject {
    Q_OBJECT

private slots:
    void idsFollowCodePoints();
    void rareCharactersAreUnknown();
    void frenchTextRoundTrips();
    void rendersSymbolsForPeople();
    void rejectsBadInput();
};

void TestCharVocabulary::idsFollowCodePoints() {
    const CharVocabulary v = CharVocabulary::build(U"été à", 1);
    // Known: ' ' (U+20), 't' (U+74), 'à' (U+E0), 'é' (U+E9): ids 1…4 in that order.
    QCOMPARE(v.size(), 5);
    QCOMPARE(v.idOf(U' '), 1);
    QCOMPARE(v.idOf(U't'), 2);
    QCOMPARE(v.idOf(U'à'), 3);
    QCOMPARE(v.idOf(U'é'), 4);
    QCOMPARE(v.idOf(U'x'), CharVocabulary::kUnknown);
    QCOMPARE(uint(v.symbolOf(4)), uint(U'é'));
    QCOMPARE(uint(v.symbolOf(0)), uint(CharVocabulary::kUnknownCharacter));
    const std::vector<std::int32_t> ids = v.encode(U"tâté");
    QCOMPARE(ids, (std::vector<std::int32_t>{2, 0, 2, 4}));
    QCOMPARE(v.decode(ids), std::string("t\xEF\xBF\xBDt\xC3\xA9"));
}

void TestCharVocabulary::rareCharactersAreUnknown() {
    const CharVocabulary v = CharVocabulary::build(U"aaabbc", 2);
    QCOMPARE(v.size(), 3); // <unk>, a, b
    QCOMPARE(v.idOf(U'a'), 1);
    QCOMPARE(v.idOf(U'b'), 2);
    QCOMPARE(v.idOf(U'c'), CharVocabulary::kUnknown);
}

void TestCharVocabulary::frenchTextRoundTrips() {
    const std::string_view bytes = EmbeddedFiles::get("text/notre-dame-de-paris.txt");
    const std::u32string text = Utf8Codec::decode(bytes);
    const CharVocabulary v = CharVocabulary::build(text, 1);
    QCOMPARE(v.size(), 91); // 90 distinct characters (Python: len(set(text))) and <unk>
    QCOMPARE(v.decode(v.encode(text)), std::string(bytes.substr(3)));
    for (char32_t c : std::u32string(U"éàçèêù«»ÀÉ"))
        QVERIFY(v.idOf(c) != CharVocabulary::kUnknown);
}

void TestCharVocabulary::rendersSymbolsForPeople() {
    const CharVocabulary v = CharVocabulary::build(U" \n\té", 1);
    QCOMPARE(v.render(v.idOf(U' ')), std::string("\u2423"));
    QCOMPARE(v.render(v.idOf(U'\n')), std::string("\u21B5"));
    QCOMPARE(v.render(v.idOf(U'\t')), std::string("\u21E5"));
    QCOMPARE(v.render(v.idOf(U'é')), std::string("\xC3\xA9"));
    QCOMPARE(v.render(CharVocabulary::kUnknown), std::string("<unk>"));
}

void TestCharVocabulary::rejectsBadInput() {
    const CharVocabulary v = CharVocabulary::build(U"ab", 1);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, v.symbolOf(3));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, v.symbolOf(-1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CharVocabulary::build(U"ab", 0));
}

QTEST_APPLESS_MAIN(TestCharVocabulary)
#include "tst_char_vocabulary.moc"
