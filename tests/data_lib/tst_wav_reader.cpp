// The WAV reader on hand-made files: 8- and 16-bit PCM read to the values the format defines, and
// every kind of bad file refused with a message naming the file and the problem.
#include "data/wav_reader.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstdint>
#include <fstream>

using namespace data;

namespace {

void put(std::string& out, std::uint32_t value, int width) {
    for (int i = 0; i < width; ++i)
        out.push_back(char((value >> (8 * i)) & 0xFF));
}

/** A WAV file written byte by byte, independently of WavReader::encode(). */
std::string wav(std::uint32_t format, std::uint32_t channels, std::uint32_t rate,
                std::uint32_t bits, const std::string& data, std::int64_t claimedSize = -1) {
    std::string out = "RIFF";
    put(out, std::uint32_t(36 + data.size()), 4);
    out += "WAVEfmt ";
    put(out, 16, 4);
    put(out, format, 2);
    put(out, channels, 2);
    put(out, rate, 4);
    put(out, rate * channels * bits / 8, 4);
    put(out, channels * bits / 8, 2);
    put(out, bits, 2);
    out += "data";
    put(out, std::uint32_t(claimedSize < 0 ? std::int64_t(data.size()) : claimedSize), 4);
    return out + data;
}

std::string errorOf(const std::string& bytes) {
    try {
        WavReader::parse(bytes, "digit.wav");
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestWavReader : public QObject {
    Q_OBJECT

private slots:
    void reads16Bit();
    void reads8Bit();
    void skipsOtherChunks();
    void encodeRoundTrips();
    void readsAFile();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void missingFileIsNamed();
};

void TestWavReader::reads16Bit() {
    std::string data;
    for (std::int16_t s : {0, 16384, -32768, 32767})
        put(data, std::uint16_t(s), 2);
    const AudioClip clip = WavReader::parse(wav(1, 1, 16000, 16, data), "a.wav");
    QCOMPARE(clip.sampleRate, 16000.0);
    QCOMPARE(clip.samples, (std::vector<double>{0.0, 0.5, -1.0, 32767.0 / 32768.0}));
}

void TestWavReader::reads8Bit() {
    const std::string data = {char(128), char(192), char(0), char(255)};
    const AudioClip clip = WavReader::parse(wav(1, 1, 8000, 8, data), "a.wav");
    QCOMPARE(clip.samples, (std::vector<double>{0.0, 0.5, -1.0, 127.0 / 128.0}));
    QCOMPARE(clip.seconds(), 4.0 / 8000.0);
}

void TestWavReader::skipsOtherChunks() {
    std::string bytes = wav(1, 1, 8000, 8, std::string(3, char(128)));
    // A LIST chunk of odd size (padded to even) between the format and the data.
    const std::string list = std::string("LIST") + std::string("\x03\0\0\0", 4) + "abc" + '\0';
    bytes.insert(36, list);
    QCOMPARE(WavReader::parse(bytes, "a.wav").samples.size(), size_t(3));
}

void TestWavReader::encodeRoundTrips() {
    const AudioClip clip{8000, {0.0, 0.25, -0.5, 0.999}};
    const AudioClip back = WavReader::parse(WavReader::encode(clip), "a.wav");
    QCOMPARE(back.sampleRate, 8000.0);
    for (size_t i = 0; i < clip.samples.size(); ++i)
        QVERIFY(std::abs(back.samples[i] - clip.samples[i]) < 1.0 / 16384);
}

void TestWavReader::readsAFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("one.wav")).toStdString();
    std::ofstream(path, std::ios::binary) << wav(1, 1, 8000, 8, std::string(80, char(200)));
    QCOMPARE(WavReader::read(path).samples.size(), size_t(80));
}

void TestWavReader::refusesBadFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const auto bytes = [](const std::string& s) {
        return QByteArray(s.data(), qsizetype(s.size()));
    };
    const std::string twoSamples(4, '\0');
    QTest::newRow("text") << bytes("hello, this is not a sound") << "not a WAV file";
    QTest::newRow("empty") << QByteArray() << "not a WAV file";
    QTest::newRow("stereo") << bytes(wav(1, 2, 8000, 16, twoSamples)) << "2 channels";
    QTest::newRow("compressed") << bytes(wav(3, 1, 8000, 32, twoSamples)) << "compressed";
    QTest::newRow("24-bit") << bytes(wav(1, 1, 8000, 24, std::string(6, '\0'))) << "24-bit";
    QTest::newRow("truncated") << bytes(wav(1, 1, 8000, 16, twoSamples, 4000)) << "cut short";
    QTest::newRow("no data") << bytes(wav(1, 1, 8000, 16, "").substr(0, 36)) << "no sound data";
    QTest::newRow("bad rate") << bytes(wav(1, 1, 7, 16, twoSamples)) << "7 Hz";
    // 11 s at 8 kHz, 8-bit: the header claims it, and the bytes are there.
    QTest::newRow("too long") << bytes(wav(1, 1, 8000, 8, std::string(88000, char(128))))
                              << "lasts 11.0 seconds";
}

void TestWavReader::refusesBadFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const std::string error = errorOf(bytes.toStdString());
    QVERIFY2(error.rfind("digit.wav: ", 0) == 0, error.c_str());
    QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
}

void TestWavReader::missingFileIsNamed() {
    try {
        WavReader::read("/nonexistent/seven.wav");
        QFAIL("no exception");
    } catch (const std::runtime_error& e) {
        QCOMPARE(std::string(e.what()),
                 std::string("/nonexistent/seven.wav: cannot open the file"));
    }
}

QTEST_APPLESS_MAIN(TestWavReader)
#include "tst_wav_reader.moc"
