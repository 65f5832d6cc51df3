#include "data/embedded_files.h"

#include <QTest>

#include <fstream>
#include <sstream>

using data::EmbeddedFiles;

class TestEmbeddedFiles : public QObject {
    Q_OBJECT

private slots:
    void everyShippedFileIsEmbeddedByteForByte() {
        const char* shipped[] = {"timeseries/co2.csv", "timeseries/elnino.csv",
                                 "text/notre-dame-de-paris.txt", "sentiment/yelp_labelled.txt"};
        for (const char* path : shipped) {
            std::ifstream file(std::string(LSTM_STUDIO_SOURCE_DIR) + "/resources/data/" + path,
                               std::ios::binary);
            QVERIFY2(file, path);
            std::ostringstream bytes;
            bytes << file.rdbuf();
            const std::optional<std::string_view> embedded = EmbeddedFiles::find(path);
            QVERIFY2(embedded.has_value(), path);
            QCOMPARE(std::string(*embedded), bytes.str());
        }
    }

    void entriesAreSortedAndAttributionIsLeftOut() {
        const auto& entries = EmbeddedFiles::entries();
        QVERIFY(entries.size() >= 12);
        for (size_t i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].path < entries[i].path);
        QVERIFY(!EmbeddedFiles::find("SOURCES.md"));
    }

    void aMissingFileIsNamed() {
        QVERIFY(!EmbeddedFiles::find("timeseries/nope.csv"));
        try {
            EmbeddedFiles::get("timeseries/nope.csv");
            QFAIL("no exception");
        } catch (const std::runtime_error& error) {
            QVERIFY(std::string(error.what()).find("timeseries/nope.csv") != std::string::npos);
        }
    }
};

QTEST_APPLESS_MAIN(TestEmbeddedFiles)
#include "tst_embedded_files.moc"
