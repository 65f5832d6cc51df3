#include "session/crc32.h"

#include <QTest>

class TestCrc32 : public QObject {
    Q_OBJECT

private slots:
    void knownChecksums_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<quint32>("crc");
        // Check values of CRC-32/ISO-HDLC (zlib's crc32()).
        QTest::newRow("empty") << QByteArray() << quint32(0x00000000);
        QTest::newRow("a") << QByteArray("a") << quint32(0xE8B7BE43);
        QTest::newRow("check") << QByteArray("123456789") << quint32(0xCBF43926);
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                             << quint32(0x414FA339);
        QTest::newRow("32 zeros") << QByteArray(32, '\0') << quint32(0x190A55AD);
    }

    void knownChecksums() {
        QFETCH(QByteArray, bytes);
        QFETCH(quint32, crc);
        QCOMPARE(session::Crc32::of({bytes.constData(), std::size_t(bytes.size())}), crc);
    }

    void piecesGiveTheChecksumOfTheWhole() {
        session::Crc32 crc;
        crc.update("1234");
        crc.update("");
        crc.update("56789");
        QCOMPARE(crc.value(), 0xCBF43926u);
    }
};

QTEST_GUILESS_MAIN(TestCrc32)
#include "tst_crc32.moc"
