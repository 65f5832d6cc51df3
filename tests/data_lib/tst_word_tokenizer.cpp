// Sentences into lower-case words: apostrophes inside words, accented letters, separators.
#include "data/word_tokenizer.h"

#include <QTest>

using namespace data;

class TestWordTokenizer : public QObject {
    Q_OBJECT

private slots:
    void splitsIntoWords_data();
    void splitsIntoWords();
    void lowersLatinCapitals();
};

void TestWordTokenizer::splitsIntoWords_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << "Great phone!" << QStringList{"great", "phone"};
    QTest::newRow("apostrophe inside")
        << "I didn't like it." << QStringList{"i", "didn't", "like", "it"};
    QTest::newRow("apostrophes at the ends")
        << "'Tis the players' 'best'" << QStringList{"tis", "the", "players", "best"};
    QTest::newRow("typographic apostrophe") << "It\u2019s OK" << QStringList{"it's", "ok"};
    QTest::newRow("digits and punctuation")
        << "10/10, would-buy again...!" << QStringList{"would", "buy", "again"};
    QTest::newRow("accents") << "Clichés au CAFÉ, crêpe"
                             << QStringList{"clichés", "au", "café", "crêpe"};
    QTest::newRow("ligature") << "Œuvre" << QStringList{"œuvre"};
    QTest::newRow("dash and quotes")
        << "bad \u2014 \u201Cvery\u201D bad" << QStringList{"bad", "very", "bad"};
    QTest::newRow("nothing") << " 5 ... !" << QStringList{};
}

void TestWordTokenizer::splitsIntoWords() {
    QFETCH(QString, sentence);
    QFETCH(QStringList, words);
    const QByteArray bytes = sentence.toUtf8();
    const std::vector<std::string> got =
        WordTokenizer::words(std::string_view(bytes.constData(), size_t(bytes.size())));
    QStringList gotWords;
    for (const std::string& word : got)
        gotWords << QString::fromStdString(word);
    QCOMPARE(gotWords, words);
}

void TestWordTokenizer::lowersLatinCapitals() {
    QCOMPARE(uint(WordTokenizer::lower(U'Q')), uint(U'q'));
    QCOMPARE(uint(WordTokenizer::lower(U'É')), uint(U'é'));
    QCOMPARE(uint(WordTokenizer::lower(U'Ç')), uint(U'ç'));
    QCOMPARE(uint(WordTokenizer::lower(U'×')), uint(U'×')); // a sign, not a letter
    QCOMPARE(uint(WordTokenizer::lower(U'Œ')), uint(U'œ'));
    QCOMPARE(uint(WordTokenizer::lower(U'Ł')), uint(U'ł')); // U+0141, in the shifted run
    QCOMPARE(uint(WordTokenizer::lower(U'ł')), uint(U'ł'));
    QCOMPARE(uint(WordTokenizer::lower(U'Ÿ')), uint(U'ÿ'));
    QVERIFY(!WordTokenizer::isLetter(U'7'));
    QVERIFY(!WordTokenizer::isLetter(U'«'));
    QVERIFY(WordTokenizer::isLetter(U'ß'));
}

QTEST_APPLESS_MAIN(TestWordTokenizer)
#include "tst_word_tokenizer.moc"
