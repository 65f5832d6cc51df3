#include "app/document/spec_compiler.h"

#include "app/document/property_reader.h"

namespace app {

CompiledNetwork SpecCompiler::compile(const NetworkGraph& graph, QList<GraphProblem>& problems) {
    SpecCompiler compiler(graph, problems);
    const Block* afterSequence = nullptr;
    if (const Block* first = compiler.compileInput())
        if (const Block* last = compiler.compileStack(first, &afterSequence))
            compiler.compileHead(*last, afterSequence);
    if (!compiler.m_failed)
        compiler.compileInitialization();
    return compiler.m_out;
}

const Block* SpecCompiler::next(int blockId, int port, int* toPort) {
    const QList<Wire> wires = m_graph.wiresOutOf(blockId, port);
    if (wires.size() > 1) {
        fail(blockId, tr("the core cannot build this: the “%1” output feeds %2 blocks, the "
                         "core's network passes it on to one")
                          .arg(outputPorts(m_graph.block(blockId)->kind).value(port).name)
                          .arg(wires.size()));
        return nullptr;
    }
    if (wires.isEmpty())
        return nullptr;
    if (toPort)
        *toPort = wires[0].toPort;
    return m_graph.block(wires[0].toBlock);
}

const Block* SpecCompiler::compileInput() {
    QList<const Block*> inputs, outputs;
    for (const Block& b : m_graph.blocks) {
        if (b.kind == BlockKind::Input)
            inputs.append(&b);
        if (b.kind == BlockKind::Output)
            outputs.append(&b);
    }
    if (inputs.isEmpty())
        fail(0, tr("the network has no input block"));
    if (outputs.isEmpty())
        fail(0, tr("the network has no output block"));
    for (qsizetype i = 1; i < inputs.size(); ++i)
        fail(inputs[i]->id, tr("the core cannot build this: a network has one input block"));
    for (qsizetype i = 1; i < outputs.size(); ++i)
        fail(outputs[i]->id, tr("the core cannot build this: a network has one output block"));
    if (m_failed)
        return nullptr;
    PropertyReader reader(*inputs[0]);
    m_out.inputBlock = inputs[0]->id;
    const bool tokens = reader.choice(QStringLiteral("input"),
                                      {QStringLiteral("features"), QStringLiteral("tokens")}) ==
                        QStringLiteral("tokens");
    m_out.spec.inputKind = tokens ? core::InputKind::Tokens : core::InputKind::Features;
    m_out.spec.inputSize = reader.count(QStringLiteral("size"));
    const Block* first = next(inputs[0]->id, 0);
    if (tokens && first && first->kind == BlockKind::Embedding) {
        m_out.spec.embeddingSize = PropertyReader(*first).count(QStringLiteral("size"));
        first = next(first->id, 0);
    }
    if (first && !isRecurrent(first->kind))
        fail(first->id, tr("the core cannot build this: the input goes into a recurrent layer "
                           "first (after the embedding, for tokens)"));
    return m_failed ? nullptr : first;
}

const Block* SpecCompiler::compileStack(const Block* first, const Block** afterSequence) {
    const Block* last = nullptr;
    const Block* current = first;
    while (current && isRecurrent(current->kind)) {
        PropertyReader reader(*current);
        core::RecurrentLayerSpec layer;
        layer.cell = *cellKindOf(current->kind);
        layer.hidden = reader.count(QStringLiteral("units"));
        layer.bidirectional = reader.flag(QStringLiteral("bidirectional"));
        layer.activation = current->property(QStringLiteral("activation")) == QStringLiteral("relu")
                               ? core::Activation::Relu
                               : core::Activation::Tanh;
        for (core::Index l = reader.count(QStringLiteral("layers")); l > 0; --l) {
            m_out.spec.layers.push_back(layer);
            m_out.layerBlocks.append(current->id);
        }
        last = current;
        current = next(current->id, 0);
        if (current && current->kind == BlockKind::Dropout) {
            m_out.spec.layers.back().dropoutAfter =
                PropertyReader(*current).real(QStringLiteral("rate"), 0.0, 1.0);
            current = next(current->id, 0);
        }
    }
    *afterSequence = current;
    return m_failed ? nullptr : last;
}

bool SpecCompiler::compileHead(const Block& last, const Block* afterSequence) {
    int queryPort = -1;
    const Block* afterFinal = next(last.id, 1, &queryPort);
    const Block* dense = nullptr;
    if (afterSequence && afterSequence->kind == BlockKind::Dense && !afterFinal) {
        m_out.spec.outputMode = core::OutputMode::PerStep;
        dense = afterSequence;
    } else if (afterFinal && afterFinal->kind == BlockKind::Dense && !afterSequence) {
        m_out.spec.outputMode = core::OutputMode::PerSequence;
        dense = afterFinal;
    } else if (afterSequence && afterSequence->kind == BlockKind::Attention) {
        dense = compileAttention(*afterSequence, afterFinal, queryPort);
        if (!dense)
            return false;
    }
    if (!dense || dense->kind != BlockKind::Dense) {
        fail(last.id, tr("the core cannot build this: the last recurrent layer goes to a dense "
                         "layer, by its sequence (per step), its final state (per sequence), or "
                         "through attention"));
        return false;
    }
    return compileOutput(*dense);
}

const Block* SpecCompiler::compileAttention(const Block& attention, const Block* afterFinal,
                                            int queryPort) {
    core::NetworkSpec& spec = m_out.spec;
    m_out.attentionBlock = attention.id;
    spec.outputMode = core::OutputMode::PerSequence;
    if (afterFinal && afterFinal->kind == BlockKind::Decoder) {
        m_out.decoderBlock = afterFinal->id;
        PropertyReader decoder(*afterFinal);
        spec.outputMode = core::OutputMode::SequenceToSequence;
        spec.decoderVocabulary = decoder.count(QStringLiteral("vocabulary"));
        spec.decoderEmbeddingSize = decoder.count(QStringLiteral("embedding"));
        afterFinal = next(afterFinal->id, 0, &queryPort);
    }
    if (afterFinal != &attention || queryPort != 1) {
        fail(attention.id, tr("the core cannot build this: attention's query is the final "
                              "state of the layer whose sequence it reads (or the decoder "
                              "that layer starts)"));
        return nullptr;
    }
    PropertyReader reader(attention);
    const bool additive =
        attention.property(QStringLiteral("attention")) == QStringLiteral("additive");
    spec.attention = additive ? core::AttentionKind::Additive : core::AttentionKind::Dot;
    spec.attentionSize = additive ? reader.count(QStringLiteral("size")) : 0;
    const Block* dense = next(attention.id, 0);
    if (!dense || dense->kind != BlockKind::Dense) {
        fail(attention.id, tr("the core cannot build this: attention goes to a dense layer"));
        return nullptr;
    }
    return dense;
}

bool SpecCompiler::compileOutput(const Block& dense) {
    m_out.denseBlock = dense.id;
    m_out.spec.outputSize = PropertyReader(dense).count(QStringLiteral("units"));
    const Block* output = next(dense.id, 0);
    if (!output || output->kind != BlockKind::Output) {
        fail(dense.id, tr("the core cannot build this: the dense layer is the network's last, "
                          "it goes to the output"));
        return false;
    }
    m_out.outputBlock = output->id;
    const auto loss =
        core::lossKindFromName(output->property(QStringLiteral("loss")).toStdString());
    m_out.loss = loss.value_or(core::LossKind::MeanSquaredError);
    return true;
}

void SpecCompiler::compileInitialization() {
    const Block* schemeBlock = nullptr;
    const Block* biasBlock = nullptr;
    for (int id : m_out.layerBlocks) {
        const Block& block = *m_graph.block(id);
        const QString scheme = block.property(QStringLiteral("initializer"));
        if (!schemeBlock) {
            schemeBlock = &block;
            m_out.initialization.scheme = core::initSchemeFromName(scheme.toStdString())
                                              .value_or(core::InitScheme::PyTorchDefault);
        } else if (scheme != schemeBlock->property(QStringLiteral("initializer"))) {
            fail(id, tr("the core initializes every layer alike: this block's initializer "
                        "“%1” differs from “%2” above")
                         .arg(scheme, schemeBlock->property(QStringLiteral("initializer"))));
        }
        if (block.kind != BlockKind::Lstm && block.kind != BlockKind::PeepholeLstm)
            continue;
        const QString bias = block.property(QStringLiteral("forget-bias"));
        if (!biasBlock) {
            biasBlock = &block;
            if (!bias.isEmpty())
                m_out.initialization.forgetBias = bias.toDouble();
        } else if (bias != biasBlock->property(QStringLiteral("forget-bias"))) {
            fail(id, tr("the core initializes every layer alike: this block's forget-gate bias "
                        "“%1” differs from “%2” above")
                         .arg(bias, biasBlock->property(QStringLiteral("forget-bias"))));
        }
    }
}

void SpecCompiler::fail(int blockId, const QString& message) {
    m_failed = true;
    m_problems.append({blockId, std::nullopt, message});
}

} // namespace app
