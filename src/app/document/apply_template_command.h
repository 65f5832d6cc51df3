#pragma once
/** Replaces the whole graph by another (a template, a task's recommended network) in one step. */
#include "app/document/network_graph.h"

#include <QString>
#include <QUndoCommand>

namespace app {

class NetworkDocument;

class ApplyTemplateCommand : public QUndoCommand {
public:
    ApplyTemplateCommand(NetworkDocument* document, const NetworkGraph& graph, const QString& name,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    NetworkGraph m_before;
    NetworkGraph m_after;
};

} // namespace app
