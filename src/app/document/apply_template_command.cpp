#include "app/document/apply_template_command.h"

#include "app/document/network_document.h"

#include <QCoreApplication>

namespace app {

ApplyTemplateCommand::ApplyTemplateCommand(NetworkDocument* document, const NetworkGraph& graph,
                                           const QString& name, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->graph())
    , m_after(graph) {
    setText(QCoreApplication::translate("Undo Commands", "Apply Template %1").arg(name));
}

void ApplyTemplateCommand::redo() {
    m_document->replaceGraph(m_after);
}

void ApplyTemplateCommand::undo() {
    m_document->replaceGraph(m_before);
}

} // namespace app
