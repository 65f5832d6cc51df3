#include "app/window/main_window.h"

#include "app/window/language_menu.h"
#include "app/views/loss_chart.h"
#include "app/window/model_summary.h"
#include "app/window/recent_files_menu.h"
#include "app/window/setting.h"
#include "app/window/training_status.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"
#include "training/model_file.h"
#include "ui_main_window.h"

#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace app {

namespace {

Setting<QByteArray> savedGeometry(QStringLiteral("mainWindow/geometry"));
Setting<QByteArray> savedState(QStringLiteral("mainWindow/state"));
Setting<QByteArray> savedSplitter(QStringLiteral("mainWindow/splitter"));
Setting<QString> lastDirectory(QStringLiteral("file/lastDirectory"), QDir::homePath());

QString number(double value) {
    return std::isfinite(value) ? QLocale().toString(value, 'g', 4) : QStringLiteral("–");
}

/** Optimizers go by their authors' names, the same in every language. */
QString optimizerName(core::OptimizerKind kind) {
    switch (kind) {
    case core::OptimizerKind::Sgd:
        return QStringLiteral("SGD");
    case core::OptimizerKind::RmsProp:
        return QStringLiteral("RMSprop");
    case core::OptimizerKind::Adam:
        return QStringLiteral("Adam");
    case core::OptimizerKind::AdamW:
        return QStringLiteral("AdamW");
    }
    return QString();
}

QIcon themeIcon(const QWidget* widget, const char* name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(QLatin1String(name), widget->style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_controller(new training::TrainingController(this))
    , m_status(new TrainingStatus(this)) {
    m_ui->setupUi(this);
    m_recentFiles = new RecentFilesMenu(m_ui->menuRecentFiles, this);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    setUpActions();
    statusBar()->addPermanentWidget(m_status);

    connect(m_controller, &training::TrainingController::stateChanged, this,
            &MainWindow::onStateChanged);
    connect(m_controller, &training::TrainingController::snapshotReady, this,
            &MainWindow::onSnapshot);
    connect(m_controller, &training::TrainingController::finished, this,
            &MainWindow::onTrainingFinished);
    connect(m_controller, &training::TrainingController::failed, this,
            &MainWindow::onTrainingFailed);

    openDefaultSession();
    onStateChanged(training::TrainingController::State::Idle);
    restoreGeometry(savedGeometry.get());
    restoreState(savedState.get());
    m_ui->splitter->restoreState(savedSplitter.get());
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions() {
    m_ui->actionOpen->setShortcuts(QKeySequence::Open);
    m_ui->actionOpen->setIcon(themeIcon(this, "document-open", QStyle::SP_DialogOpenButton));
    m_ui->actionSaveAs->setShortcuts(QKeySequence::SaveAs);
    m_ui->actionSaveAs->setIcon(themeIcon(this, "document-save-as", QStyle::SP_DialogSaveButton));
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionTrain->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence(Qt::Key_F5)});
    m_ui->actionTrain->setIcon(themeIcon(this, "media-playback-start", QStyle::SP_MediaPlay));
    m_ui->actionPause->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::Key_Pause)});
    m_ui->actionPause->setIcon(themeIcon(this, "media-playback-pause", QStyle::SP_MediaPause));
    m_ui->actionStop->setShortcuts(
        {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_ui->actionStop->setIcon(themeIcon(this, "media-playback-stop", QStyle::SP_MediaStop));

    addShortcutsToTooltips();

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openModelDialog);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveModelAsDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionTrain, &QAction::triggered, this, &MainWindow::train);
    connect(m_ui->actionPause, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_controller->pause();
        else
            m_controller->resume();
    });
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stopTraining);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_recentFiles, &RecentFilesMenu::fileChosen, this, &MainWindow::openRecentFile);
}

void MainWindow::addShortcutsToTooltips() {
    for (QAction* action : {m_ui->actionOpen, m_ui->actionSaveAs, m_ui->actionTrain,
                            m_ui->actionPause, m_ui->actionStop}) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(action->toolTip(), keys));
    }
}

