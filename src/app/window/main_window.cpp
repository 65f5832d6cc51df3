#include "app/window/main_window.h"

#include "app/editor/block_inspector.h"
#include "app/editor/block_palette.h"
#include "app/editor/network_view.h"
#include "app/views/gradient_lab.h"
#include "app/views/loss_chart.h"
#include "app/window/action_decoration.h"
#include "app/window/appearance.h"
#include "app/window/autosave_guard.h"
#include "app/window/classroom.h"
#include "app/window/dock_arrangement.h"
#include "app/window/editor_pane.h"
#include "app/window/examples_menu.h"
#include "app/window/language_manager.h"
#include "app/window/language_menu.h"
#include "app/window/network_views.h"
#include "app/window/projector_mode.h"
#include "app/window/recent_files_menu.h"
#include "app/window/recovery_dialog.h"
#include "app/window/run_actions.h"
#include "app/window/session_exports.h"
#include "app/window/session_files.h"
#include "app/window/setting.h"
#include "app/window/speech_binding.h"
#include "app/window/svg_icon_engine.h"
#include "app/window/templates_menu.h"
#include "app/window/training_status.h"
#include "app/window/transfer_actions.h"
#include "app/window/workspace.h"
#include "training/lesson_file.h"
#include "ui_main_window.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace app {

namespace {

Setting<QByteArray> savedGeometry(QStringLiteral("mainWindow/geometry"));
Setting<QByteArray> savedState(QStringLiteral("mainWindow/state"));

} // namespace

MainWindow::MainWindow(QWidget* parent, const QString& autosaveFolder)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(new Workspace(this))
    , m_status(new TrainingStatus(this)) {
    m_ui->setupUi(this);
    ActionDecoration::apply(*m_ui);
    setWindowIcon(SvgIconEngine::icon(QStringLiteral("lstm-studio")));
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
    setUpSessionFiles();
    new TemplatesMenu(m_ui->menuTemplates, m_workspace);
    setUpActions();
    setUpRun();
    setUpDocks();
    setUpLessons();
    setUpSpeechAndTransfer();
    statusBar()->addPermanentWidget(m_status);
    connectWorkspace();
    showSession();
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
    ActionDecoration::nameShortcutsInTooltips(this);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->actionOpen, &QAction::triggered, m_files, &SessionFiles::openFromDialog);
    connect(m_ui->actionSave, &QAction::triggered, m_files, &SessionFiles::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, m_files, &SessionFiles::saveAs);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionGradientLab, &QAction::triggered, this, &MainWindow::showGradientLab);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_recentFiles, &RecentFilesMenu::fileChosen, m_files, &SessionFiles::openRecent);

    QUndoStack* undo = m_workspace->document()->undoStack();
    connect(m_ui->actionUndo, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_ui->actionRedo, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    m_ui->actionUndo->setEnabled(undo->canUndo());
    m_ui->actionRedo->setEnabled(undo->canRedo());
}

void MainWindow::setUpRun() {
    RunActions::Parts parts;
    parts.window = this;
    parts.ui = m_ui.get();
    parts.views = m_views;
    parts.status = m_status;
    parts.recentFiles = m_recentFiles;
    parts.reportError = [this](const QString& text, const QString& details) {
        reportError(text, details);
    };
    m_run = new RunActions(m_workspace, parts, this);
}

void MainWindow::setUpSessionFiles() {
    SessionFiles::Hooks hooks;
    hooks.mayDiscard = [this] {
        return !m_workspace->isModified() || confirmDiscard();
    };
    hooks.askOpenPath = [this] {
        return askOpenPath();
    };
    hooks.askSavePath = [this](const QString& title, const QString& start, const QString& filter) {
        return askSavePath(title, start, filter);
    };
    hooks.reportError = [this](const QString& text, const QString& details) {
        reportError(text, details);
    };
    hooks.showMessage = [this](const QString& text) {
        statusBar()->showMessage(text, 5000);
    };
    m_files = new SessionFiles(m_workspace, m_recentFiles, hooks, this);
}

void MainWindow::setUpEditor() {
    auto* pane = new EditorPane(m_workspace, m_ui.get(), this);
    m_editor = pane->view();
    m_palette = pane->palette();
    m_inspector = pane->inspector();
    connect(pane, &EditorPane::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::retranslateToolBar() {
    m_ui->mainToolBar->toggleViewAction()->setToolTip(tr("Show or hide the main toolbar"));
}

void MainWindow::setUpExports() {
    SessionExports::Dialogs dialogs;
    dialogs.savePath = [this](const QString& title, const QString& name, const QString& filter) {
        const QString path =
            askSavePath(title, QDir(SessionFiles::lastDirectory()).filePath(name), filter);
        if (!path.isEmpty())
            SessionFiles::rememberDirectory(QFileInfo(path).absolutePath());
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
    connect(m_workspace, &Workspace::sessionReplaced, this, &MainWindow::showSession);
    connect(m_workspace, &Workspace::fileChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::settingsChanged, m_ui->trainingPanel,
            &TrainingPanel::showSettings);
    connect(m_workspace, &Workspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
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
        ActionDecoration::nameShortcutsInTooltips(this);
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
    m_run->showRun();
    updateTitle();
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
    return m_files->open(path);
}

bool MainWindow::openCopy(const QString& path) {
    return m_files->openCopy(path);
}

bool MainWindow::saveSession(const QString& path) {
    return m_files->saveTo(path);
}

void MainWindow::train() {
    m_run->train();
}

void MainWindow::stopTraining() {
    m_run->stop();
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
        return m_files->save();
    return answer == QMessageBox::Discard;
}

QString MainWindow::askOpenPath() {
    return QFileDialog::getOpenFileName(
        this, tr("Open Session"), SessionFiles::lastDirectory(),
        tr("%1;;LSTM Studio models (*.json)").arg(SessionFiles::sessionFilter()));
}

QString MainWindow::askLessonPath() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Lesson"), SessionFiles::lastDirectory(),
        tr("LSTM Studio lessons (*.%1)").arg(QLatin1String(training::LessonFile::kExtension)));
    if (!path.isEmpty())
        SessionFiles::rememberDirectory(QFileInfo(path).absolutePath());
    return path;
}

QString MainWindow::askSavePath(const QString& title, const QString& start, const QString& filter) {
    return QFileDialog::getSaveFileName(this, title, start, filter);
}

QString MainWindow::askDirectory(const QString& title) {
    const QString directory =
        QFileDialog::getExistingDirectory(this, title, SessionFiles::lastDirectory());
    if (!directory.isEmpty())
        SessionFiles::rememberDirectory(directory);
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

} // namespace app
