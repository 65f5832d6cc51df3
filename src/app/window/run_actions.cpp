#include "app/window/run_actions.h"

#include "app/document/network_document.h"
#include "app/document/task_texts.h"
#include "app/window/network_views.h"
#include "app/window/recent_files_menu.h"
#include "app/window/training_status.h"
#include "app/window/workspace.h"
#include "ui_main_window.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStatusBar>

namespace app {

using Controller = training::TrainingController;

RunActions::RunActions(Workspace* workspace, Parts parts, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_parts(std::move(parts)) {
    connectActions();
    connectController();
    connect(m_workspace->document(), &NetworkDocument::validityChanged, this,
            &RunActions::updateTrainAction);
    connect(m_workspace->document(), &NetworkDocument::problemsChanged, this,
            &RunActions::updateTrainAction);
    connect(m_workspace, &Workspace::runChanged, this, [this] {
        if (!m_workspace->run() && !m_workspace->isTraining())
            showRun();
    });
    onStateChanged(Controller::State::Idle);
}

void RunActions::connectActions() {
    Ui::MainWindow* ui = m_parts.ui;
    Controller* controller = m_workspace->controller();
    connect(ui->actionTrain, &QAction::triggered, this, &RunActions::train);
    connect(ui->actionPause, &QAction::toggled, controller, [controller](bool paused) {
        if (paused)
            controller->pause();
        else
            controller->resume();
    });
    connect(ui->actionStepBatch, &QAction::triggered, controller, &Controller::stepBatch);
    connect(ui->actionStepEpoch, &QAction::triggered, controller, &Controller::stepEpoch);
    connect(ui->actionStop, &QAction::triggered, this, &RunActions::stop);
    connect(ui->actionResetWeights, &QAction::triggered, m_workspace, &Workspace::resetWeights);
}

void RunActions::connectController() {
    Controller* controller = m_workspace->controller();
    connect(controller, &Controller::stateChanged, this, &RunActions::onStateChanged);
    connect(controller, &Controller::snapshotReady, this, &RunActions::onSnapshot);
    connect(
        controller, &Controller::finished, this,
        [this](const core::Vector<double>&, Controller::Outcome outcome) { onFinished(outcome); });
    connect(controller, &Controller::failed, this, &RunActions::onFailed);
    connect(controller, &Controller::diverged, this, &RunActions::onDiverged);
}

void RunActions::train() {
    QString error;
    if (m_workspace->isTraining())
        return;
    if (!m_workspace->train(&error)) {
        m_parts.reportError(tr("Training cannot start."), error);
        return;
    }
    showRun();
    showStatus(tr("Training…"));
}

void RunActions::stop() {
    m_workspace->controller()->stop();
}

void RunActions::showRun() {
    if (const auto run = m_workspace->run())
        m_parts.ui->lossChart->showHistory(run->history);
    else
        m_parts.ui->lossChart->clear();
}

void RunActions::updateTrainAction() {
    const bool trainable = m_workspace->document()->isTrainable();
    m_parts.ui->actionTrain->setEnabled(!m_workspace->isTraining() && trainable);
    const QString problem = m_workspace->document()->problems().value(0).message;
    m_parts.ui->actionTrain->setStatusTip(
        trainable ? QString() : tr("The network cannot be trained: %1").arg(problem));
}

void RunActions::onStateChanged(Controller::State state) {
    using State = Controller::State;
    Ui::MainWindow* ui = m_parts.ui;
    const bool idle = state == State::Idle;
    const bool active = state == State::Running || state == State::Paused;
    for (QAction* action : {ui->actionNew, ui->actionOpen})
        action->setEnabled(idle);
    updateTrainAction();
    m_parts.recentFiles->setAllowed(idle);
    for (QAction* action :
         {ui->actionPause, ui->actionStop, ui->actionStepBatch, ui->actionStepEpoch})
        action->setEnabled(active);
    {
        const QSignalBlocker blocker(ui->actionPause);
        ui->actionPause->setChecked(state == State::Paused);
    }
    ui->trainingPanel->setRunning(!idle);
    ui->taskPanel->setLocked(!idle);
    if (state == State::Paused)
        showStatus(tr("Paused"));
    else if (state == State::Running)
        showStatus(tr("Training…"));
    else if (state == State::Stopping)
        showStatus(tr("Stopping…"));
}

void RunActions::onSnapshot(const training::TrainingSnapshot& snapshot) {
    m_parts.ui->lossChart->addSnapshot(snapshot);
    m_parts.views->showSnapshot(snapshot);
    m_parts.status->showSnapshot(snapshot);
    m_parts.ui->trainingPanel->showSnapshot(
        snapshot, TaskTexts::translated(m_workspace->task().metricName()));
}

void RunActions::onFinished(Controller::Outcome outcome) {
    showStatus(outcome == Controller::Outcome::Completed
                   ? tr("Training finished.")
                   : tr("Training stopped; the network keeps the weights trained."),
               10000);
}

void RunActions::onFailed(const QString& message) {
    m_parts.window->statusBar()->clearMessage();
    m_parts.reportError(tr("Training stopped on an error."), message);
}

void RunActions::onDiverged(const QString& message) {
    QMessageBox box(QMessageBox::Warning, tr("Training Diverged"),
                    tr("The training diverged and is held."), QMessageBox::NoButton,
                    m_parts.window);
    box.setInformativeText(tr("%1\n\nRoll back to the last good weights (and perhaps lower the "
                              "learning rate), or start again from the first weights?")
                               .arg(message));
    QPushButton* rollBack = box.addButton(tr("Roll Back"), QMessageBox::AcceptRole);
    QPushButton* reset = box.addButton(tr("Reset Weights"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Held"), QMessageBox::RejectRole);
    box.setDefaultButton(rollBack);
    box.exec();
    if (box.clickedButton() == rollBack)
        m_workspace->controller()->rollBack();
    else if (box.clickedButton() == reset)
        m_workspace->controller()->reset();
}

void RunActions::showStatus(const QString& text, int milliseconds) {
    m_parts.window->statusBar()->showMessage(text, milliseconds);
}

} // namespace app
