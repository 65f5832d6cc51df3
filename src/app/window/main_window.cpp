#include "app/window/main_window.h"

#include "app/document/task_texts.h"
#include "app/editor/block_inspector.h"
#include "app/editor/block_palette.h"
#include "app/editor/network_scene.h"
#include "app/editor/network_view.h"
#include "app/views/cell_diagram_view.h"
#include "app/views/gate_heatmap_view.h"
#include "app/views/gradient_flow_chart.h"
#include "app/views/gradient_lab.h"
#include "app/views/loss_chart.h"
#include "app/views/step_arithmetic_view.h"
#include "app/views/timeline_scrubber.h"
#include "app/window/appearance.h"
#include "app/window/autosave_guard.h"
#include "app/window/classroom.h"
#include "app/window/dock_arrangement.h"
#include "app/window/examples_menu.h"
#include "app/window/language_manager.h"
#include "app/window/language_menu.h"
#include "app/window/network_views.h"
#include "app/window/projector_mode.h"
#include "app/window/recent_files_menu.h"
#include "app/window/recovery_dialog.h"
#include "app/window/session_exports.h"
#include "app/window/setting.h"
#include "app/window/speech_binding.h"
#include "app/window/svg_icon_engine.h"
#include "app/window/templates_menu.h"
#include "app/window/training_status.h"
#include "app/window/transfer_actions.h"
#include "app/window/workspace.h"
#include "training/lesson_file.h"
#include "training/session_file.h"
#include "ui_main_window.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace app {

namespace {

Setting<QByteArray> savedGeometry(QStringLiteral("mainWindow/geometry"));
Setting<QByteArray> savedState(QStringLiteral("mainWindow/state"));
Setting<QString> lastDirectory(QStringLiteral("file/lastDirectory"), QDir::homePath());

/** The file-name filter of session files. */
QString sessionFilter() {
    return MainWindow::tr("LSTM Studio sessions (*.%1)")
        .arg(QLatin1String(training::SessionFile::kExtension));
}

} // namespace

MainWindow::MainWindow(QWidget* parent, const QString& autosaveFolder)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(new Workspace(this))
    , m_status(new TrainingStatus(this)) {
    m_ui->setupUi(this);
    setUpIcons();
    m_views = new NetworkViews(m_workspace, this);
    m_projector = new ProjectorMode(this, m_views->selection(), m_views->source());
    m_ui->menuView->addAction(m_projector->action());
    m_autosave = new AutosaveGuard(m_workspace, autosaveFolder);
    connect(m_autosave, &AutosaveGuard::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    setUpEditor();
    setUpExports();
    retranslateToolBar();
    m_recentFiles = new RecentFilesMenu(m_ui->menuRecentFiles, this);
    new TemplatesMenu(m_ui->menuTemplates, m_workspace);
    setUpActions();
    setUpDocks();
    setUpLessons();
    setUpSpeechAndTransfer();
    statusBar()->addPermanentWidget(m_status);
    connectWorkspace();
    showSession();
    onStateChanged(training::TrainingController::State::Idle);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    if (!restoreGeometry(savedGeometry.get()))
        resize(screen()->availableSize() * 0.9);
    if (!restoreState(savedState.get()))
        m_docks->resizeToDefaults();
    m_classroom->dock()->hide(); // no lesson yet, whatever the saved state says
    m_speech->showSession();     // the Sound dock only for a task with sound
}

MainWindow::~MainWindow() = default;

QString MainWindow::currentFile() const {
    return m_workspace->file();
}

bool MainWindow::isTraining() const {
    return m_workspace->isTraining();
}

void MainWindow::setUpActions() {
    m_ui->actionNew->setShortcuts(QKeySequence::New);
    m_ui->actionOpen->setShortcuts(QKeySequence::Open);
    m_ui->actionSave->setShortcuts(QKeySequence::Save);
    m_ui->actionSaveAs->setShortcuts(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionUndo->setShortcuts(QKeySequence::Undo);
    m_ui->actionRedo->setShortcuts(QKeySequence::Redo);
    m_ui->actionTrain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T)); // F5: projector mode
    m_ui->actionPause->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::Key_Pause)});
    m_ui->actionStepBatch->setShortcut(QKeySequence(Qt::Key_F10));
    m_ui->actionStepEpoch->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    m_ui->actionStop->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_ui->actionResetWeights->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    addShortcutsToTooltips();

    training::TrainingController* controller = m_workspace->controller();
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openSessionDialog);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionTrain, &QAction::triggered, this, &MainWindow::train);
    connect(m_ui->actionPause, &QAction::toggled, this, [controller](bool paused) {
        if (paused)
            controller->pause();
        else
            controller->resume();
    });
    connect(m_ui->actionStepBatch, &QAction::triggered, controller,
            &training::TrainingController::stepBatch);
    connect(m_ui->actionStepEpoch, &QAction::triggered, controller,
            &training::TrainingController::stepEpoch);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stopTraining);
    connect(m_ui->actionResetWeights, &QAction::triggered, m_workspace, &Workspace::resetWeights);
    m_ui->actionGradientLab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_ui->actionGradientLab, &QAction::triggered, this, &MainWindow::showGradientLab);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_recentFiles, &RecentFilesMenu::fileChosen, this, &MainWindow::openRecentFile);

    QUndoStack* undo = m_workspace->document()->undoStack();
    connect(m_ui->actionUndo, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_ui->actionRedo, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    m_ui->actionUndo->setEnabled(undo->canUndo());
    m_ui->actionRedo->setEnabled(undo->canRedo());
}

