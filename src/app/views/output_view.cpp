#include "app/views/output_view.h"

#include "app/views/view_export.h"
#include "data/task.h"

namespace app {

OutputView::OutputView(QWidget* parent)
    : QWidget(parent) {}

void OutputView::setTask(const data::Task* task) {
    m_task = task;
    refresh();
}

void OutputView::setNetwork(NetworkPtr network) {
    m_network = std::move(network);
    refresh();
}

void OutputView::setTrace(std::shared_ptr<const session::ProbeTrace>,
                          const core::SequenceBatch<double>&) {}

QString OutputView::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

bool OutputView::networkFitsTask() const {
    return m_task && m_network && m_task->checkNetwork(m_network->spec()).empty();
}

} // namespace app
