#pragma once
/**
 * Works out, block by block from the input to the output, what each output port gives (the shape
 * on its wires) and how many weights each block holds, and finds what stands in the way: bad
 * property values, cycles, unconnected ports, blocks nothing reads, shape mismatches, an attention
 * block without a sequence to attend to. Parameter counts follow the core's layouts (network.h):
 *
 *   recurrent layer, g gates (1, 4, 4, 3), input I, H units:  g·H·(I + H + 2)  (+ 3H peepholes),
 *                    per direction, layer l > 1 reading d·H;
 *   embedding V×E;  additive attention A·(W_q + W_k + 2);  decoder V_d·E_d + its cell (E_d → W);
 *   dense O·(in + 1)
 */
#include "app/document/graph_problem.h"
#include "app/document/network_graph.h"
#include "app/document/wire_shape.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace app {

struct InferredShapes {
    /** Per block, per output port: the shape it gives, when it could be worked out. */
    QHash<int, QList<std::optional<WireShape>>> outputs;
    QHash<int, core::Index> parameters; ///< per block whose inputs are known
    QList<GraphProblem> problems;
    bool hasCycle = false;
};

class ShapeInference {
    Q_DECLARE_TR_FUNCTIONS(ShapeInference)

public:
    static InferredShapes run(const NetworkGraph& graph);

    /** Weights of one direction of one recurrent layer. */
    static core::Index cellParameters(core::CellKind cell, core::Index input, core::Index hidden);

private:
    explicit ShapeInference(const NetworkGraph& graph)
        : m_graph(graph) {}
    QList<int> topologicalOrder();
    void reportCycles(const QList<int>& ordered);
    bool reaches(int from, int to) const;
    /** The block's input shapes, or nothing when one is missing or does not fit. */
    std::optional<QList<WireShape>> inputsOf(const Block& block);
    void infer(const Block& block, const QList<WireShape>& inputs);
    void inferRecurrent(const Block& block, const WireShape& input);
    void inferAttention(const Block& block, const WireShape& keys, const WireShape& query);
    void inferDecoder(const Block& block, const WireShape& state);
    void reportDangling();
    void addProblem(int blockId, const QString& message, std::optional<Wire> wire = {});

    const NetworkGraph& m_graph;
    InferredShapes m_result;
};

} // namespace app