void MainWindow::setUpEditor() {
    m_scene = new NetworkScene(m_workspace->document(), this);
    m_editor = new NetworkView(m_scene, m_ui->editorHost);
    m_ui->editorLayout->addWidget(m_editor);
    m_palette = new BlockPalette(this);
    m_inspector = new BlockInspector(m_workspace->document(), this);
    connect(m_scene, &NetworkScene::blockSelectionChanged, m_inspector,
            &BlockInspector::setSelection);
    connect(m_palette, &BlockPalette::blockRequested, m_editor, &NetworkView::addBlockAtCentre);
    connect(m_editor, &NetworkView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_workspace, &Workspace::sessionReplaced, m_editor, &NetworkView::fitToView,
            Qt::QueuedConnection);
    connect(m_workspace->document(), &NetworkDocument::graphReset, m_editor,
            &NetworkView::fitToView, Qt::QueuedConnection);
    // The editor's own actions (they act on the canvas's selection) take the menus' places.
    using Action = NetworkView::Action;
    const std::pair<QAction*, Action> editorActions[] = {
        {m_ui->actionCut, Action::Cut},
        {m_ui->actionCopy, Action::Copy},
        {m_ui->actionPaste, Action::Paste},
        {m_ui->actionDelete, Action::Delete},
        {m_ui->actionSelectAll, Action::SelectAll},
        {m_ui->actionZoomIn, Action::ZoomIn},
        {m_ui->actionZoomOut, Action::ZoomOut},
        {m_ui->actionFitToView, Action::FitToView},
        {m_ui->actionAutoLayout, Action::Tidy},
    };
    for (const auto& [placeholder, which] : editorActions) {
        QAction* action = m_editor->action(which);
        action->setIcon(placeholder->icon());
        for (QObject* owner : placeholder->associatedObjects())
            if (auto* widget = qobject_cast<QWidget*>(owner)) {
                widget->insertAction(placeholder, action);
                widget->removeAction(placeholder);
            }
    }
}

void MainWindow::retranslateToolBar() {
    m_ui->mainToolBar->toggleViewAction()->setToolTip(tr("Show or hide the main toolbar"));
}

void MainWindow::setUpExports() {
    SessionExports::Dialogs dialogs;
    dialogs.savePath = [this](const QString& title, const QString& name, const QString& filter) {
        const QString path = askSavePath(title, QDir(lastDirectory.get()).filePath(name), filter);
        if (!path.isEmpty())
            lastDirectory.set(QFileInfo(path).absolutePath());
        return path;
    };
    dialogs.directory = [this](const QString& title) {
        return askDirectory(title);
    };
    dialogs.error = [this](const QString& text, const QString& details) {
        reportError(text, details);
    };
    dialogs.done = [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    };
    auto* exports = new SessionExports(m_workspace, m_editor, dialogs, this);
    exports->attachTo(m_ui->lossChart);
    connect(m_ui->actionExportDiagram, &QAction::triggered, exports,
            &SessionExports::exportDiagram);
    connect(m_ui->actionExportPyTorch, &QAction::triggered, exports,
            &SessionExports::exportPyTorch);
    connect(m_ui->actionExportHistory, &QAction::triggered, exports,
            &SessionExports::exportHistory);
}

