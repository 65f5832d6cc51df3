#pragma once
/**
 * The application's window around one Workspace: the network editor in the centre, docks for the
 * task, the training controls, the block palette and inspector and the views of the network,
 * a status bar with the run's progress. It opens on a ready default session (the sine task's
 * recommended network, seeded), opens and saves session files, autosaves and offers to recover
 * after a crash, and trains through the workspace's controller, so every computation happens on
 * the training thread and the window only ever draws snapshots.
 */
#include "app/window/autosave_guard.h"
#include "training/training_controller.h"

#include <QList>
#include <QMainWindow>
#include <QString>
#include <memory>

class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace app {

class Appearance;
class BlockInspector;
class DockArrangement;
class BlockPalette;
class Classroom;
class NetworkView;
class GradientLab;
class NetworkViews;
class ProjectorMode;
class LanguageManager;
class RecentFilesMenu;
class RunActions;
class SessionFiles;
class SpeechBinding;
class TrainingStatus;
class TransferActions;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /** `autosaveFolder`: where sessions are autosaved (tests give their own). */
    explicit MainWindow(QWidget* parent = nullptr,
                        const QString& autosaveFolder = training::AutosaveStore::defaultFolder());
    ~MainWindow() override;

    Workspace& workspace() const { return *m_workspace; }
    /** The session's file, empty for an untitled session. */
    QString currentFile() const;
    bool isTraining() const;
    /** Offers the manager's languages in the Settings menu. */
    void setLanguageManager(LanguageManager* manager);
    /** Offers the light and dark palettes in View › Appearance. */
    void setAppearance(Appearance* appearance);

    AutosaveGuard& autosave() const { return *m_autosave; }
    /** The lessons: the Lessons menu, the Lesson dock and the stepping (its next() slot). */
    Classroom* classroom() const { return m_classroom; }
    /** F5: large lettering, thick lines, high contrast, only the views, keys for the class. */
    ProjectorMode* projector() const { return m_projector; }

public slots:
    /** Offers back what a window that did not close cleanly left autosaved, if anything. */
    void offerRecovery();
    /** Replaces the session by the file's; on any problem reports it and keeps the current one. */
    bool openSession(const QString& path);
    /** Opens a session as an untitled copy (ready sessions, lessons); reports a failure. */
    bool openCopy(const QString& path);
    /** Writes the session to `path` and makes it the current file; reports a failure. */
    bool saveSession(const QString& path);
    /** Trains (or goes on training) the network with the Training panel's settings. */
    void train();
    void stopTraining();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

    /** Tells the user what failed (`text`) and why (`details`); a modal message box. */
    virtual void reportError(const QString& text, const QString& details);
    /** Whether unsaved work (or a running training) may be dropped; asks, may save first. */
    virtual bool confirmDiscard();
    /** A file name from a dialog; empty when cancelled. Tests override both. */
    virtual QString askOpenPath();
    /** A lesson file from a dialog; empty when cancelled. */
    virtual QString askLessonPath();
    /** Which autosave to restore or discard, or later; a dialog. Tests override it. */
    virtual std::pair<AutosaveGuard::Choice, training::AutosaveStore::Entry>
    askRecovery(const QList<training::AutosaveStore::Entry>& entries);
    virtual QString askDirectory(const QString& title);
    virtual QString askSavePath(const QString& title, const QString& start, const QString& filter);

private:
    void setUpActions();
    /** Open, Save, Save As and the recent files, asking through this window's dialogs. */
    void setUpSessionFiles();
    /** The Training actions and what a run shows in the window. */
    void setUpRun();
    /** The canvas in the centre, the palette and inspector beside it, its actions in the menus. */
    void setUpEditor();
    void setUpDocks();
    /** The Lessons menu and dock, and File › Examples. */
    void setUpLessons();
    /** The speech task's Sound dock, File › New from Session… and the Fine-Tuning dock. */
    void setUpSpeechAndTransfer();

    void connectWorkspace();
    void updateTitle();
    void showSession();

    void newSession();
    /** File › Export and the loss chart's exports, with this window's dialogs. */
    void setUpExports();
    void retranslateToolBar();
    /** The lab in a window of its own, made the first time it is asked for. */
    void showGradientLab();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace* m_workspace;
    RecentFilesMenu* m_recentFiles;
    SessionFiles* m_files = nullptr;
    RunActions* m_run = nullptr;
    TrainingStatus* m_status;
    GradientLab* m_gradientLab = nullptr;
    AutosaveGuard* m_autosave = nullptr;
    NetworkViews* m_views;
    ProjectorMode* m_projector;
    NetworkView* m_editor = nullptr;
    BlockPalette* m_palette = nullptr;
    BlockInspector* m_inspector = nullptr;
    std::unique_ptr<DockArrangement> m_docks;
    Classroom* m_classroom = nullptr;
    SpeechBinding* m_speech = nullptr;
    TransferActions* m_transfer = nullptr;
    bool m_shown = false;
};

} // namespace app
