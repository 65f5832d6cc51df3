#include "app/document/shape_inference.h"

#include "app/document/property_reader.h"

namespace app {

namespace {

bool fits(const WireShape& shape, PortAccepts accepts) {
    switch (accepts) {
    case PortAccepts::Tokens:
        return shape.tokens;
    case PortAccepts::Sequence:
        return shape.isSourceSequence();
    case PortAccepts::Vector:
        return shape.steps == StepAxis::None && !shape.tokens;
    case PortAccepts::Query:
        return !shape.tokens && shape.steps != StepAxis::Source;
    case PortAccepts::Features:
        return !shape.tokens;
    case PortAccepts::Nothing:
        break;
    }
    return false;
}

} // namespace

InferredShapes ShapeInference::run(const NetworkGraph& graph) {
    ShapeInference inference(graph);
    const QList<int> order = inference.topologicalOrder();
    inference.reportCycles(order);
    for (int id : order) {
        const Block& block = *graph.block(id);
        if (const auto inputs = inference.inputsOf(block))
            inference.infer(block, *inputs);
    }
    inference.reportDangling();
    return inference.m_result;
}

core::Index ShapeInference::cellParameters(core::CellKind cell, core::Index input,
                                           core::Index hidden) {
    const core::Index gates = core::gateCount(cell) * hidden;
    const core::Index peepholes = cell == core::CellKind::PeepholeLstm ? 3 * hidden : 0;
    return gates * input + gates * hidden + 2 * gates + peepholes;
}

QList<int> ShapeInference::topologicalOrder() {
    QHash<int, int> pending; // wires into each block not yet satisfied
    for (const Block& b : m_graph.blocks)
        pending.insert(b.id, 0);
    for (const Wire& w : m_graph.wires)
        if (pending.contains(w.fromBlock) && pending.contains(w.toBlock))
            ++pending[w.toBlock];
    QList<int> order;
    for (const Block& b : m_graph.blocks)
        if (pending.value(b.id) == 0)
            order.append(b.id);
    for (qsizetype i = 0; i < order.size(); ++i)
        for (const Wire& w : m_graph.wires)
            if (w.fromBlock == order[i] && pending.contains(w.toBlock) && --pending[w.toBlock] == 0)
                order.append(w.toBlock);
    return order;
}

void ShapeInference::reportCycles(const QList<int>& ordered) {
    for (const Block& b : m_graph.blocks) {
        if (ordered.contains(b.id) || !reaches(b.id, b.id))
            continue;
        m_result.hasCycle = true;
        addProblem(b.id, tr("this block is part of a cycle: signals must flow one way, from the "
                            "input to the output"));
    }
}

bool ShapeInference::reaches(int from, int to) const {
    QList<int> stack{from};
    QList<int> seen;
    while (!stack.isEmpty()) {
        const int id = stack.takeLast();
        for (const Wire& w : m_graph.wires) {
            if (w.fromBlock != id)
                continue;
            if (w.toBlock == to)
                return true;
            if (!seen.contains(w.toBlock)) {
                seen.append(w.toBlock);
                stack.append(w.toBlock);
            }
        }
    }
    return false;
}

std::optional<QList<WireShape>> ShapeInference::inputsOf(const Block& block) {
    const QList<PortSpec> ports = inputPorts(block.kind);
    QList<WireShape> shapes;
    bool complete = true;
    for (int p = 0; p < ports.size(); ++p) {
        const QList<Wire> wires = m_graph.wiresInto(block.id, p);
        const bool keys = block.kind == BlockKind::Attention && p == 0;
        if (wires.isEmpty()) {
            addProblem(
                block.id,
                keys ? tr("attention needs a sequence to attend to: connect a "
                          "recurrent layer's sequence to its “keys” port")
                     : tr("missing connection: the “%1” port is not connected").arg(ports[p].name));
            complete = false;
            continue;
        }
        if (wires.size() > 1)
            addProblem(
                block.id,
                tr("the “%1” port takes one wire, it has %2").arg(ports[p].name).arg(wires.size()));
        const auto& from = m_result.outputs.value(wires[0].fromBlock);
        const std::optional<WireShape> shape = from.value(wires[0].fromPort);
        if (!shape) { // the block upstream could not be worked out: it has its own problem
            complete = false;
            continue;
        }
        if (!fits(*shape, ports[p].accepts)) {
            addProblem(block.id,
                       keys ? tr("attention needs a sequence to attend to, its “keys” port gets %1")
                                  .arg(shape->text())
                            : tr("shape mismatch: the “%1” port takes %2, the wire brings %3")
                                  .arg(ports[p].name, WireShape::describeAccepted(ports[p].accepts),
                                       shape->text()),
                       wires[0]);
            complete = false;
            continue;
        }
        shapes.append(*shape);
    }
    if (!complete)
        return std::nullopt;
    return shapes;
}

void ShapeInference::infer(const Block& block, const QList<WireShape>& inputs) {
    PropertyReader reader(block);
    QList<std::optional<WireShape>> outputs;
    core::Index parameters = 0;
    switch (block.kind) {
    case BlockKind::Input: {
        const bool tokens = reader.choice(QStringLiteral("input"),
                                          {QStringLiteral("features"), QStringLiteral("tokens")}) ==
                            QStringLiteral("tokens");
        outputs.append(WireShape{StepAxis::Source, reader.count(QStringLiteral("size")), tokens});
        break;
    }
    case BlockKind::Embedding: {
        const core::Index size = reader.count(QStringLiteral("size"));
        outputs.append(WireShape::sequence(size));
        parameters = inputs[0].width * size;
        break;
    }
    case BlockKind::Dropout:
        reader.real(QStringLiteral("rate"), 0.0, 1.0);
        outputs.append(inputs[0]);
        break;
    case BlockKind::Dense: {
        const core::Index units = reader.count(QStringLiteral("units"));
        outputs.append(WireShape{inputs[0].steps, units, false});
        parameters = units * (inputs[0].width + 1);
        break;
    }
    case BlockKind::Output:
        reader.choice(
            QStringLiteral("loss"),
            {QStringLiteral("mse"), QStringLiteral("cross-entropy"), QStringLiteral("bce")});
        break;
    case BlockKind::Attention:
        return inferAttention(block, inputs[0], inputs[1]);
    case BlockKind::Decoder:
        return inferDecoder(block, inputs[0]);
    default:
        return inferRecurrent(block, inputs[0]);
    }
    for (const QString& problem : reader.problems())
        addProblem(block.id, problem);
    m_result.outputs.insert(block.id, outputs);
    m_result.parameters.insert(block.id, parameters);
}

void ShapeInference::inferRecurrent(const Block& block, const WireShape& input) {
    PropertyReader reader(block);
    const core::CellKind cell = *cellKindOf(block.kind);
    const core::Index units = reader.count(QStringLiteral("units"));
    const core::Index layers = reader.count(QStringLiteral("layers"));
    const core::Index directions = reader.flag(QStringLiteral("bidirectional")) ? 2 : 1;
    reader.choice(QStringLiteral("activation"), {QStringLiteral("tanh"), QStringLiteral("relu")});
    reader.choice(
        QStringLiteral("initializer"),
        {QStringLiteral("pytorch"), QStringLiteral("xavier"), QStringLiteral("orthogonal")});
    if (block.kind == BlockKind::Lstm || block.kind == BlockKind::PeepholeLstm)
        reader.optionalReal(QStringLiteral("forget-bias"));
    core::Index parameters = 0;
    core::Index width = input.width;
    for (core::Index l = 0; l < layers; ++l) {
        parameters += directions * cellParameters(cell, width, units);
        width = directions * units;
    }
    for (const QString& problem : reader.problems())
        addProblem(block.id, problem);
    m_result.outputs.insert(block.id, {WireShape::sequence(width), WireShape::vector(width)});
    m_result.parameters.insert(block.id, parameters);
}

void ShapeInference::inferAttention(const Block& block, const WireShape& keys,
                                    const WireShape& query) {
    PropertyReader reader(block);
    const bool additive = reader.choice(QStringLiteral("attention"),
                                        {QStringLiteral("additive"), QStringLiteral("dot")}) ==
                          QStringLiteral("additive");
    const core::Index size = additive ? reader.count(QStringLiteral("size")) : 0;
    for (const QString& problem : reader.problems())
        addProblem(block.id, problem);
    if (query.width != keys.width) {
        addProblem(block.id, tr("shape mismatch: the query (%1) and the keys (%2) must be "
                                "equally wide")
                                 .arg(query.text(), keys.text()));
        return;
    }
    m_result.outputs.insert(block.id, {WireShape{query.steps, 2 * keys.width, false}});
    m_result.parameters.insert(block.id, additive ? size * (query.width + keys.width + 2) : 0);
}

void ShapeInference::inferDecoder(const Block& block, const WireShape& state) {
    PropertyReader reader(block);
    const core::Index vocabulary = reader.count(QStringLiteral("vocabulary"));
    const core::Index embedding = reader.count(QStringLiteral("embedding"));
    for (const QString& problem : reader.problems())
        addProblem(block.id, problem);
    // The core's decoder is a cell of the kind of the encoder's last layer.
    const QList<Wire> in = m_graph.wiresInto(block.id, 0);
    const Block* encoder = m_graph.block(in.value(0).fromBlock);
    const core::CellKind cell =
        encoder ? cellKindOf(encoder->kind).value_or(core::CellKind::Lstm) : core::CellKind::Lstm;
    m_result.outputs.insert(block.id, {WireShape{StepAxis::Target, state.width, false}});
    m_result.parameters.insert(block.id, vocabulary * embedding +
                                             cellParameters(cell, embedding, state.width));
}

void ShapeInference::reportDangling() {
    for (const Block& b : m_graph.blocks) {
        if (b.kind == BlockKind::Output)
            continue;
        bool read = false;
        for (const Wire& w : m_graph.wires)
            read = read || w.fromBlock == b.id;
        if (!read)
            addProblem(b.id, tr("dangling block: nothing reads its output; connect it or "
                                "delete it"));
    }
}

void ShapeInference::addProblem(int blockId, const QString& message, std::optional<Wire> wire) {
    m_result.problems.append({blockId, wire, message});
}

} // namespace app
