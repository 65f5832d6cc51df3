// TraceCsv: a probe trace written as long-format CSV and read back with an independent parser
// (csv_parser.h) gives every value of the trace, bit for bit, at its layer, series, unit and step
// — gates, cell, hidden state, gradient norms, attention and outputs — and nothing else.
#include "../session/session_fixtures.h"
#include "csv_parser.h"
#include "training/trace_csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <tuple>

using training::TraceCsv;

namespace {

using Key = std::tuple<QByteArray, QByteArray, QByteArray, qint64>; // layer, series, unit, step

/** What the file should hold, built from the trace's fields directly. */
std::map<Key, float> expectedValues(const session::ProbeTrace& trace) {
    std::map<Key, float> values;
    const auto addMatrix = [&](const QByteArray& layer, const QByteArray& series,
                               const core::Matrix<float>& m, qint64 stride) {
        for (core::Index r = 0; r < m.rows(); ++r)
            for (core::Index c = 0; c < m.cols(); ++c)
                values[{layer, series, QByteArray::number(c), r * stride}] = m(r, c);
    };
    for (const session::ProbeLayerTrace& layer : trace.layers) {
        const QByteArray name = QByteArray::fromStdString(layer.name);
        for (std::size_t g = 0; g < layer.gates.size(); ++g)
            addMatrix(name, QByteArray::fromStdString(layer.gateNames[g]), layer.gates[g],
                      trace.stride);
        addMatrix(name, "cell", layer.cell, trace.stride);
        addMatrix(name, "hidden", layer.hidden, trace.stride);
        for (std::size_t t = 0; t < layer.hiddenGradientNorm.size(); ++t)
            values[{name, "grad_h", "", qint64(t) * trace.stride}] = layer.hiddenGradientNorm[t];
        for (std::size_t t = 0; t < layer.cellGradientNorm.size(); ++t)
            values[{name, "grad_c", "", qint64(t) * trace.stride}] = layer.cellGradientNorm[t];
    }
    addMatrix("attention", "attention", trace.attention, 1);
    addMatrix("output", "output", trace.outputs, 1);
    return values;
}

bool sameBits(float a, float b) {
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

} // namespace

class TestTraceCsv : public QObject {
    Q_OBJECT

private slots:
    void everyValueReadsBack_data() {
        QTest::addColumn<int>("stride");
        QTest::newRow("every step") << 1;
        QTest::newRow("every 3rd step") << 3;
    }

    void everyValueReadsBack() {
        QFETCH(int, stride);
        fixtures::Numbers random(9);
        session::ProbeTrace trace = *fixtures::trace(2, random);
        trace.stride = stride;
        trace.layers[0].name = "layer 1, \"forward\""; // a comma and quotes in a name
        trace.layers[0].gates[1](2, 1) = -0.0f;
        trace.layers[0].gates[2](0, 0) = std::numeric_limits<float>::denorm_min();
        trace.layers[0].hidden(4, 2) = 0.1f;

        const QByteArray csv = TraceCsv::toCsv(trace);
        const auto rows = csvtest::parse(csv);
        QVERIFY(rows);
        QCOMPARE(rows->front(), csvtest::Row({"layer", "series", "unit", "step", "value"}));
        std::map<Key, float> expected = expectedValues(trace);
        // Two layers × (4 gates + hidden) × 5×3, one cell of 5×3, 3 + 2 norms each, 4×5
        // attention, 5×2 outputs.
        QCOMPARE(expected.size(), std::size_t(2 * 5 * 15 + 15 + 2 * 5 + 20 + 10));
        QCOMPARE(rows->size(), qsizetype(expected.size()) + 1);
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const csvtest::Row& row = rows->at(i);
            QCOMPARE(row.size(), 5);
            const Key key{row[0], row[1], row[2], row[3].toLongLong()};
            const auto it = expected.find(key);
            QVERIFY2(it != expected.end(), qPrintable(QString::fromUtf8(row.join(','))));
            bool ok = false;
            const float value = row[4].toFloat(&ok);
            QVERIFY2(ok, row[4].constData());
            QVERIFY2(sameBits(value, it->second),
                     qPrintable(QStringLiteral("%1 read as %2, expected %3")
                                    .arg(QString::fromUtf8(row.join(',')))
                                    .arg(double(value), 0, 'g', 9)
                                    .arg(double(it->second), 0, 'g', 9)));
            expected.erase(it); // each value once
        }
        QVERIFY(expected.empty());
        QVERIFY(csv.contains("\"layer 1, \"\"forward\"\"\",\"hidden\",2," +
                             QByteArray::number(4 * stride) + ",0.1\n"));
        QVERIFY(csv.contains(",\"grad_h\",,")); // norms have no unit
        QVERIFY(csv.contains(",nan\n"));        // the fixture's NaN gradient norm
        QVERIFY(csv.contains(",inf\n"));
    }

    void aTraceWithoutCellOrAttention() {
        fixtures::Numbers random(4);
        session::ProbeTrace trace = *fixtures::trace(1, random);
        trace.layers.resize(1);
        trace.layers[0].cell.resize(0, 0);
        trace.layers[0].cellGradientNorm.clear();
        trace.attention.resize(0, 0);
        const auto rows = csvtest::parse(TraceCsv::toCsv(trace));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1 + 5 * 15 + 3 + 10);
        for (qsizetype i = 1; i < rows->size(); ++i) {
            QVERIFY(rows->at(i)[1] != "cell");
            QVERIFY(rows->at(i)[0] != "attention");
        }
    }

    void writeIsAtomicAndNamesTheFile() {
        QTemporaryDir dir;
        fixtures::Numbers random(2);
        const session::ProbeTrace trace = *fixtures::trace(3, random);
        const QString path = dir.filePath(QStringLiteral("trace.csv"));
        QString error;
        QVERIFY2(TraceCsv::write(trace, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TraceCsv::toCsv(trace));
        const QString missing = dir.filePath(QStringLiteral("no/trace.csv"));
        QVERIFY(!TraceCsv::write(trace, missing, &error));
        QVERIFY2(error.startsWith(missing + QStringLiteral(": the folder ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTraceCsv)
#include "tst_trace_csv.moc"
