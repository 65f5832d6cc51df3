// HistoryCsv: the epochs and events of a history written as CSV and read back with an
// independent parser (csv_parser.h) give the same numbers, bit for bit, and the same texts —
// commas, quotes and line breaks included; numbers do not follow the locale; a file that cannot
// be written is named in the error and the previous one stays.
#include "../session/session_fixtures.h"
#include "csv_parser.h"
#include "training/history_csv.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>

using training::HistoryCsv;

namespace {

session::TrainingHistory sampleHistory() {
    fixtures::Numbers random(5);
    session::TrainingHistory history = fixtures::history(random);
    // Numbers with no short decimal form, tiny and huge ones, a negative zero.
    history.addEpoch({5, 35, 0.1 + 0.2, 1.0 / 3.0, -0.0, false, 1e-300, 1e300});
    history.addEpoch({6, std::int64_t(1) << 53, std::numeric_limits<double>::denorm_min(),
                      std::numeric_limits<double>::infinity(), 2.0 / 3.0, true,
                      std::numeric_limits<double>::max(), 123456.789});
    history.addEntry({session::HistoryEntry::Kind::RolledBack, 40, 5,
                      "back to step 35, \"the last good one\", then: go on"});
    history.addEntry({session::HistoryEntry::Kind::EarlyStopped, 41, 6, "épocha 4 — kept"});
    return history;
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryCsv : public QObject {
    Q_OBJECT

private slots:
    void epochsReadBackBitForBit() {
        const session::TrainingHistory history = sampleHistory();
        const auto rows = csvtest::parse(HistoryCsv::epochs(history));
        QVERIFY(rows);
        QCOMPARE(rows->size(), qsizetype(history.epochs().size()) + 1);
        QCOMPARE(rows->front(),
                 csvtest::Row({"epoch", "step", "train_loss", "validation_loss",
                               "validation_metric", "solved", "learning_rate", "seconds"}));
        for (std::size_t i = 0; i < history.epochs().size(); ++i) {
            const session::EpochRecord& r = history.epochs()[i];
            const csvtest::Row& row = rows->at(qsizetype(i) + 1);
            QCOMPARE(row.size(), 8);
            QCOMPARE(row[0].toInt(), r.epoch);
            QCOMPARE(row[1].toLongLong(), r.step);
            QCOMPARE(row[5], r.solved ? QByteArray("true") : QByteArray("false"));
            const double expected[] = {r.trainLoss, r.validationLoss, r.validationMetric,
                                       r.learningRate, r.seconds};
            const int columns[] = {2, 3, 4, 6, 7};
            for (int k = 0; k < 5; ++k) {
                bool ok = false;
                const double value = row[columns[k]].toDouble(&ok);
                QVERIFY2(ok, row[columns[k]].constData());
                QVERIFY2(sameBits(value, expected[k]),
                         qPrintable(QStringLiteral("epoch %1, column %2: %3 read as %4")
                                        .arg(r.epoch)
                                        .arg(columns[k])
                                        .arg(QString::fromLatin1(row[columns[k]]))
                                        .arg(value, 0, 'g', 17)));
            }
        }
        QCOMPARE(rows->at(1)[3], QByteArray("nan")); // epoch 1 has no validation
        QCOMPARE(rows->at(6)[3], QByteArray("inf"));
        QCOMPARE(rows->at(5)[2], QByteArray("0.30000000000000004"));
    }

    void eventsKeepTheirText() {
        const session::TrainingHistory history = sampleHistory();
        const QByteArray csv = HistoryCsv::events(history);
        const auto rows = csvtest::parse(csv);
        QVERIFY2(rows, csv.constData());
        QCOMPARE(rows->size(), qsizetype(history.entries().size()) + 1);
        QCOMPARE(rows->front(), csvtest::Row({"step", "epoch", "kind", "text"}));
        const QByteArray kinds[] = {"settings-changed", "diverged", "reset", "rolled-back",
                                    "early-stopped"};
        for (std::size_t i = 0; i < history.entries().size(); ++i) {
            const session::HistoryEntry& e = history.entries()[i];
            const csvtest::Row& row = rows->at(qsizetype(i) + 1);
            QCOMPARE(row.size(), 4);
            QCOMPARE(row[0].toLongLong(), e.step);
            QCOMPARE(row[1].toInt(), e.epoch);
            QCOMPARE(row[2], kinds[i]);
            QCOMPARE(row[3].toStdString(), e.text);
        }
        // The texts with a line break, quotes and commas, as they are in the file.
        QVERIFY(csv.contains("\"loss is NaN\nat step 12\""));
        QVERIFY(csv.contains("\"back to step 35, \"\"the last good one\"\", then: go on\""));
    }

    void numbersIgnoreTheLocale() {
        const QByteArray before = HistoryCsv::epochs(sampleHistory());
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const char* cLocale = std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
        if (cLocale == nullptr)
            qInfo("no de_DE locale installed: only Qt's default locale is German here");
        const QByteArray after = HistoryCsv::epochs(sampleHistory());
        std::setlocale(LC_NUMERIC, "C");
        QLocale::setDefault(previous);
        QCOMPARE(after, before);
        QVERIFY(after.contains("0.30000000000000004"));
    }

    void writeNamesTheFileItCannotWrite() {
        QTemporaryDir dir;
        const QString epochs = dir.filePath(QStringLiteral("epochs.csv"));
        const QString events = dir.filePath(QStringLiteral("missing/events.csv"));
        QString error;
        QVERIFY(!HistoryCsv::write(sampleHistory(), epochs, events, &error));
        QCOMPARE(error, events + QStringLiteral(": the folder ") + dir.filePath("missing") +
                            QStringLiteral(" does not exist"));
        // The file that could be written is whole; a folder in the way of the second is named.
        QCOMPARE(readAll(epochs), HistoryCsv::epochs(sampleHistory()));
        const QString folder = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(!HistoryCsv::write(sampleHistory(), epochs, folder, &error));
        QVERIFY2(error.startsWith(folder + QStringLiteral(": cannot be written: ")),
                 qPrintable(error));
    }

    void writeReplacesBothFiles() {
        QTemporaryDir dir;
        const QString epochs = dir.filePath(QStringLiteral("epochs.csv"));
        const QString events = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(QFile(epochs).open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(HistoryCsv::write(sampleHistory(), epochs, events, &error), qPrintable(error));
        QCOMPARE(readAll(epochs), HistoryCsv::epochs(sampleHistory()));
        QCOMPARE(readAll(events), HistoryCsv::events(sampleHistory()));
    }

    void anEmptyHistoryHasItsHeadersOnly() {
        const session::TrainingHistory empty;
        QCOMPARE(HistoryCsv::epochs(empty), QByteArray("epoch,step,train_loss,validation_loss,"
                                                       "validation_metric,solved,learning_rate,"
                                                       "seconds\n"));
        QCOMPARE(HistoryCsv::events(empty), QByteArray("step,epoch,kind,text\n"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "tst_history_csv.moc"
