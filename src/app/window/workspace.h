#pragma once
/**
 * The session the window has open: the network being edited (a NetworkDocument), the task it is
 * trained on, its weights, the training settings, the run so far (a session::Session with the
 * optimizer's state, position and history) and the file it lives in. The main window's docks all
 * show one Workspace; it alone opens, saves and trains.
 *
 * Weights and graph stay consistent: the weights belong to the spec they were trained for
 * (network().spec()). When an edit compiles to another spec, the next training or save starts
 * from new weights for it (initialised with the session's seed) and an empty history, and says
 * so; undoing back to the trained spec before then keeps the trained weights.
 *
 * Training resumes the run where it stands (TrainingEngine's exact resume): pressing Train after
 * a run ended extends it by the settings' epoch count.
 */
#include "app/document/network_document.h"
#include "core/network.h"
#include "data/task.h"
#include "session/session.h"
#include "training/training_controller.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace app {

class Workspace : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kDefaultTask = "sine";
    static constexpr std::uint64_t kDefaultSeed = 1;

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    NetworkDocument* document() const { return m_document; }
    training::TrainingController* controller() const { return m_controller; }
    const data::Task& task() const { return *m_task; }
    const session::TaskReference& taskReference() const { return m_taskReference; }
    /** The weights of the last run (or the first ones), for the spec they belong to. */
    const core::Network<double>& network() const { return *m_network; }
    /** The run so far, null before any training (or after the graph changed). */
    std::shared_ptr<const session::Session> run() const { return m_run; }
    std::shared_ptr<const session::TrainingHistory> history() const;
    /** The settings the next batch trains with. */
    const session::TrainingSettings& settings() const { return m_settings; }
    QString file() const { return m_file; }
    bool isModified() const;
    bool isTraining() const { return m_controller->isRunning(); }
    /** The graph compiles to another spec than the weights': training starts afresh. */
    bool isGraphChanged() const;

    /** The task `name` with its recommended network and recipe, untitled; false with *error. */
    bool newSession(const std::string& name, const data::TaskOptions& options, QString* error);
    /** Opens a session (.lstmsession) or a model (.json); false with *error, nothing changed. */
    bool open(const QString& path, QString* error);
    /** Opens a session as open() does but untitled, so saving asks where: a ready session or a
     * lesson's in the program's resources is never written back. */
    bool openCopy(const QString& path, QString* error);
    /** Writes the session to `path` and makes it the file; false with *error. */
    bool save(const QString& path, QString* error);
    /** The whole session as it stands, for saving and autosaving. A graph that does not compile
     * is kept as drawn, beside the weights of the last network that did (nothing is lost). */
    session::Session currentSession() const;
    /** A run handed over by the trainer, with the editor's graph, the view state and the
     * settings of this workspace. */
    session::Session withEditorState(session::Session run) const;
    /** Puts back a session recovered after a crash: as opened from `originalFile` (may be
     * empty), but modified; false with *error, nothing changed. */
    bool restore(const session::Session& session, const QString& originalFile, QString* error);

    /** Starts or resumes training; false with *error (graph not trainable, already running). */
    bool train(QString* error);
    /** Changes the settings; applied live while a run goes on. False with *error if invalid. */
    bool setSettings(const session::TrainingSettings& settings, QString* error);
    /** What the views show, as a session file keeps it (not an edit: the file stays clean). */
    const session::ViewState& viewState() const { return m_view; }
    void setViewState(const session::ViewState& view) { m_view = view; }
    /** Back to the first weights, with an empty history (idle only). */
    void resetWeights();
    /** Transfer learning: replaces the graph by `graph` (one undo step called `name`) and makes
     * `network` (its compiled spec, with weights taken from a saved session) the weights the next
     * run starts from, with an empty history. False with *error (training, graph mismatch). */
    bool adoptTransfer(const NetworkGraph& graph, const core::Network<double>& network,
                       const QString& name, QString* error);
    /** The weights the run started from (the transferred or first weights), for comparisons. */
    core::Vector<double> startWeights() const;

signals:
    void fileChanged(const QString& file);
    void modifiedChanged(bool modified);
    /** A new task or session: every dock shows it again. */
    void sessionReplaced();
    /** The weights or history changed (a run ended, a reset). */
    void runChanged();
    void settingsChanged(const session::TrainingSettings& settings);
    /** Something happened the user should know, for the status bar. */
    void message(const QString& text);

private:
    bool adopt(const session::Session& session, std::unique_ptr<data::Task> task,
               const QString& file, QString* error);
    void setFile(const QString& file);
    void setWeightsModified(bool modified);
    void startAfresh(const CompiledNetwork& compiled);
    /** A session of `network` at step 0 with this workspace's task, settings and seed. */
    session::Session freshSession(const core::Network<double>& network) const;
    training::TrainingJob jobFor(const session::Session& session) const;
    void onSessionReady(quint64 id, std::shared_ptr<const session::Session> session);
    void onFinished(const core::Vector<double>& weights);
    /** The settings with the editor's frozen blocks and rate factors as parameter groups (and
     * the settings' single-gate groups, which no block shows, kept). */
    session::TrainingSettings withGroups(session::TrainingSettings settings) const;
    /** A block was frozen or unfrozen: the settings (and a running trainer) follow. */
    void onGroupTrainingChanged();

    NetworkDocument* m_document;
    training::TrainingController* m_controller;
    std::unique_ptr<data::Task> m_task;
    session::TaskReference m_taskReference;
    std::unique_ptr<core::Network<double>> m_network;
    core::InitOptions m_initialization;
    std::shared_ptr<const session::Session> m_run;
    session::TrainingSettings m_settings;
    std::uint64_t m_seed = kDefaultSeed;
    session::ViewState m_view;
    QString m_file;
    bool m_weightsModified = false;
};

} // namespace app
