#include "app/window/training_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <algorithm>
#include <cmath>

namespace app {

TrainingStatus::TrainingStatus(QWidget* parent)
    : QWidget(parent)
    , m_epoch(new QLabel(this))
    , m_loss(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    m_epoch->setToolTip(tr("Epoch and optimizer step of the training"));
    m_loss->setToolTip(tr("Mean loss of the batches trained since the last update"));
    m_rate->setToolTip(tr("Optimizer steps per second"));
    m_progress->setToolTip(tr("Progress of the training"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);

    const auto reserve = [this](QLabel* label, const QString& sample) {
        label->setMinimumWidth(fontMetrics().horizontalAdvance(sample));
    };
    reserve(m_epoch, tr("Epoch %1/%2 · step %3/%4").arg(88).arg(88).arg(888888).arg(888888));
    reserve(m_loss, tr("Loss %1").arg(0.8888888));
    reserve(m_rate, tr("%1 steps/s").arg(88888));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_epoch);
    layout->addWidget(m_loss);
    layout->addWidget(m_rate);
    layout->addWidget(m_progress);
    clear();
}

void TrainingStatus::showSnapshot(const training::TrainingSnapshot& snapshot) {
    const QLocale locale;
    m_epoch->setText(tr("Epoch %1/%2 · step %3/%4")
                         .arg(snapshot.epoch)
                         .arg(snapshot.epochs)
                         .arg(locale.toString(qlonglong(snapshot.step)),
                              locale.toString(qlonglong(snapshot.steps))));
    m_loss->setText(std::isfinite(snapshot.recentLoss)
                        ? tr("Loss %1").arg(locale.toString(snapshot.recentLoss, 'g', 4))
                        : QString());
    m_rate->setText(tr("%1 steps/s").arg(locale.toString(snapshot.stepsPerSecond, 'f', 0)));
    m_progress->setValue(int(std::lround(snapshot.progress * m_progress->maximum())));
}

void TrainingStatus::showRun(const session::Session& run) {
    const auto& epochs = run.history.epochs();
    if (epochs.empty())
        return clear();
    const session::EpochRecord& last = epochs.back();
    const QLocale locale;
    m_epoch->setText(tr("Trained: epoch %1/%2 · step %3")
                         .arg(last.epoch)
                         .arg(run.settings.epochs)
                         .arg(locale.toString(qlonglong(last.step))));
    m_loss->setText(std::isfinite(last.validationLoss)
                        ? tr("Validation loss %1").arg(locale.toString(last.validationLoss, 'g', 4))
                        : QString());
    m_rate->clear();
    m_progress->setValue(
        int(std::lround(std::min(1.0, double(last.epoch) / std::max(1, run.settings.epochs)) *
                        m_progress->maximum())));
}

void TrainingStatus::clear() {
    m_epoch->setText(tr("Not trained yet"));
    m_loss->clear();
    m_rate->clear();
    m_progress->setValue(0);
}

} // namespace app
