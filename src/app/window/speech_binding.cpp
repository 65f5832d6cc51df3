#include "app/window/speech_binding.h"

#include "app/views/speech_audio_panel.h"
#include "app/window/network_views.h"
#include "app/window/workspace.h"
#include "core/network_executor.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <memory>

namespace app {

namespace {

/** The network's outputs for `batch`, as the panel's predictor gives them. */
core::Matrix<double> outputsOf(const core::Network<double>& network,
                               const core::RecurrentOptions& options,
                               const core::SequenceBatch<double>& batch) {
    core::NetworkExecutor<double> executor(network);
    executor.setRecurrentOptions(options);
    return core::Matrix<double>(executor.forward(batch));
}

} // namespace

SpeechBinding::SpeechBinding(Workspace* workspace, NetworkViews* views, QMainWindow* window,
                             QMenu* panels)
    : QObject(window)
    , m_workspace(workspace)
    , m_views(views)
    , m_panel(new SpeechAudioPanel)
    , m_dock(new QDockWidget(window)) {
    m_dock->setObjectName(QStringLiteral("soundDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // A tab beside the cell diagram, wide enough for the guess.
    if (auto* cell = window->findChild<QDockWidget*>(QStringLiteral("cellDock")))
        window->tabifyDockWidget(cell, m_dock);
    panels->addAction(m_dock->toggleViewAction());
    m_dock->installEventFilter(this);
    retranslate();
    connect(workspace, &Workspace::sessionReplaced, this, &SpeechBinding::showSession);
    connect(workspace, &Workspace::runChanged, this, &SpeechBinding::showWeights);
    connect(workspace->controller(), &training::TrainingController::snapshotReady, this,
            &SpeechBinding::showSnapshot);
    showSession();
}

bool SpeechBinding::hasSound() const {
    return m_workspace->task().inputKind() == data::Task::InputKind::Spectrogram;
}

void SpeechBinding::showSession() {
    const bool sound = hasSound();
    m_dock->setVisible(sound);
    m_dock->toggleViewAction()->setEnabled(sound);
    m_clip = {};
    if (!sound) {
        m_panel->setClip({});
        m_panel->setPredictor({});
        return;
    }
    m_dock->raise();
    const data::Task& task = m_workspace->task();
    const core::Index count = task.sequenceCount(data::Split::Validation);
    if (count > 0)
        m_clip = task.audio(data::Split::Validation, std::min(m_views->probeSequence(), count - 1));
    m_panel->setClip(m_clip);
    showWeights();
}

void SpeechBinding::showWeights() {
    if (!hasSound())
        return;
    auto network = std::make_shared<const core::Network<double>>(m_workspace->network());
    const core::RecurrentOptions options = m_workspace->settings().recurrentOptions();
    m_panel->setPredictor([network, options](const core::SequenceBatch<double>& batch) {
        return outputsOf(*network, options, batch);
    });
}

void SpeechBinding::showSnapshot(const training::TrainingSnapshot& snapshot) {
    if (!hasSound() || !snapshot.probe || !snapshot.probe->weights)
        return;
    // The network is built when a guess is asked for, not thirty times a second.
    const core::NetworkSpec spec = m_workspace->network().spec();
    const std::shared_ptr<const core::Vector<float>> weights = snapshot.probe->weights;
    if (weights->size() != m_workspace->network().parameterCount())
        return;
    const core::RecurrentOptions options = snapshot.settings.recurrentOptions();
    m_panel->setPredictor([spec, weights, options](const core::SequenceBatch<double>& batch) {
        core::Network<double> network(spec);
        network.values() = weights->cast<double>();
        return outputsOf(network, options, batch);
    });
}

bool SpeechBinding::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SpeechBinding::retranslate() {
    m_dock->setWindowTitle(tr("Sound"));
    m_dock->toggleViewAction()->setToolTip(
        tr("Show or hide the “%1” panel: play the probe's sound, record a digit or open a WAV "
           "file and see the network's guess")
            .arg(m_dock->windowTitle()));
}

} // namespace app
