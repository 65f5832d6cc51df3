#include "app/document/diagram_conversion.h"

#include "app/document/spec_layout.h"

#include <QCoreApplication>

namespace app {

session::NetworkDiagram DiagramConversion::toDiagram(const NetworkGraph& graph) {
    session::NetworkDiagram diagram;
    for (const Block& block : graph.blocks) {
        session::DiagramBlock out{block.id,
                                  blockKindName(block.kind).toStdString(),
                                  {},
                                  block.position.x(),
                                  block.position.y()};
        for (auto it = block.properties.cbegin(); it != block.properties.cend(); ++it)
            out.properties.emplace(it.key().toStdString(), it.value().toStdString());
        diagram.blocks.push_back(out);
    }
    for (const Wire& wire : graph.wires)
        diagram.wires.push_back({wire.fromBlock, wire.fromPort, wire.toBlock, wire.toPort});
    return diagram;
}

std::optional<NetworkGraph> DiagramConversion::fromDiagram(const session::NetworkDiagram& diagram,
                                                           QString* error) {
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    NetworkGraph graph;
    for (const session::DiagramBlock& in : diagram.blocks) {
        const auto kind = blockKindFromName(QString::fromStdString(in.kind));
        if (!kind)
            return fail(QCoreApplication::translate("DiagramConversion",
                                                    "the diagram has a block of unknown kind “%1”")
                            .arg(QString::fromStdString(in.kind)));
        if (in.id < 1 || graph.block(in.id))
            return fail(QCoreApplication::translate("DiagramConversion",
                                                    "the diagram has two blocks numbered %1")
                            .arg(in.id));
        Block block{in.id, *kind, {}, QPointF(in.x, in.y)};
        for (const auto& [name, value] : in.properties)
            block.properties.insert(QString::fromStdString(name), QString::fromStdString(value));
        graph.blocks.append(block);
    }
    for (const session::DiagramWire& in : diagram.wires) {
        if (!graph.block(in.fromBlock) || !graph.block(in.toBlock))
            return fail(QCoreApplication::translate("DiagramConversion",
                                                    "a wire of the diagram joins block %1 to "
                                                    "block %2, which are not both there")
                            .arg(in.fromBlock)
                            .arg(in.toBlock));
        graph.wires.append({in.fromBlock, in.fromPort, in.toBlock, in.toPort});
    }
    return graph;
}

NetworkGraph DiagramConversion::graphOf(const session::Session& session, const data::Task* task) {
    if (!session.diagram.blocks.empty())
        if (const std::optional<NetworkGraph> graph = fromDiagram(session.diagram))
            return *graph;
    if (!task)
        return SpecLayout::layout(session.spec);
    return SpecLayout::layout(session.spec, task->recommendedRecipe().initialization,
                              task->lossKind());
}

} // namespace app
