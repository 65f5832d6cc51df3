#pragma once
/**
 * A run's history as two CSV files for a spreadsheet or pandas, the app's "Export history…" and
 * `lstm-studio-cli export --format csv`:
 *
 *   epochs:  epoch,step,train_loss,validation_loss,validation_metric,solved,learning_rate,seconds
 *            one row per EpochRecord; validation columns "nan" when not measured, solved
 *            "true"/"false", seconds of training since the start, pauses excluded;
 *   events:  step,epoch,kind,text
 *            one row per HistoryEntry; kind one of settings-changed, diverged, rolled-back,
 *            early-stopped, reset; text quoted (it may hold commas, quotes, line breaks).
 *
 * Numbers and text are written as CsvText says: locale-free, full precision.
 */
#include "session/training_history.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace training {

class HistoryCsv {
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    /** The epochs file's bytes, header line first. */
    static QByteArray epochs(const session::TrainingHistory& history);
    /** The events file's bytes, header line first. */
    static QByteArray events(const session::TrainingHistory& history);
    /** The name an event kind has in the events file, e.g. "rolled-back". */
    static QByteArray kindName(session::HistoryEntry::Kind kind);

    /** Writes both files atomically (AtomicFile); false with *error naming the file at fault. */
    static bool write(const session::TrainingHistory& history, const QString& epochsPath,
                      const QString& eventsPath, QString* error);
};

} // namespace training