void MainWindow::setLanguageManager(LanguageManager* manager) {
    m_ui->menuSettings->addMenu(new LanguageMenu(manager, m_ui->menuSettings));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        addShortcutsToTooltips();
        showModel();
        showTask();
        const bool modified = isWindowModified();
        setCurrentFile(m_file);
        setWindowModified(modified);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::openDefaultSession() {
    m_task = data::TaskRegistry::builtIn().make(kDefaultTask, {}, kDefaultSeed);
    auto network = std::make_unique<core::Network<double>>(m_task->recommendedNetwork());
    core::NetworkInitializer::initialize(*network, m_task->recommendedRecipe().initialization,
                                         kDefaultSeed);
    showTask();
    setModel(std::move(network), QString());
}

void MainWindow::setModel(std::unique_ptr<core::Network<double>> network, const QString& file) {
    m_network = std::move(network);
    m_ui->lossChart->clear();
    clearProgress();
    setCurrentFile(file);
    showModel();
}

void MainWindow::setCurrentFile(const QString& file) {
    m_file = file;
    const QString name = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    setWindowTitle(tr("%1[*]").arg(name));
    setWindowFilePath(file);
    setWindowModified(false);
}

bool MainWindow::openModel(const QString& path) {
    const QString text = tr("Could not open the model “%1”.").arg(QFileInfo(path).fileName());
    if (isTraining()) {
        reportError(text, tr("Training is running; stop it first."));
        return false;
    }
    QString error;
    std::optional<core::Network<double>> loaded = training::ModelFile::load(path, &error);
    if (!loaded) {
        reportError(text, error);
        return false;
    }
    if (const std::string mismatch = m_task->checkNetwork(loaded->spec()); !mismatch.empty()) {
        reportError(text, tr("%1: %2").arg(QDir::toNativeSeparators(path),
                                           QString::fromStdString(mismatch)));
        return false;
    }
    setModel(std::make_unique<core::Network<double>>(std::move(*loaded)), path);
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveModel(const QString& path) {
    QString error;
    if (!training::ModelFile::save(*m_network, path, &error)) {
        reportError(tr("Could not save the model as “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    setCurrentFile(path);
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::train() {
    if (m_controller->isRunning())
        return;
    training::TrainingJob job(*m_network);
    job.taskName = m_task->name();
    job.taskOptions = m_task->options();
    job.taskSeed = m_task->seed();
    job.recipe = m_task->recommendedRecipe();
    job.seed = kDefaultSeed;
    // One thread fewer than the machine has, to keep one for the window.
    job.threads = std::max(1, QThread::idealThreadCount() - 1);
    m_ui->lossChart->beginRun();
    if (m_controller->start(job))
        statusBar()->showMessage(tr("Training…"));
}

void MainWindow::stopTraining() {
    m_controller->stop();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if ((isTraining() || isWindowModified()) && !confirmDiscard()) {
        event->ignore();
        return;
    }
    m_controller->stop();
    savedGeometry.set(saveGeometry());
    savedState.set(saveState());
    savedSplitter.set(m_ui->splitter->saveState());
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
        this, tr("Unsaved Model"), tr("The trained weights are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveModelAsDialog();
    return answer == QMessageBox::Discard;
}

void MainWindow::openModelDialog() {
    if (isWindowModified() && !confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), lastDirectory.get(),
                                                      tr("LSTM Studio models (*.json)"));
    if (path.isEmpty())
        return;
    lastDirectory.set(QFileInfo(path).absolutePath());
    openModel(path);
}

void MainWindow::openRecentFile(const QString& path) {
    if (isWindowModified() && !confirmDiscard())
        return;
    if (!openModel(path) && !QFileInfo::exists(path))
        m_recentFiles->remove(path);
}

bool MainWindow::saveModelAsDialog() {
    const QString start =
        m_file.isEmpty() ? QDir(lastDirectory.get()).filePath(tr("model.json")) : m_file;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Model As"), start,
                                                tr("LSTM Studio models (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    lastDirectory.set(QFileInfo(path).absolutePath());
    return saveModel(path);
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
    m_ui->actionOpen->setEnabled(idle);
    m_ui->actionSaveAs->setEnabled(idle);
    m_recentFiles->setAllowed(idle);
    m_ui->actionTrain->setEnabled(idle);
    m_ui->actionPause->setEnabled(state == State::Running || state == State::Paused);
    m_ui->actionStop->setEnabled(state == State::Running || state == State::Paused);
    {
        const QSignalBlocker blocker(m_ui->actionPause);
        m_ui->actionPause->setChecked(state == State::Paused);
    }
    if (state == State::Paused)
        statusBar()->showMessage(tr("Paused"));
    else if (state == State::Running)
        statusBar()->showMessage(tr("Training…"));
    else if (state == State::Stopping)
        statusBar()->showMessage(tr("Stopping…"));
}

void MainWindow::onSnapshot(const training::TrainingSnapshot& snapshot) {
    m_ui->lossChart->addSnapshot(snapshot);
    m_status->showSnapshot(snapshot);
    m_ui->validationLossValue->setText(number(snapshot.validationLoss));
    m_ui->validationMetricValue->setText(number(snapshot.validationMetric));
    m_ui->gradientNormValue->setText(number(snapshot.gradientNorm));
    m_ui->learningRateValue->setText(number(snapshot.learningRate));
    const auto solved = std::find_if(snapshot.validations.cbegin(), snapshot.validations.cend(),
                                     [](const training::EpochValidation& v) { return v.solved; });
    if (solved != snapshot.validations.cend())
        m_ui->solvedValue->setText(tr("yes, after epoch %1").arg(solved->epoch));
    else if (!snapshot.validations.isEmpty())
        m_ui->solvedValue->setText(tr("not yet"));
}

void MainWindow::onTrainingFinished(const core::Vector<double>& weights,
                                    training::TrainingController::Outcome outcome) {
    if (weights.size() == m_network->parameterCount())
        m_network->values() = weights;
    setWindowModified(true);
    statusBar()->showMessage(outcome == training::TrainingController::Outcome::Completed
                                 ? tr("Training finished.")
                                 : tr("Training stopped; the model keeps the weights trained."),
                             10000);
}

void MainWindow::onTrainingFailed(const QString& message) {
    statusBar()->clearMessage();
    reportError(tr("Training stopped on an error."), message);
}

void MainWindow::showModel() {
    const ModelSummary summary = ModelSummary::of(m_network->spec(), m_network->parameterCount());
    m_ui->cellsValue->setText(summary.cells);
    m_ui->layersValue->setText(summary.layers);
    m_ui->hiddenValue->setText(summary.hiddenSizes);
    m_ui->inputValue->setText(summary.input);
    m_ui->outputValue->setText(summary.output);
    m_ui->parametersValue->setText(summary.parameters);
}

void MainWindow::showTask() {
    const QLocale locale;
    m_ui->taskNameValue->setText(QString::fromStdString(m_task->name()));
    m_ui->taskDescription->setText(QString::fromStdString(m_task->description()));
    switch (m_task->lossKind()) {
    case core::LossKind::MeanSquaredError:
        m_ui->lossKindValue->setText(tr("mean squared error"));
        break;
    case core::LossKind::CrossEntropy:
        m_ui->lossKindValue->setText(tr("cross-entropy"));
        break;
    case core::LossKind::BinaryCrossEntropy:
        m_ui->lossKindValue->setText(tr("binary cross-entropy"));
        break;
    }
    const data::TrainingRecipe recipe = m_task->recommendedRecipe();
    m_ui->recipeValue->setText(tr("%1, learning rate %2, batch size %3, epochs: %4")
                                   .arg(optimizerName(recipe.optimizer.kind),
                                        locale.toString(recipe.optimizer.learningRate, 'g', 3),
                                        locale.toString(qlonglong(recipe.batchSize)),
                                        locale.toString(recipe.epochs)));
    m_ui->criterionValue->setText(QString::fromStdString(m_task->successCriterion()));
    m_ui->validationMetricLabel->setText(
        tr("Validation %1:").arg(QString::fromStdString(m_task->metricName())));
}

void MainWindow::clearProgress() {
    m_status->clear();
    for (QLabel* label : {m_ui->validationLossValue, m_ui->validationMetricValue,
                          m_ui->gradientNormValue, m_ui->learningRateValue, m_ui->solvedValue})
        label->setText(QStringLiteral("–"));
}

} // namespace app
