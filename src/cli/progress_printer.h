#pragma once
/**
 * Shows a training run's progress on a terminal: one line redrawn in place with a bar, the epoch,
 * the loss, the validation metric and the time left; when the output is not a terminal (a log, a
 * pipe, CI), one plain line per epoch instead, so logs stay readable.
 */
#include "training/training_snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace cli {

class ProgressPrinter {
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)

public:
    ProgressPrinter(QTextStream& out, bool terminal, QString metricName);

    void show(const training::TrainingSnapshot& snapshot);
    /** Ends the redrawn line, if any. */
    void finish();

private:
    QString bar(double progress) const;
    QString eta(const training::TrainingSnapshot& snapshot) const;

    QTextStream& m_out;
    bool m_terminal;
    QString m_metricName;
    QElapsedTimer m_clock;
    int m_lastEpochPrinted = 0;
    bool m_lineOpen = false;
};

} // namespace cli
