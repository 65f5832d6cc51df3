#pragma once
/**
 * The application's window: one model and one task, what they are, and a run of training on
 * them whose loss curves grow as it goes. It opens on a ready default session (the sine task's
 * recommended network, seeded), opens and saves model files, and trains through a
 * training::TrainingController, so every computation happens on the training thread and the
 * window only ever draws snapshots.
 */
#include "core/network.h"
#include "training/training_controller.h"

#include <QMainWindow>
#include <QString>
#include <memory>

namespace data {
class Task;
}

namespace Ui {
class MainWindow;
}

namespace app {

class LanguageManager;
class RecentFilesMenu;
class TrainingStatus;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /** Task and seeds of the default session. */
    static constexpr const char* kDefaultTask = "sine";
    static constexpr std::uint64_t kDefaultSeed = 1;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    const core::Network<double>& network() const { return *m_network; }
    const data::Task& task() const { return *m_task; }
    /** The model's file, empty for the default session. */
    QString currentFile() const { return m_file; }
    bool isTraining() const { return m_controller->isRunning(); }
    /** Offers the manager's languages in the Settings menu. */
    void setLanguageManager(LanguageManager* manager);

public slots:
    /** Replaces the model by the file's; on any problem reports it and keeps the current one. */
    bool openModel(const QString& path);
    /** Writes the model to `path` and makes it the current file; reports a failure. */
    bool saveModel(const QString& path);
    /** Trains the model on the task with the task's recipe. */
    void train();
    void stopTraining();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

    /** Tells the user what failed (`text`) and why (`details`); a modal message box. */
    virtual void reportError(const QString& text, const QString& details);
    /** Whether the model's unsaved weights (or a running training) may be dropped; asks. */
    virtual bool confirmDiscard();

private:
    void setUpActions();
    /** Tooltips that name their shortcut, so the keyboard is discoverable from the toolbar. */
    void addShortcutsToTooltips();
    void openDefaultSession();
    void setModel(std::unique_ptr<core::Network<double>> network, const QString& file);
    void setCurrentFile(const QString& file);
    void showModel();
    void showTask();
    void clearProgress();

    void openModelDialog();
    bool saveModelAsDialog();
    void openRecentFile(const QString& path);
    void about();

    void onStateChanged(training::TrainingController::State state);
    void onSnapshot(const training::TrainingSnapshot& snapshot);
    void onTrainingFinished(const core::Vector<double>& weights,
                            training::TrainingController::Outcome outcome);
    void onTrainingFailed(const QString& message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<data::Task> m_task;
    std::unique_ptr<core::Network<double>> m_network;
    training::TrainingController* m_controller;
    RecentFilesMenu* m_recentFiles;
    QString m_file;

    TrainingStatus* m_status;
};

} // namespace app