void MainWindow::setUpIcons() {
    const std::pair<QAction*, const char*> icons[] = {
        {m_ui->actionNew, "document-new"},
        {m_ui->actionOpen, "document-open"},
        {m_ui->actionSave, "document-save"},
        {m_ui->actionSaveAs, "document-save-as"},
        {m_ui->actionUndo, "edit-undo"},
        {m_ui->actionRedo, "edit-redo"},
        {m_ui->actionZoomIn, "zoom-in"},
        {m_ui->actionZoomOut, "zoom-out"},
        {m_ui->actionFitToView, "zoom-fit"},
        {m_ui->actionAutoLayout, "arrange"},
        {m_ui->actionTrain, "train"},
        {m_ui->actionPause, "pause"},
        {m_ui->actionStepBatch, "step-batch"},
        {m_ui->actionStepEpoch, "step-epoch"},
        {m_ui->actionStop, "stop"},
        {m_ui->actionResetWeights, "reset"},
        {m_ui->actionExportDiagram, "export"},
        {m_ui->actionExportPyTorch, "export"},
        {m_ui->actionExportHistory, "export"},
    };
    for (const auto& [action, name] : icons)
        action->setIcon(SvgIconEngine::icon(QLatin1String(name)));
    setWindowIcon(SvgIconEngine::icon(QStringLiteral("lstm-studio")));
}

void MainWindow::setUpDocks() {
    m_docks = std::make_unique<DockArrangement>(this, m_ui->menuPanels);
    m_docks->build(
        {m_ui->taskDock, m_ui->trainingDock, m_ui->chartDock, m_palette, m_inspector, m_views});
    m_ui->trainingPanel->setActions({m_ui->actionTrain, m_ui->actionPause, m_ui->actionStop,
                                     m_ui->actionStepBatch, m_ui->actionStepEpoch,
                                     m_ui->actionResetWeights});
    connect(m_ui->taskPanel, &TaskPanel::taskRequested, this,
            [this](const QString& name, const data::TaskOptions& options) {
                if (m_workspace->isModified() && !confirmDiscard())
                    return;
                QString error;
                if (!m_workspace->newSession(name.toStdString(), options, &error))
                    reportError(tr("Could not make the task “%1”.").arg(name), error);
            });
    connect(m_ui->trainingPanel, &TrainingPanel::settingsEdited, this,
            [this](const session::TrainingSettings& settings) {
                QString error;
                if (!m_workspace->setSettings(settings, &error)) {
                    reportError(tr("These training settings cannot be used."), error);
                    m_ui->trainingPanel->showSettings(m_workspace->settings());
                }
            });
}

void MainWindow::setUpLessons() {
    LessonStage::Parts stage;
    stage.window = this;
    stage.selection = m_views->selection();
    stage.editor = m_editor;
    stage.showLab = [this] {
        showGradientLab();
        return m_gradientLab;
    };
    Classroom::Hooks hooks;
    hooks.mayDiscard = [this] {
        return !m_workspace->isModified() || confirmDiscard();
    };
    hooks.openCopy = [this](const QString& path) {
        return openCopy(path);
    };
    hooks.reportError = [this](const QString& text, const QString& details) {
        reportError(text, details);
    };
    hooks.askLessonPath = [this] {
        return askLessonPath();
    };
    m_classroom = new Classroom(stage, hooks, this);
    m_classroom->populate(m_ui->menuLessons);
    connect(m_workspace, &Workspace::sessionReplaced, m_classroom, &Classroom::onSessionReplaced);
    // In front of a class: Space steps the lesson on, Shift+Space back.
    connect(m_projector, &ProjectorMode::nextStepRequested, m_classroom, [this] {
        if (m_classroom->isActive())
            m_classroom->next();
    });
    connect(m_projector, &ProjectorMode::previousStepRequested, m_classroom, [this] {
        if (m_classroom->isActive())
            m_classroom->back();
    });
    auto* examples = new ExamplesMenu(m_ui->menuExamples);
    connect(examples, &ExamplesMenu::sessionChosen, this, [this](const QString& path) {
        if (!m_workspace->isModified() || confirmDiscard())
            openCopy(path);
    });
}

