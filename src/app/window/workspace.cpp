#include "app/window/workspace.h"

#include "app/document/diagram_conversion.h"
#include "app/window/saved_groups.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"
#include "training/model_file.h"
#include "training/network_spec_json.h"
#include "training/session_file.h"
#include "training/training_engine.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <stdexcept>

namespace app {

namespace {

bool sameSpec(const core::NetworkSpec& a, const core::NetworkSpec& b) {
    return training::NetworkSpecJson::toJson(a) == training::NetworkSpecJson::toJson(b);
}

std::unique_ptr<data::Task> makeTask(const session::TaskReference& reference, QString* error) {
    try {
        return data::TaskRegistry::builtIn().make(reference.name, reference.options,
                                                  reference.seed);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return nullptr;
    }
}

/** One thread fewer than the machine has, to keep one for the window. */
int trainingThreads() {
    return std::max(1, QThread::idealThreadCount() - 1);
}

} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_document(new NetworkDocument(this))
    , m_controller(new training::TrainingController(this)) {
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
    connect(m_controller, &training::TrainingController::sessionReady, this,
            &Workspace::onSessionReady);
    connect(m_controller, &training::TrainingController::finished, this,
            [this](const core::Vector<double>& weights) { onFinished(weights); });
    connect(m_controller, &training::TrainingController::stateChanged, this,
            [this](training::TrainingController::State state) {
                m_document->setEditingLocked(state != training::TrainingController::State::Idle);
            });
    connect(m_document, &NetworkDocument::groupTrainingChanged, this,
            &Workspace::onGroupTrainingChanged);
    QString error;
    if (!newSession(kDefaultTask, {}, &error))
        throw std::logic_error("the default session cannot be made: " + error.toStdString());
}

Workspace::~Workspace() = default;

std::shared_ptr<const session::TrainingHistory> Workspace::history() const {
    if (!m_run)
        return nullptr;
    return {m_run, &m_run->history}; // shares the run: no copy of its traces
}

bool Workspace::isModified() const {
    return m_weightsModified || !m_document->undoStack()->isClean();
}

bool Workspace::isGraphChanged() const {
    const std::optional<CompiledNetwork> compiled = m_document->compiled();
    return compiled && !sameSpec(compiled->spec, m_network->spec());
}

bool Workspace::newSession(const std::string& name, const data::TaskOptions& options,
                           QString* error) {
    if (isTraining()) {
        *error = tr("Training is running; stop it first.");
        return false;
    }
    session::TaskReference reference;
    reference.name = name;
    reference.options = options;
    reference.seed = kDefaultSeed;
    std::unique_ptr<data::Task> task = makeTask(reference, error);
    if (!task)
        return false;
    session::Session fresh;
    fresh.spec = task->recommendedNetwork();
    fresh.settings = session::TrainingSettings::fromRecipe(task->recommendedRecipe());
    fresh.task = reference;
    fresh.task.options = task->options();
    fresh.seed = kDefaultSeed;
    core::Network<double> network(fresh.spec);
    core::NetworkInitializer::initialize(network, task->recommendedRecipe().initialization,
                                         fresh.seed);
    fresh.weights = network.values().cast<float>();
    fresh.initialWeights = fresh.weights;
    return adopt(fresh, std::move(task), QString(), error);
}

bool Workspace::open(const QString& path, QString* error) {
    const QString where = QDir::toNativeSeparators(path);
    if (isTraining()) {
        *error = tr("%1: training is running; stop it first.").arg(where);
        return false;
    }
    session::Session loaded;
    if (training::SessionFile::formatVersion(path) != 0) {
        if (!training::SessionFile::load(path, loaded, error))
            return false;
    } else {
        std::optional<core::Network<double>> network = training::ModelFile::load(path, error);
        if (!network)
            return false;
        loaded = freshSession(*network);
    }
    std::unique_ptr<data::Task> task = makeTask(loaded.task, error);
    if (!task) {
        *error = tr("%1: %2").arg(where, *error);
        return false;
    }
    if (const std::string mismatch = task->checkNetwork(loaded.spec); !mismatch.empty()) {
        *error = tr("%1: %2").arg(where, QString::fromStdString(mismatch));
        return false;
    }
    return adopt(loaded, std::move(task), path, error);
}

bool Workspace::openCopy(const QString& path, QString* error) {
    if (!open(path, error))
        return false;
    setFile(QString());
    return true;
}

bool Workspace::adopt(const session::Session& session, std::unique_ptr<data::Task> task,
                      const QString& file, QString* error) {
    Q_UNUSED(error);
    m_task = std::move(task);
    m_initialization = m_task->recommendedRecipe().initialization;
    m_taskReference = session.task;
    m_settings = session.settings;
    m_seed = session.seed;
    m_view = session.view;
    m_network = std::make_unique<core::Network<double>>(session.spec);
    m_network->values() = session.weights.cast<double>();
    const bool trained = session.position.step > 0 || !session.history.epochs().empty();
    m_run = trained ? std::make_shared<const session::Session>(session) : nullptr;
    m_document->setTask(m_task.get());
    m_document->resetGraph(DiagramConversion::graphOf(session, m_task.get()));
    const std::optional<CompiledNetwork> compiled = m_document->compiled();
    if (compiled && !m_settings.groups.empty() && m_document->groupTraining() != m_settings.groups)
        m_document->resetGraph(
            SavedGroups::applied(m_document->graph(), *compiled, m_settings.groups));
    setFile(file);
    setWeightsModified(false);
    emit sessionReplaced();
    emit settingsChanged(m_settings);
    emit runChanged();
    return true;
}

void Workspace::setFile(const QString& file) {
    m_file = file;
    emit fileChanged(file);
}

void Workspace::setWeightsModified(bool modified) {
    const bool before = isModified();
    m_weightsModified = modified;
    if (modified)
        m_document->undoStack()->resetClean();
    if (before != isModified())
        emit modifiedChanged(isModified());
}

bool Workspace::save(const QString& path, QString* error) {
    if (!training::SessionFile::save(currentSession(), path, error))
        return false;
    m_document->undoStack()->setClean();
    setFile(path);
    setWeightsModified(false);
    return true;
}

session::Session Workspace::currentSession() const {
    const std::optional<CompiledNetwork> compiled = m_document->compiled();
    session::Session session;
    if (compiled && !sameSpec(compiled->spec, m_network->spec())) {
        core::Network<double> network(compiled->spec);
        core::NetworkInitializer::initialize(network, compiled->initialization, m_seed);
        session = freshSession(network);
    } else if (m_run) {
        session = *m_run;
    } else {
        session = freshSession(*m_network);
    }
    return withEditorState(std::move(session));
}

session::Session Workspace::withEditorState(session::Session run) const {
    run.settings = m_settings;
    run.diagram = DiagramConversion::toDiagram(m_document->graph());
    run.view = m_view;
    return run;
}

bool Workspace::restore(const session::Session& session, const QString& originalFile,
                        QString* error) {
    if (isTraining()) {
        *error = tr("Training is running; stop it first.");
        return false;
    }
    std::unique_ptr<data::Task> task = makeTask(session.task, error);
    if (!task)
        return false;
    if (const std::string mismatch = task->checkNetwork(session.spec); !mismatch.empty()) {
        *error = QString::fromStdString(mismatch);
        return false;
    }
    if (!adopt(session, std::move(task), originalFile, error))
        return false;
    setWeightsModified(true);
    return true;
}

session::Session Workspace::freshSession(const core::Network<double>& network) const {
    session::Session session;
    session.spec = network.spec();
    session.weights = network.values().cast<float>();
    session.initialWeights = session.weights;
    session.settings = m_settings;
    session.task = m_taskReference;
    session.seed = m_seed;
    return session;
}

void Workspace::startAfresh(const CompiledNetwork& compiled) {
    m_network = std::make_unique<core::Network<double>>(compiled.spec);
    core::NetworkInitializer::initialize(*m_network, compiled.initialization, m_seed);
    m_initialization = compiled.initialization;
    m_run.reset();
    emit message(tr("The network changed: training starts from new weights."));
    emit runChanged();
}

training::TrainingJob Workspace::jobFor(const session::Session& session) const {
    training::TrainingJob job(*m_network);
    job.taskName = m_taskReference.name;
    job.taskOptions = m_taskReference.options;
    job.taskSeed = m_taskReference.seed;
    job.recipe = m_task->recommendedRecipe();
    job.recipe.initialization = m_initialization;
    job.settings = withGroups(m_settings);
    job.seed = m_seed;
    job.threads = trainingThreads();
    job.sessionAtEnd = true;
    if (session.position.step > 0 || session.position.completedEpochs > 0) {
        auto resumed = std::make_shared<session::Session>(session);
        resumed->settings = *job.settings;
        if (resumed->position.completedEpochs >= resumed->settings.epochs ||
            resumed->position.earlyStopped) {
            resumed->settings.epochs = resumed->position.completedEpochs + m_settings.epochs;
            resumed->position.earlyStopped = false;
        }
        job.resume = resumed;
    }
    return job;
}

bool Workspace::train(QString* error) {
    if (isTraining()) {
        *error = tr("Training is already running.");
        return false;
    }
    const std::optional<CompiledNetwork> compiled = m_document->compiled();
    if (!compiled) {
        *error = tr("The network cannot be trained while it has problems: %1")
                     .arg(m_document->problems().value(0).message);
        return false;
    }
    if (!sameSpec(compiled->spec, m_network->spec()))
        startAfresh(*compiled);
    const training::TrainingJob job = m_run ? jobFor(*m_run) : jobFor(freshSession(*m_network));
    if (!m_controller->start(job)) {
        *error = tr("Training could not start.");
        return false;
    }
    return true;
}

bool Workspace::setSettings(const session::TrainingSettings& settings, QString* error) {
    if (const std::string problem = settings.validate(); !problem.empty()) {
        *error = QString::fromStdString(problem);
        return false;
    }
    m_settings = withGroups(settings);
    if (isTraining())
        m_controller->changeSettings(m_settings);
    setWeightsModified(true);
    emit settingsChanged(m_settings);
    return true;
}

void Workspace::resetWeights() {
    if (isTraining()) {
        m_controller->reset();
        return;
    }
    if (m_run && m_run->initialWeights.size() == m_network->parameterCount())
        m_network->values() = m_run->initialWeights.cast<double>();
    else
        core::NetworkInitializer::initialize(*m_network, m_initialization, m_seed);
    m_run.reset();
    setWeightsModified(true);
    emit message(tr("The weights are back to their first values."));
    emit runChanged();
}

session::TrainingSettings Workspace::withGroups(session::TrainingSettings settings) const {
    if (!m_document->compiled())
        return settings;
    core::GroupTrainingMap groups = m_document->groupTraining();
    for (const auto& [name, training] : settings.groups)
        if (name.find('.') != std::string::npos) // a single gate ("layer1.f"): no block shows it
            groups.emplace(name, training);
    settings.groups = std::move(groups);
    return settings;
}

void Workspace::onGroupTrainingChanged() {
    const session::TrainingSettings settings = withGroups(m_settings);
    if (settings.groups == m_settings.groups)
        return;
    m_settings = settings;
    if (isTraining())
        m_controller->changeSettings(m_settings);
    emit settingsChanged(m_settings);
}

bool Workspace::adoptTransfer(const NetworkGraph& graph, const core::Network<double>& network,
                              const QString& name, QString* error) {
    if (isTraining()) {
        *error = tr("Training is running; stop it first.");
        return false;
    }
    if (!m_document->applyTemplate(graph, name)) {
        *error = tr("The editor is locked.");
        return false;
    }
    const std::optional<CompiledNetwork> compiled = m_document->compiled();
    if (!compiled || !sameSpec(compiled->spec, network.spec())) {
        m_document->undoStack()->undo();
        *error = tr("The transferred network does not compile to the network it was built for.");
        return false;
    }
    m_network = std::make_unique<core::Network<double>>(network);
    m_initialization = compiled->initialization;
    m_run.reset();
    onGroupTrainingChanged();
    setWeightsModified(true);
    emit message(tr("The network starts from the saved session's layers."));
    emit runChanged();
    return true;
}

core::Vector<double> Workspace::startWeights() const {
    if (m_run && m_run->initialWeights.size() == m_network->parameterCount())
        return m_run->initialWeights.cast<double>();
    return m_network->values();
}

void Workspace::onSessionReady(quint64 id, std::shared_ptr<const session::Session> session) {
    Q_UNUSED(id);
    if (!session || !sameSpec(session->spec, m_network->spec()))
        return;
    m_run = std::move(session);
    m_network->values() = m_run->weights.cast<double>();
    setWeightsModified(true);
    emit runChanged();
}

void Workspace::onFinished(const core::Vector<double>& weights) {
    if (weights.size() == m_network->parameterCount())
        m_network->values() = weights;
    setWeightsModified(true);
    emit runChanged();
}

} // namespace app
