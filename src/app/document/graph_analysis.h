#pragma once
/**
 * Everything the editor shows about a graph besides the graph itself: the shape on every wire,
 * the weights of every block and in all, the problems on the blocks at fault, and — when there
 * are none — the compiled network. A pure function of the graph and the task; the document
 * recomputes it after every change.
 *
 * Problems, in the order they are looked for (later checks wait for earlier ones to pass):
 * property values, cycles, missing connections, dangling blocks, shape mismatches and attention
 * without a sequence (ShapeInference); what the core's one shape of network cannot express
 * (SpecCompiler); core::NetworkSpec::validate(); the task's Task::checkNetwork(), its decoder
 * vocabulary and its loss.
 */
#include "app/document/graph_problem.h"
#include "app/document/network_graph.h"
#include "app/document/spec_compiler.h"
#include "app/document/wire_shape.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace data {
class Task;
}

namespace app {

struct GraphAnalysis {
    Q_DECLARE_TR_FUNCTIONS(GraphAnalysis)

public:
    QHash<Wire, WireShape> wireShapes;  ///< of every wire whose shape could be worked out
    QHash<int, core::Index> parameters; ///< per block whose inputs could be worked out
    core::Index totalParameters = 0;
    QList<GraphProblem> problems;
    std::optional<CompiledNetwork> compiled; ///< when there are no problems

    /** Analyzes `graph`, checking it against `task` when there is one. */
    static GraphAnalysis of(const NetworkGraph& graph, const data::Task* task = nullptr);

    bool isTrainable() const { return problems.isEmpty() && compiled.has_value(); }
    /** The problems on that block (0: on the network as a whole). */
    QList<GraphProblem> problemsOf(int blockId) const;

private:
    void checkCore(const CompiledNetwork& network);
    void checkTask(const CompiledNetwork& network, const data::Task& task);
};

} // namespace app
