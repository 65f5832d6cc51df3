#include "app/views/output_panel.h"

#include "data/task.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace app {

OutputPanel::OutputPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_none(new QLabel(tr("This task has no output view."), this)) {
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_none);
    setTask(nullptr);
}

void OutputPanel::setTask(const data::Task* task) {
    m_task = task;
    const std::vector<OutputViewKind> kinds =
        task ? OutputViewFactory::kindsFor(*task) : std::vector<OutputViewKind>{};
    if (kinds != m_kinds) {
        for (OutputView* view : m_views)
            view->setTask(nullptr); // the old task may be gone before deleteLater runs
        m_tabs->clear();
        qDeleteAll(m_views);
        m_views.clear();
        m_kinds = kinds;
        for (OutputViewKind kind : kinds) {
            OutputView* view = OutputViewFactory::create(kind, m_tabs);
            m_views.push_back(view);
            m_tabs->addTab(view, OutputViewFactory::title(kind));
            view->setNetwork(m_network);
            view->setTrace(m_trace, m_input);
        }
    }
    for (OutputView* view : m_views)
        view->setTask(task);
    m_tabs->setVisible(!m_views.empty());
    m_none->setVisible(m_views.empty());
    m_none->setText(task ? tr("This task has no output view.") : tr("No task."));
}

void OutputPanel::setNetwork(OutputView::NetworkPtr network) {
    m_network = std::move(network);
    for (OutputView* view : m_views)
        view->setNetwork(m_network);
}

void OutputPanel::setTrace(std::shared_ptr<const session::ProbeTrace> trace,
                           const core::SequenceBatch<double>& input) {
    m_trace = std::move(trace);
    m_input = input;
    for (OutputView* view : m_views)
        view->setTrace(m_trace, m_input);
}

OutputView* OutputPanel::currentView() const {
    return qobject_cast<OutputView*>(m_tabs->currentWidget());
}

} // namespace app
