#pragma once
/**
 * The Training menu and toolbar — Train, Pause, Step Batch, Step Epoch, Stop, Reset Weights — and
 * what a run shows in the window: which actions each state of the controller allows (nothing that
 * replaces the session while a run goes on), every snapshot handed to the loss chart, the views,
 * the status bar and the Training panel, and the word at the end of a run. A divergence asks
 * whether to roll back to the last good weights or start again.
 */
#include "training/training_controller.h"

#include <QObject>
#include <QString>
#include <functional>

class QMainWindow;

namespace Ui {
class MainWindow;
}

namespace app {

class NetworkViews;
class RecentFilesMenu;
class TrainingStatus;
class Workspace;

class RunActions : public QObject {
    Q_OBJECT

public:
    /** The window's parts a run shows itself in. */
    struct Parts {
        QMainWindow* window = nullptr;
        Ui::MainWindow* ui = nullptr;
        NetworkViews* views = nullptr;
        TrainingStatus* status = nullptr;
        RecentFilesMenu* recentFiles = nullptr;
        std::function<void(const QString& text, const QString& details)> reportError;
    };

    RunActions(Workspace* workspace, Parts parts, QObject* parent = nullptr);

public slots:
    /** Trains (or goes on training) the network with the Training panel's settings. */
    void train();
    void stop();
    /** The loss curves of the run so far, or none. */
    void showRun();
    /** Train is there while no run goes on and the network has no problem. */
    void updateTrainAction();

private:
    void connectActions();
    void connectController();
    void onStateChanged(training::TrainingController::State state);
    void onSnapshot(const training::TrainingSnapshot& snapshot);
    void onFinished(training::TrainingController::Outcome outcome);
    void onFailed(const QString& message);
    void onDiverged(const QString& message);
    void showStatus(const QString& text, int milliseconds = 0);

    Workspace* m_workspace;
    Parts m_parts;
};

} // namespace app
