// The built-in spoken digits: G.711 mu-law decoding against the standard's table values, the
// corpus's size and balance, and a malformed index refused with its line.
#include "data/speech_corpus.h"

#include <QTest>
#include <map>
#include <set>

using namespace data;

class TestSpeechCorpus : public QObject {
    Q_OBJECT

private slots:
    void decodesMuLaw_data();
    void decodesMuLaw();
    void builtInHasEveryDigitOfEveryVariant();
    void clipsAreSpeechLength();
    void digitWords();
    void refusesABadIndex();
};

void TestSpeechCorpus::decodesMuLaw_data() {
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("linear");
    // ITU-T G.711 mu-law, as CPython's audioop.ulaw2lin decodes it: 0xFF and 0x7F are ±0, 0x80 and
    // 0x00 the extremes ±32124.
    QTest::newRow("0xFF") << 0xFF << 0;
    QTest::newRow("0x7F") << 0x7F << 0;
    QTest::newRow("0x80") << 0x80 << 32124;
    QTest::newRow("0x00") << 0x00 << -32124;
    QTest::newRow("0xFE") << 0xFE << 8;
    QTest::newRow("0xF0") << 0xF0 << 120;
    QTest::newRow("0xEF") << 0xEF << 132;
    QTest::newRow("0x8F") << 0x8F << 16764;
    QTest::newRow("0x9F") << 0x9F << 8316;
    QTest::newRow("0x0F") << 0x0F << -16764;
}

void TestSpeechCorpus::decodesMuLaw() {
    QFETCH(int, byte);
    QFETCH(int, linear);
    QCOMPARE(SpeechCorpus::decodeMuLaw(std::uint8_t(byte)), linear / 32768.0);
}

void TestSpeechCorpus::builtInHasEveryDigitOfEveryVariant() {
    const SpeechCorpus& corpus = SpeechCorpus::builtIn();
    QCOMPARE(corpus.variants(), 24);
    QCOMPARE(corpus.clips().size(), size_t(480));
    std::set<std::tuple<std::string, int, int>> seen;
    for (const SpeechCorpus::Clip& c : corpus.clips()) {
        QVERIFY(c.language == "en" || c.language == "fr");
        QVERIFY(c.voice.rfind(c.language, 0) == 0);
        seen.insert({c.language, c.variant, c.digit});
    }
    QCOMPARE(seen.size(), size_t(480));
}

void TestSpeechCorpus::clipsAreSpeechLength() {
    for (const SpeechCorpus::Clip& c : SpeechCorpus::builtIn().clips()) {
        QCOMPARE(c.audio.sampleRate, 8000.0);
        QVERIFY(c.audio.seconds() > 0.15 && c.audio.seconds() < 1.5);
        double peak = 0;
        for (double s : c.audio.samples)
            peak = std::max(peak, std::abs(s));
        QVERIFY(peak > 0.3 && peak <= 1.0); // the script's gains are 0.4–0.9
    }
}

void TestSpeechCorpus::digitWords() {
    QCOMPARE(SpeechCorpus::digitWord("fr", 7), std::string("sept"));
    QCOMPARE(SpeechCorpus::digitWord("en", 0), std::string("zero"));
    QCOMPARE(SpeechCorpus::digitWord("fr", 0), std::string("zéro"));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, SpeechCorpus::digitWord("en", 10));
}

void TestSpeechCorpus::refusesABadIndex() {
    const std::string header = "offset,length,language,digit,variant,voice\n";
    try {
        SpeechCorpus(header + "0,2,en,1,0,en\n0,9,en,2,0,en\n", "abc", "index.csv");
        QFAIL("no exception");
    } catch (const std::runtime_error& e) {
        QVERIFY2(std::string(e.what()).rfind("index.csv, line 3: ", 0) == 0, e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             SpeechCorpus(header + "x,2,en,1,0,en\n", "abc", "index.csv"));
    QCOMPARE(SpeechCorpus(header + "0,2,en,1,0,en\n", "abc", "i").clips().size(), size_t(1));
}

QTEST_APPLESS_MAIN(TestSpeechCorpus)
#include "tst_speech_corpus.moc"