void MainWindow::setUpSpeechAndTransfer() {
    m_speech = new SpeechBinding(m_workspace, m_views, this, m_ui->menuPanels);
    TransferActions::Hooks hooks;
    hooks.mayDiscard = [this] {
        return confirmDiscard();
    };
    hooks.reportError = [this](const QString& text, const QString& details) {
        reportError(text, details);
    };
    m_transfer = new TransferActions(m_workspace, m_views, this, hooks);
    m_transfer->addTo(m_ui->menuFile, m_ui->actionOpen, m_ui->menuPanels);
}

void MainWindow::connectWorkspace() {
    training::TrainingController* controller = m_workspace->controller();
    using Controller = training::TrainingController;
    connect(controller, &Controller::stateChanged, this, &MainWindow::onStateChanged);
    connect(controller, &Controller::snapshotReady, this, &MainWindow::onSnapshot);
    connect(controller, &Controller::finished, this,
            [this](const core::Vector<double>&, Controller::Outcome outcome) {
                onTrainingFinished(outcome);
            });
    connect(controller, &Controller::failed, this, &MainWindow::onTrainingFailed);
    connect(controller, &Controller::diverged, this, &MainWindow::onDiverged);
    connect(m_workspace, &Workspace::sessionReplaced, this, &MainWindow::showSession);
    connect(m_workspace->document(), &NetworkDocument::validityChanged, this,
            &MainWindow::updateTrainAction);
    connect(m_workspace->document(), &NetworkDocument::problemsChanged, this,
            &MainWindow::updateTrainAction);
    connect(m_workspace, &Workspace::fileChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::runChanged, this, [this] {
        if (!m_workspace->run() && !isTraining())
            showRun();
    });
    connect(m_workspace, &Workspace::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::settingsChanged, m_ui->trainingPanel,
            &TrainingPanel::showSettings);
    connect(m_workspace, &Workspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::addShortcutsToTooltips() {
    for (QAction* action : findChildren<QAction*>()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty() && !action->toolTip().endsWith(QLatin1Char(')')))
            action->setToolTip(tr("%1 (%2)").arg(action->toolTip(), keys));
    }
}

void MainWindow::setLanguageManager(LanguageManager* manager) {
    m_ui->menuSettings->addMenu(new LanguageMenu(manager, m_ui->menuSettings));
    m_classroom->setLanguage(manager->current());
    connect(manager, &LanguageManager::languageChanged, m_classroom, &Classroom::setLanguage);
}

void MainWindow::setAppearance(Appearance* appearance) {
    appearance->populate(m_ui->menuAppearance);
    m_projector->setAppearance(appearance);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_docks->retranslate();
        retranslateToolBar();
        addShortcutsToTooltips();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showSession() {
    m_ui->taskPanel->showTask(m_workspace->task());
    m_ui->trainingPanel->showSettings(m_workspace->settings());
    m_ui->trainingPanel->clearNumbers();
    m_status->clear();
    if (const auto run = m_workspace->run())
        m_status->showRun(*run);
    showRun();
    updateTitle();
}

void MainWindow::showRun() {
    if (const auto run = m_workspace->run())
        m_ui->lossChart->showHistory(run->history);
    else
        m_ui->lossChart->clear();
}

void MainWindow::updateTitle() {
    const QString file = m_workspace->file();
    const QString name = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    setWindowTitle(tr("%1[*]").arg(name));
    setWindowFilePath(file);
    setWindowModified(m_workspace->isModified());
}

void MainWindow::newSession() {
    if (m_workspace->isModified() && !confirmDiscard())
        return;
    QString error;
    const QString name = m_ui->taskPanel->chosenTask();
    if (!m_workspace->newSession(name.toStdString(), m_ui->taskPanel->editedOptions(), &error))
        reportError(tr("Could not make the task “%1”.").arg(name), error);
}

bool MainWindow::openSession(const QString& path) {
    QString error;
    if (!m_workspace->open(path, &error)) {
        reportError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openCopy(const QString& path) {
    QString error;
    if (!m_workspace->openCopy(path, &error)) {
        reportError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    statusBar()->showMessage(tr("Opened a copy of %1").arg(QFileInfo(path).completeBaseName()),
                             5000);
    return true;
}

bool MainWindow::saveSession(const QString& path) {
    QString error;
    if (!m_workspace->save(path, &error)) {
        reportError(tr("Could not save “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save() {
    const QString file = m_workspace->file();
    if (file.isEmpty() ||
        QFileInfo(file).suffix() != QLatin1String(training::SessionFile::kExtension))
        return saveAsDialog();
    return saveSession(file);
}

void MainWindow::train() {
    QString error;
    if (m_workspace->isTraining())
        return;
    if (!m_workspace->train(&error)) {
        reportError(tr("Training cannot start."), error);
        return;
    }
    showRun();
    statusBar()->showMessage(tr("Training…"));
}

void MainWindow::stopTraining() {
    m_workspace->controller()->stop();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The docks' layout sizes the window to what they would like on first show, which may pass
    // the screen's edge: back within it, once the show is done.
    QTimer::singleShot(0, this, [this] {
        const QSize available = screen()->availableSize();
        if (height() > available.height() || width() > available.width())
            resize(size().boundedTo(available * 0.95));
    });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if ((isTraining() || m_workspace->isModified()) && !confirmDiscard()) {
        event->ignore();
        return;
    }
    m_workspace->controller()->stop();
    m_autosave->closeCleanly();
    savedGeometry.set(saveGeometry());
    savedState.set(saveState());
    event->accept();
}

void MainWindow::reportError(const QString& text, const QString& details) {
    QMessageBox box(QMessageBox::Critical, tr("LSTM Studio"), text, QMessageBox::Ok, this);
    box.setInformativeText(details);
    box.exec();
}

bool MainWindow::confirmDiscard() {
    if (isTraining())
        return QMessageBox::question(
                   this, tr("Stop Training?"),
                   tr("Training is running. Stop it and lose the weights it has trained?"),
                   QMessageBox::Discard | QMessageBox::Cancel,
                   QMessageBox::Cancel) == QMessageBox::Discard;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Session"), tr("The session has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString MainWindow::askOpenPath() {
    return QFileDialog::getOpenFileName(this, tr("Open Session"), lastDirectory.get(),
                                        tr("%1;;LSTM Studio models (*.json)").arg(sessionFilter()));
}

QString MainWindow::askLessonPath() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Lesson"), lastDirectory.get(),
        tr("LSTM Studio lessons (*.%1)").arg(QLatin1String(training::LessonFile::kExtension)));
    if (!path.isEmpty())
        lastDirectory.set(QFileInfo(path).absolutePath());
    return path;
}

QString MainWindow::askSavePath(const QString& title, const QString& start, const QString& filter) {
    return QFileDialog::getSaveFileName(this, title, start, filter);
}

void MainWindow::openSessionDialog() {
    if (m_workspace->isModified() && !confirmDiscard())
        return;
    const QString path = askOpenPath();
    if (path.isEmpty())
        return;
    lastDirectory.set(QFileInfo(path).absolutePath());
    openSession(path);
}

void MainWindow::openRecentFile(const QString& path) {
    if (m_workspace->isModified() && !confirmDiscard())
        return;
    if (!openSession(path) && !QFileInfo::exists(path))
        m_recentFiles->remove(path);
}

bool MainWindow::saveAsDialog() {
    const QString extension = QLatin1String(training::SessionFile::kExtension);
    const QString file = m_workspace->file();
    const QString start = file.isEmpty() || QFileInfo(file).suffix() != extension
                              ? QDir(lastDirectory.get()).filePath(tr("session.%1").arg(extension))
                              : file;
    QString path = askSavePath(tr("Save Session As"), start, sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    lastDirectory.set(QFileInfo(path).absolutePath());
    return saveSession(path);
}

QString MainWindow::askDirectory(const QString& title) {
    const QString directory = QFileDialog::getExistingDirectory(this, title, lastDirectory.get());
    if (!directory.isEmpty())
        lastDirectory.set(directory);
    return directory;
}

void MainWindow::offerRecovery() {
    const QList<training::AutosaveStore::Entry> entries = m_autosave->recoverable();
    if (entries.isEmpty())
        return;
    const auto [choice, entry] = askRecovery(entries);
    QString error;
    if (choice == AutosaveGuard::Choice::Restore && !m_autosave->restore(entry, &error))
        reportError(tr("Could not restore the autosaved session “%1”.").arg(entry.title), error);
    else if (choice == AutosaveGuard::Choice::Discard && !m_autosave->discard(entry, &error))
        reportError(tr("Could not discard the autosaved session “%1”.").arg(entry.title), error);
}

std::pair<AutosaveGuard::Choice, training::AutosaveStore::Entry>
MainWindow::askRecovery(const QList<training::AutosaveStore::Entry>& entries) {
    RecoveryDialog dialog(entries, this);
    dialog.exec();
    return {dialog.choice(), dialog.entry()};
}

void MainWindow::showGradientLab() {
    if (!m_gradientLab) {
        m_gradientLab = new GradientLab(this);
        m_gradientLab->setWindowFlag(Qt::Window);
        m_gradientLab->setWindowTitle(tr("Vanishing-Gradient Lab"));
        m_gradientLab->resize(1200, 720);
    }
    m_gradientLab->show();
    m_gradientLab->raise();
    m_gradientLab->activateWindow();
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About LSTM Studio"),
        tr("<h3>LSTM Studio %1</h3>"
           "<p>A lab for teaching and learning recurrent neural networks: build RNN, LSTM and "
           "GRU networks, train them on sequence tasks and watch what they learn.</p>"
           "<p><b>Data.</b> The synthetic tasks generate their sequences from a seed. The "
           "datasets of the other tasks come from public sources, each used under its own "
           "licence; their origins and attributions are listed with the application's data "
           "resources.</p>"
           "<p>Built with Qt %2 and Eigen.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::onStateChanged(training::TrainingController::State state) {
    using State = training::TrainingController::State;
    const bool idle = state == State::Idle;
    const bool active = state == State::Running || state == State::Paused;
    for (QAction* action : {m_ui->actionNew, m_ui->actionOpen})
        action->setEnabled(idle);
    updateTrainAction();
    m_recentFiles->setAllowed(idle);
    for (QAction* action :
         {m_ui->actionPause, m_ui->actionStop, m_ui->actionStepBatch, m_ui->actionStepEpoch})
        action->setEnabled(active);
    {
        const QSignalBlocker blocker(m_ui->actionPause);
        m_ui->actionPause->setChecked(state == State::Paused);
    }
    m_ui->trainingPanel->setRunning(!idle);
    m_ui->taskPanel->setLocked(!idle);
    if (state == State::Paused)
        statusBar()->showMessage(tr("Paused"));
    else if (state == State::Running)
        statusBar()->showMessage(tr("Training…"));
    else if (state == State::Stopping)
        statusBar()->showMessage(tr("Stopping…"));
}

void MainWindow::updateTrainAction() {
    const bool trainable = m_workspace->document()->isTrainable();
    m_ui->actionTrain->setEnabled(!isTraining() && trainable);
    const QString problem = m_workspace->document()->problems().value(0).message;
    m_ui->actionTrain->setStatusTip(
        trainable ? QString() : tr("The network cannot be trained: %1").arg(problem));
}

void MainWindow::onSnapshot(const training::TrainingSnapshot& snapshot) {
    m_ui->lossChart->addSnapshot(snapshot);
    m_views->showSnapshot(snapshot);
    m_status->showSnapshot(snapshot);
    m_ui->trainingPanel->showSnapshot(snapshot,
                                      TaskTexts::translated(m_workspace->task().metricName()));
}

void MainWindow::onTrainingFinished(training::TrainingController::Outcome outcome) {
    statusBar()->showMessage(outcome == training::TrainingController::Outcome::Completed
                                 ? tr("Training finished.")
                                 : tr("Training stopped; the network keeps the weights trained."),
                             10000);
}

void MainWindow::onTrainingFailed(const QString& message) {
    statusBar()->clearMessage();
    reportError(tr("Training stopped on an error."), message);
}

void MainWindow::onDiverged(const QString& message) {
    QMessageBox box(QMessageBox::Warning, tr("Training Diverged"),
                    tr("The training diverged and is held."), QMessageBox::NoButton, this);
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

} // namespace app
