#pragma once
/**
 * The status bar's account of a training run: epoch and step, the recent loss, the speed and a
 * progress bar, from the latest snapshot. Its labels keep room for long numbers, so that the
 * status bar does not jitter while they change thirty times a second.
 */
#include "session/session.h"
#include "training/training_snapshot.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace app {

class TrainingStatus : public QWidget {
    Q_OBJECT

public:
    explicit TrainingStatus(QWidget* parent = nullptr);

    void showSnapshot(const training::TrainingSnapshot& snapshot);
    /** Back to "not trained yet": another model. */
    /** A trained session opened or a run ended: where it stands, from its history. */
    void showRun(const session::Session& run);
    void clear();

private:
    QLabel* m_epoch;
    QLabel* m_loss;
    QLabel* m_rate;
    QProgressBar* m_progress;
};

} // namespace app
