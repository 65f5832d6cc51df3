#include "cli/progress_printer.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cli {

ProgressPrinter::ProgressPrinter(QTextStream& out, bool terminal, QString metricName)
    : m_out(out)
    , m_terminal(terminal)
    , m_metricName(std::move(metricName)) {
    m_clock.start();
}

QString ProgressPrinter::bar(double progress) const {
    constexpr int width = 28;
    const int filled = int(std::lround(std::clamp(progress, 0.0, 1.0) * width));
    return QStringLiteral("[") + QString(filled, QLatin1Char('#')) +
           QString(width - filled, QLatin1Char('.')) + QStringLiteral("]");
}

QString ProgressPrinter::eta(const training::TrainingSnapshot& snapshot) const {
    if (snapshot.progress <= 0.0)
        return QStringLiteral("--:--");
    const double elapsed = double(m_clock.elapsed()) / 1000.0;
    const auto left = qint64(elapsed * (1.0 - snapshot.progress) / snapshot.progress);
    return QStringLiteral("%1:%2")
        .arg(left / 60, 2, 10, QLatin1Char('0'))
        .arg(left % 60, 2, 10, QLatin1Char('0'));
}

void ProgressPrinter::show(const training::TrainingSnapshot& snapshot) {
    const bool validated = !std::isnan(snapshot.validationMetric);
    const QString validation =
        validated
            ? tr("  validation %1 %2").arg(m_metricName).arg(snapshot.validationMetric, 0, 'g', 4)
            : QString();
    if (m_terminal) {
        m_out << '\r'
              << tr("%1 %2%  epoch %3/%4  loss %5%6  ETA %7")
                     .arg(bar(snapshot.progress))
                     .arg(int(snapshot.progress * 100), 3)
                     .arg(snapshot.epoch)
                     .arg(snapshot.epochs)
                     .arg(snapshot.epochLoss, 0, 'g', 4)
                     .arg(validation, eta(snapshot))
              << "\x1b[K";
        m_lineOpen = true;
        m_out.flush();
        return;
    }
    const int epochDone = snapshot.validations.isEmpty() ? 0 : snapshot.validations.last().epoch;
    if (epochDone > m_lastEpochPrinted) {
        m_lastEpochPrinted = epochDone;
        const training::EpochValidation& last = snapshot.validations.last();
        m_out << tr("epoch %1/%2  loss %3  validation loss %4  %5 %6  %7% done, ETA %8")
                     .arg(last.epoch)
                     .arg(snapshot.epochs)
                     .arg(snapshot.epochLoss, 0, 'g', 4)
                     .arg(last.loss, 0, 'g', 4)
                     .arg(m_metricName)
                     .arg(last.metric, 0, 'g', 4)
                     .arg(int(snapshot.progress * 100))
                     .arg(eta(snapshot))
              << '\n';
        m_out.flush();
    }
}

void ProgressPrinter::finish() {
    if (m_lineOpen)
        m_out << '\n';
    m_lineOpen = false;
    m_out.flush();
}

} // namespace cli
