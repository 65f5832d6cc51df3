#include "training/history_csv.h"

#include "training/atomic_file.h"
#include "training/csv_text.h"

namespace training {

QByteArray HistoryCsv::epochs(const session::TrainingHistory& history) {
    QByteArray out = "epoch,step,train_loss,validation_loss,validation_metric,solved,"
                     "learning_rate,seconds\n";
    for (const session::EpochRecord& r : history.epochs()) {
        out += CsvText::number(std::int64_t(r.epoch)) + ',' + CsvText::number(r.step) + ',' +
               CsvText::number(r.trainLoss) + ',' + CsvText::number(r.validationLoss) + ',' +
               CsvText::number(r.validationMetric) + ',' +
               (r.solved ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + ',' +
               CsvText::number(r.learningRate) + ',' + CsvText::number(r.seconds) + '\n';
    }
    return out;
}

QByteArray HistoryCsv::events(const session::TrainingHistory& history) {
    QByteArray out = "step,epoch,kind,text\n";
    for (const session::HistoryEntry& e : history.entries())
        out += CsvText::number(e.step) + ',' + CsvText::number(std::int64_t(e.epoch)) + ',' +
               CsvText::quoted(kindName(e.kind).toStdString()) + ',' + CsvText::quoted(e.text) +
               '\n';
    return out;
}

QByteArray HistoryCsv::kindName(session::HistoryEntry::Kind kind) {
    using Kind = session::HistoryEntry::Kind;
    switch (kind) {
    case Kind::SettingsChanged:
        return QByteArrayLiteral("settings-changed");
    case Kind::Diverged:
        return QByteArrayLiteral("diverged");
    case Kind::RolledBack:
        return QByteArrayLiteral("rolled-back");
    case Kind::EarlyStopped:
        return QByteArrayLiteral("early-stopped");
    case Kind::Reset:
        return QByteArrayLiteral("reset");
    }
    return QByteArrayLiteral("unknown");
}

bool HistoryCsv::write(const session::TrainingHistory& history, const QString& epochsPath,
                       const QString& eventsPath, QString* error) {
    return AtomicFile::write(epochsPath, epochs(history), error) &&
           AtomicFile::write(eventsPath, events(history), error);
}

} // namespace training
