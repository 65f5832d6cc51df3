// The gestures file: a save/load round trip that is exact to the bit, and every kind of
// malformed content refused with the file name and the line.
#include "data/gesture_file.h"

#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <stdexcept>

using namespace data;

class TestGestureFile : public QObject {
    Q_OBJECT

private slots:
    void roundTripsExactly();
    void readsCommentsAndBlankLines();
    void refusesMalformedContent_data();
    void refusesMalformedContent();
    void refusesMissingFilesAndBadGestures();
};

void TestGestureFile::roundTripsExactly() {
    const std::vector<Gesture> gestures{
        {"circle", {{0.1, 1.0 / 3.0, 1}, {-2.5e-300, 123456.789, 1}}},
        {"my_cross-2", {{1, 1, 1}, {-1, 0, 0}, {1, -1, 1}}}};
    QTemporaryDir dir;
    const std::string path = dir.filePath("pad.txt").toStdString();
    GestureFile::save(path, gestures);
    QCOMPARE(GestureFile::load(path), gestures);
    // The text itself, as documented.
    QCOMPARE(GestureFile::format({{"cross", {{1, 1, 1}, {-1, 0.5, 0}}}}),
             std::string("lstm-studio-gestures 1\ngesture cross\n1 1 1\n-1 0.5 0\n"));
}

void TestGestureFile::readsCommentsAndBlankLines() {
    const std::string text = "# recorded on the pad\nlstm-studio-gestures 1\n\ngesture check\n"
                             "  0 -1 1\r\n# halfway\n1 2 1\n";
    const std::vector<Gesture> gestures = GestureFile::parse(text, "pad.txt");
    QCOMPARE(gestures.size(), size_t(1));
    QCOMPARE(gestures[0].label, std::string("check"));
    QCOMPARE(gestures[0].steps, (Stroke{{0, -1, 1}, {1, 2, 1}}));
}

void TestGestureFile::refusesMalformedContent_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString header = "lstm-studio-gestures 1\n";
    QTest::newRow("empty") << ""
                           << "pad.txt: the file is empty";
    QTest::newRow("no header") << "gesture a\n1 1 1\n"
                               << "pad.txt:1: not a gestures file";
    QTest::newRow("wrong version") << "lstm-studio-gestures 2\n"
                                   << "pad.txt:1: not a gestures";
    QTest::newRow("step first") << header + "1 1 1\n"
                                << "pad.txt:2: a step before the first";
    QTest::newRow("two fields") << header + "gesture a\n1 1\n"
                                << "pad.txt:3: expected a step \"dx dy pen\"";
    QTest::newRow("four fields") << header + "gesture a\n1 1 1 1\n"
                                 << "pad.txt:3: expected a step";
    QTest::newRow("not a number") << header + "gesture a\n1 1 1\n1,5 2 1\n"
                                  << "pad.txt:4: dx and dy must be finite numbers";
    QTest::newRow("nan") << header + "gesture a\nnan 2 1\n"
                         << "pad.txt:3: dx and dy must be finite";
    QTest::newRow("pen 2") << header + "gesture a\n1 2 2\n"
                           << "pad.txt:3: the pen must be 1 (down) or 0 (up), got \"2\"";
    QTest::newRow("label with a space") << header + "gesture my circle\n1 1 1\n"
                                        << "pad.txt:2: expected \"gesture LABEL\"";
    QTest::newRow("no label") << header + "gesture\n"
                              << "pad.txt:2: expected \"gesture LABEL\"";
    QTest::newRow("no steps") << header + "gesture a\ngesture b\n1 1 1\n"
                              << "pad.txt:2: the gesture \"a\" has no steps";
    QTest::newRow("no steps at the end") << header + "gesture a\n1 1 1\n\ngesture b\n# c\n"
                                         << "pad.txt:5: the gesture \"b\" has no steps";
}

void TestGestureFile::refusesMalformedContent() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        GestureFile::parse(text.toStdString(), "pad.txt");
        QFAIL("no exception");
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString::fromStdString(error.what()).startsWith(message), error.what());
    }
}

void TestGestureFile::refusesMissingFilesAndBadGestures() {
    QTemporaryDir dir;
    const std::string missing = dir.filePath("none.txt").toStdString();
    try {
        GestureFile::load(missing);
        QFAIL("no exception");
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString(error.what()).startsWith(QString::fromStdString(missing)), error.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             GestureFile::format({{"two words", {{1, 1, 1}}}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GestureFile::format({{"empty", {}}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GestureFile::format({{"pen", {{1, 1, 3}}}}));
    QVERIFY_THROWS_EXCEPTION(
        std::runtime_error,
        GestureFile::save(dir.filePath("no/such/dir.txt").toStdString(), {{"a", {{1, 1, 1}}}}));
}

QTEST_APPLESS_MAIN(TestGestureFile)
#include "tst_gesture_file.moc"
