#include "app/window/transfer_actions.h"

#include "app/views/gate_comparison_view.h"
#include "app/views/transfer_dialog.h"
#include "app/window/network_views.h"
#include "app/window/workspace.h"
#include "training/probe_recorder.h"
#include "training/session_file.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <stdexcept>

namespace app {

namespace {

/** `network`'s weights replaced by `weights`, in single precision as the recorder takes them. */
core::Network<float> withWeights(const core::Network<double>& network,
                                 const core::Vector<double>& weights) {
    core::Network<float> out(network.spec());
    out.values() = weights.cast<float>();
    return out;
}

} // namespace

TransferActions::TransferActions(Workspace* workspace, NetworkViews* views, QMainWindow* window,
                                 Hooks hooks)
    : QObject(window)
    , m_workspace(workspace)
    , m_views(views)
    , m_newFromSession(new QAction(window))
    , m_comparison(new GateComparisonView)
    , m_dock(new QDockWidget(window)) {
    setHooks(std::move(hooks));
    m_newFromSession->setObjectName(QStringLiteral("actionNewFromSession"));
    connect(m_newFromSession, &QAction::triggered, this, &TransferActions::newFromSession);
    connect(workspace->controller(), &training::TrainingController::stateChanged, this,
            [this](training::TrainingController::State state) {
                m_newFromSession->setEnabled(state == training::TrainingController::State::Idle);
            });
    m_dock->setObjectName(QStringLiteral("comparisonDock"));
    m_dock->setWidget(m_comparison);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // A tab beside the gate heatmaps, which it compares.
    if (auto* gates = window->findChild<QDockWidget*>(QStringLiteral("gatesDock")))
        window->tabifyDockWidget(gates, m_dock);
    m_dock->hide(); // until asked for in View › Panels
    m_dock->installEventFilter(this);
    connect(workspace, &Workspace::runChanged, this, &TransferActions::compare);
    connect(workspace, &Workspace::sessionReplaced, this, &TransferActions::compare);
    connect(m_dock->toggleViewAction(), &QAction::triggered, m_dock, [this](bool shown) {
        if (shown)
            m_dock->raise(); // in front of its tab group
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            compare();
    });
    retranslate();
}

void TransferActions::addTo(QMenu* file, QAction* before, QMenu* panels) {
    file->insertAction(before, m_newFromSession);
    panels->addAction(m_dock->toggleViewAction());
}

void TransferActions::setHooks(Hooks hooks) {
    m_hooks = std::move(hooks);
    if (!m_hooks.askSessionPath)
        m_hooks.askSessionPath = [this] {
            return QFileDialog::getOpenFileName(
                m_dock->parentWidget(), tr("New from Session"), QString(),
                tr("LSTM Studio sessions (*.%1)")
                    .arg(QLatin1String(training::SessionFile::kExtension)));
        };
    if (!m_hooks.runDialog)
        m_hooks.runDialog = [](TransferDialog& dialog) {
            return dialog.exec() == QDialog::Accepted;
        };
    if (!m_hooks.mayDiscard)
        m_hooks.mayDiscard = [] {
            return true;
        };
    if (!m_hooks.reportError)
        m_hooks.reportError = [](const QString&, const QString&) {
        };
}

bool TransferActions::newFromSession() {
    if (m_workspace->isTraining() || (m_workspace->isModified() && !m_hooks.mayDiscard()))
        return false;
    const QString path = m_hooks.askSessionPath();
    return !path.isEmpty() && newFromSessionFile(path);
}

bool TransferActions::newFromSessionFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    session::Session saved;
    QString error;
    if (!training::SessionFile::load(path, saved, &error)) {
        m_hooks.reportError(tr("Could not open “%1”.").arg(name), error);
        return false;
    }
    TransferDialog dialog(saved, m_workspace->task(), m_dock->parentWidget());
    if (!m_hooks.runDialog(dialog) || !dialog.network())
        return false;
    if (!m_workspace->adoptTransfer(dialog.graph(), *dialog.network(), tr("New from Session"),
                                    &error)) {
        m_hooks.reportError(tr("Could not build the network from “%1”.").arg(name), error);
        return false;
    }
    return true;
}

void TransferActions::compare() {
    if (!m_dock->isVisible()) // recorded when shown
        return;
    const core::Network<double>& network = m_workspace->network();
    const core::RecurrentOptions options = m_workspace->settings().recurrentOptions();
    const core::Index probe = m_views->probeSequence();
    try {
        const auto before = training::ProbeRecorder::record(
            withWeights(network, m_workspace->startWeights()), m_workspace->task(), probe, options);
        const auto after = training::ProbeRecorder::record(withWeights(network, network.values()),
                                                           m_workspace->task(), probe, options);
        m_comparison->setTraces(before, after);
    } catch (const std::invalid_argument&) {
        m_comparison->setTraces(nullptr, nullptr);
    }
}

bool TransferActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TransferActions::retranslate() {
    m_newFromSession->setText(tr("New from &Session…"));
    m_newFromSession->setToolTip(
        tr("Start a network for this task from the layers of a saved session, with their "
           "weights (transfer learning)"));
    m_dock->setWindowTitle(tr("Fine-Tuning"));
    m_dock->toggleViewAction()->setToolTip(
        tr("Show or hide the “%1” panel: the gates of the network the run started from beside "
           "the current ones")
            .arg(m_dock->windowTitle()));
}

} // namespace app
