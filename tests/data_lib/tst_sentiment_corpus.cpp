// Reading labelled sentences: the shipped files against counts made over their bytes, and every
// malformed line reported with its file and line number.
#include "data/embedded_files.h"
#include "data/sentiment_corpus.h"

#include <QTest>
#include <stdexcept>

using namespace data;

class TestSentimentCorpus : public QObject {
    Q_OBJECT

private slots:
    void readsSentencesAndLabels();
    void shippedFilesParse_data();
    void shippedFilesParse();
    void malformedLinesNameTheirLine_data();
    void malformedLinesNameTheirLine();
};

void TestSentimentCorpus::readsSentencesAndLabels() {
    const auto sentences =
        SentimentCorpus::parse("Good case.\t1\r\n\nBad\tnews  \t 0 \nLast\t1", "x.txt");
    QCOMPARE(sentences.size(), size_t(3));
    QCOMPARE(sentences[0].text, std::string("Good case."));
    QCOMPARE(sentences[0].label, 1);
    QCOMPARE(sentences[0].line, 1);
    QCOMPARE(sentences[1].text, std::string("Bad\tnews")); // the label follows the last tab
    QCOMPARE(sentences[1].label, 0);
    QCOMPARE(sentences[1].line, 3);
    QCOMPARE(sentences[2].line, 4);
}

void TestSentimentCorpus::shippedFilesParse_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("amazon") << "sentiment/amazon_cells_labelled.txt";
    QTest::newRow("imdb") << "sentiment/imdb_labelled.txt";
    QTest::newRow("yelp") << "sentiment/yelp_labelled.txt";
}

void TestSentimentCorpus::shippedFilesParse() {
    QFETCH(QString, file);
    const std::string path = file.toStdString();
    const std::string_view bytes = EmbeddedFiles::get(path);
    const auto sentences = SentimentCorpus::parse(bytes, path);
    // Independently: a line is positive when its text ends in "\t1" before optional spaces.
    const QList<QByteArray> lines = QByteArray(bytes.data(), qsizetype(bytes.size())).split('\n');
    int positive = 0, negative = 0;
    for (const QByteArray& line : lines) {
        const QByteArray end = line.trimmed();
        if (end.isEmpty())
            continue;
        positive += end.endsWith("\t1") ? 1 : 0;
        negative += end.endsWith("\t0") ? 1 : 0;
    }
    int parsedPositive = 0;
    for (const LabelledSentence& s : sentences)
        parsedPositive += s.label;
    QCOMPARE(int(sentences.size()), positive + negative);
    QCOMPARE(parsedPositive, positive);
    QVERIFY(sentences.size() > 900);
}

void TestSentimentCorpus::malformedLinesNameTheirLine_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = "Fine.\t1\nAwful.\t0\n";
    QTest::newRow("no tab") << good + "Nothing here 1\n"
                            << "r.txt:3: no tab; expected a sentence, a tab and its label 0 or 1";
    QTest::newRow("label 2")
        << good + "xin ch\xC3\xA0o\t2\n"
        << "r.txt:3: the label is \"2\", expected 0 (negative) or 1 (positive)";
    QTest::newRow("no label")
        << QByteArray("Fine.\t\n")
        << "r.txt:1: the label is \"\", expected 0 (negative) or 1 (positive)";
    QTest::newRow("empty sentence") << good + "\n \t1\n"
                                    << "r.txt:4: the sentence before the tab is empty";
    QTest::newRow("not UTF-8") << good + "caf\xE9\t1\n"
                               << "r.txt:3: text: not valid UTF-8 at byte 3 (0xE9)";
}

void TestSentimentCorpus::malformedLinesNameTheirLine() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    try {
        SentimentCorpus::parse(std::string_view(bytes.constData(), size_t(bytes.size())), "r.txt");
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString::fromUtf8(error.what()).startsWith(message), error.what());
    }
}

QTEST_APPLESS_MAIN(TestSentimentCorpus)
#include "tst_sentiment_corpus.moc"
