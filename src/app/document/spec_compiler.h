#pragma once
/**
 * Turns a graph whose shapes all work out into the core's NetworkSpec, the initialization its
 * recurrent blocks ask for and the output's loss, or says which block the core cannot build. The
 * core builds one shape of network, so the compiler walks it:
 *
 *   input [→ embedding] → recurrent (→ dropout)? → … → last recurrent, then one of
 *     last.sequence → dense → output                                   per step
 *     last.final state → dense → output                                per sequence
 *     last.sequence → attention.keys, last.final state → attention.query,
 *       attention → dense → output                                     per sequence, attention
 *     last.sequence → attention.keys, last.final state → decoder,
 *       decoder.states → attention.query, attention → dense → output   sequence to sequence
 *
 * A dropout block after a recurrent block is that layer's dropoutAfter. The network's
 * initializer is the recurrent blocks' "initializer", its forget-gate bias the LSTM blocks'
 * "forget-bias": the core initializes every layer alike, so blocks that disagree are a problem.
 */
#include "app/document/graph_problem.h"
#include "app/document/network_graph.h"
#include "core/loss.h"
#include "core/network_initializer.h"
#include "core/network_spec.h"

#include <QCoreApplication>
#include <QList>

namespace app {

struct CompiledNetwork {
    core::NetworkSpec spec;
    core::InitOptions initialization;
    core::LossKind loss = core::LossKind::MeanSquaredError;
    QList<int> layerBlocks; ///< the block of each spec layer
    int inputBlock = 0;
    int attentionBlock = 0;
    int decoderBlock = 0;
    int denseBlock = 0;
    int outputBlock = 0;
};

class SpecCompiler {
    Q_DECLARE_TR_FUNCTIONS(SpecCompiler)

public:
    /** The compiled network; on failure `problems` gets why (and the result is meaningless). */
    static CompiledNetwork compile(const NetworkGraph& graph, QList<GraphProblem>& problems);

private:
    SpecCompiler(const NetworkGraph& graph, QList<GraphProblem>& problems)
        : m_graph(graph)
        , m_problems(problems) {}
    /** The one block port (`port` of its input) the output port feeds, or nullptr. */
    const Block* next(int blockId, int port, int* toPort = nullptr);
    const Block* compileInput();
    /** Compiles the recurrent stack from `first`; returns the last recurrent block. */
    const Block* compileStack(const Block* first, const Block** afterSequence);
    bool compileHead(const Block& last, const Block* afterSequence);
    /** The attention's part of the spec (and the decoder's); the dense layer after it. */
    const Block* compileAttention(const Block& attention, const Block* afterFinal, int queryPort);
    bool compileOutput(const Block& dense);
    void compileInitialization();
    void fail(int blockId, const QString& message);

    const NetworkGraph& m_graph;
    QList<GraphProblem>& m_problems;
    CompiledNetwork m_out;
    bool m_failed = false;
};

} // namespace app
