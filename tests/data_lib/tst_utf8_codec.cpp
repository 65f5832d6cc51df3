// UTF-8 decoding against hand-encoded bytes and malformed input, and the French text's accents
// against counts made directly over its bytes.
#include "data/embedded_files.h"
#include "data/utf8_codec.h"

#include <QTest>
#include <algorithm>
#include <stdexcept>

using namespace data;

class TestUtf8Codec : public QObject {
    Q_OBJECT

private slots:
    void decodesHandEncodedBytes_data();
    void decodesHandEncodedBytes();
    void rejectsMalformedBytes_data();
    void rejectsMalformedBytes();
    void frenchTextHasItsAccentsAsSingleSymbols();
};

void TestUtf8Codec::decodesHandEncodedBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<uint>>("codePoints");
    QTest::newRow("ascii") << QByteArray("Ab\n") << QList<uint>{0x41, 0x62, 0x0A};
    QTest::newRow("e acute") << QByteArray("\xC3\xA9") << QList<uint>{0xE9};
    QTest::newRow("oe ligature") << QByteArray("\xC5\x93") << QList<uint>{0x153};
    QTest::newRow("guillemets") << QByteArray("\xC2\xAB x \xC2\xBB")
                                << QList<uint>{0xAB, 0x20, 0x78, 0x20, 0xBB};
    QTest::newRow("euro, 3 bytes") << QByteArray("\xE2\x82\xAC") << QList<uint>{0x20AC};
    QTest::newRow("emoji, 4 bytes") << QByteArray("\xF0\x9F\x98\x80") << QList<uint>{0x1F600};
    QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBF"
                                               "a")
                                 << QList<uint>{0x61};
    QTest::newRow("largest") << QByteArray("\xF4\x8F\xBF\xBF") << QList<uint>{0x10FFFF};
}

void TestUtf8Codec::decodesHandEncodedBytes() {
    QFETCH(QByteArray, bytes);
    QFETCH(QList<uint>, codePoints);
    const std::u32string decoded =
        Utf8Codec::decode(std::string_view(bytes.constData(), size_t(bytes.size())));
    QCOMPARE(decoded.size(), size_t(codePoints.size()));
    for (qsizetype i = 0; i < codePoints.size(); ++i)
        QCOMPARE(uint(decoded[size_t(i)]), codePoints[i]);
    // Encoding gives the bytes back, without the BOM.
    const QByteArray expected = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QCOMPARE(QByteArray::fromStdString(Utf8Codec::encode(decoded)), expected);
}

void TestUtf8Codec::rejectsMalformedBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << "at byte 2 (0x80)";
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << "overlong";
    QTest::newRow("overlong 3 bytes") << QByteArray("\xE0\x80\xAF") << "overlong";
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << "not a Unicode scalar value";
    QTest::newRow("above U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80") << "not a Unicode scalar value";
    QTest::newRow("truncated") << QByteArray("x\xC3") << "at byte 1 (0xC3): the text ends";
    QTest::newRow("early end") << QByteArray("\xC3\x41") << "at byte 1 (0x41)";
    QTest::newRow("0xFF") << QByteArray("\xFF") << "not the first byte";
}

void TestUtf8Codec::rejectsMalformedBytes() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    try {
        Utf8Codec::decode(std::string_view(bytes.constData(), size_t(bytes.size())), "f.txt");
        QFAIL("no exception");
    } catch (const std::invalid_argument& error) {
        const QString what = QString::fromUtf8(error.what());
        QVERIFY2(what.startsWith(QStringLiteral("f.txt: not valid UTF-8")), qPrintable(what));
        QVERIFY2(what.contains(message), qPrintable(what));
    }
}

void TestUtf8Codec::frenchTextHasItsAccentsAsSingleSymbols() {
    const std::string_view bytes = EmbeddedFiles::get("text/notre-dame-de-paris.txt");
    QVERIFY(Utf8Codec::hasByteOrderMark(bytes));
    const std::u32string text = Utf8Codec::decode(bytes);
    QVERIFY(text.front() != 0xFEFF);
    // Independent counts over the bytes: a character is a byte that is not a continuation byte
    // (10xxxxxx); the BOM is one of them; 'é' is C3 A9, 'à' C3 A0, 'ç' C3 A7, '«' C2 AB.
    const auto characters = std::count_if(bytes.begin(), bytes.end(), [](char b) {
        return (static_cast<unsigned char>(b) & 0xC0) != 0x80;
    });
    QCOMPARE(qint64(text.size()), qint64(characters) - 1);
    const auto bytesOf = [&](std::string_view needle) {
        qint64 n = 0;
        for (size_t at = bytes.find(needle); at != std::string_view::npos;
             at = bytes.find(needle, at + 1))
            ++n;
        return n;
    };
    const auto symbols = [&](char32_t c) {
        return qint64(std::count(text.begin(), text.end(), c));
    };
    QCOMPARE(bytesOf("\xC3\xA9"), qint64(1463)); // str.count("é") in Python
    QCOMPARE(symbols(U'é'), bytesOf("\xC3\xA9"));
    QCOMPARE(symbols(U'à'), bytesOf("\xC3\xA0"));
    QCOMPARE(symbols(U'ç'), bytesOf("\xC3\xA7"));
    QCOMPARE(symbols(U'«'), bytesOf("\xC2\xAB"));
    QCOMPARE(symbols(U'è'), bytesOf("\xC3\xA8"));
}

QTEST_APPLESS_MAIN(TestUtf8Codec)
#include "tst_utf8_codec.moc"
