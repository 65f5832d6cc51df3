#include "app/document/spec_layout.h"

#include <QLocale>

namespace app {

namespace {

class Builder {
public:
    int add(BlockKind kind, BlockProperties properties, double row = 0) {
        BlockProperties all = defaultProperties(kind);
        all.insert(properties);
        const int id = int(m_graph.blocks.size()) + 1;
        m_graph.blocks.append(
            {id, kind, all, QPointF(m_column * SpecLayout::kColumn, row * SpecLayout::kRow)});
        ++m_column;
        return id;
    }
    void wire(int from, int fromPort, int to, int toPort) {
        m_graph.wires.append({from, fromPort, to, toPort});
    }
    NetworkGraph m_graph;
    int m_column = 0;
};

QString count(core::Index value) {
    return QString::number(value);
}

BlockProperties layerProperties(const core::RecurrentLayerSpec& layer,
                                const core::InitOptions& initialization) {
    BlockProperties properties{
        {QStringLiteral("units"), count(layer.hidden)},
        {QStringLiteral("bidirectional"),
         layer.bidirectional ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("activation"),
         QString::fromStdString(core::activationName(layer.activation))},
        {QStringLiteral("initializer"),
         QString::fromStdString(core::initSchemeName(initialization.scheme))}};
    if (core::hasCellState(layer.cell))
        properties.insert(QStringLiteral("forget-bias"),
                          initialization.forgetBias ? SpecLayout::number(*initialization.forgetBias)
                                                    : QString());
    return properties;
}

/** The input block (and embedding); the block the first layer reads. */
int addInput(Builder& b, const core::NetworkSpec& spec) {
    const bool tokens = spec.inputKind == core::InputKind::Tokens;
    const int input = b.add(
        BlockKind::Input,
        {{QStringLiteral("input"), tokens ? QStringLiteral("tokens") : QStringLiteral("features")},
         {QStringLiteral("size"), count(spec.inputSize)}});
    if (!tokens)
        return input;
    const int embedding =
        b.add(BlockKind::Embedding, {{QStringLiteral("size"), count(spec.embeddingSize)}});
    b.wire(input, 0, embedding, 0);
    return embedding;
}

/** The recurrent blocks (and dropout) after `previous`, which ends as the block whose sequence
 * the head reads; the last recurrent block. */
int addStack(Builder& b, const core::NetworkSpec& spec, const core::InitOptions& initialization,
             int& previous) {
    // A per-sequence head without attention reads the final state: dropout on the last layer's
    // sequence would change nothing, and a dropout block there would lead nowhere.
    const bool headReadsSequence =
        spec.outputMode == core::OutputMode::PerStep || spec.attention != core::AttentionKind::None;
    int last = 0;
    for (size_t l = 0; l < spec.layers.size(); ++l) {
        const core::RecurrentLayerSpec& layer = spec.layers[l];
        last = b.add(blockKindOf(layer.cell), layerProperties(layer, initialization));
        b.wire(previous, 0, last, 0);
        previous = last;
        if (layer.dropoutAfter > 0 && (l + 1 < spec.layers.size() || headReadsSequence)) {
            previous = b.add(BlockKind::Dropout,
                             {{QStringLiteral("rate"), SpecLayout::number(layer.dropoutAfter)}});
            b.wire(last, 0, previous, 0);
        }
    }
    return last;
}

struct Port {
    int block = 0;
    int port = 0;
};

/** The attention (and decoder) when there is one; the port the dense layer reads. */
Port addHead(Builder& b, const core::NetworkSpec& spec, int sequence, int last) {
    if (spec.attention == core::AttentionKind::None)
        return spec.outputMode == core::OutputMode::PerStep ? Port{sequence, 0} : Port{last, 1};
    Port query{last, 1};
    if (spec.outputMode == core::OutputMode::SequenceToSequence) {
        query = {b.add(BlockKind::Decoder,
                       {{QStringLiteral("vocabulary"), count(spec.decoderVocabulary)},
                        {QStringLiteral("embedding"), count(spec.decoderEmbeddingSize)}},
                       1),
                 0};
        b.wire(last, 1, query.block, 0);
    }
    const bool additive = spec.attention == core::AttentionKind::Additive;
    const int attention =
        b.add(BlockKind::Attention,
              {{QStringLiteral("attention"),
                QString::fromStdString(core::attentionKindName(spec.attention))},
               {QStringLiteral("size"), count(additive ? spec.attentionSize : 32)}});
    b.wire(sequence, 0, attention, 0);
    b.wire(query.block, query.port, attention, 1);
    return {attention, 0};
}

} // namespace

QString SpecLayout::number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

NetworkGraph SpecLayout::layout(const core::NetworkSpec& spec,
                                const core::InitOptions& initialization,
                                std::optional<core::LossKind> loss) {
    Builder b;
    int previous = addInput(b, spec);
    const int last = addStack(b, spec, initialization, previous);
    const Port head = addHead(b, spec, previous, last);
    const int dense = b.add(BlockKind::Dense, {{QStringLiteral("units"), count(spec.outputSize)}});
    b.wire(head.block, head.port, dense, 0);
    const core::LossKind lossKind = loss.value_or(
        spec.outputMode == core::OutputMode::SequenceToSequence ? core::LossKind::CrossEntropy
                                                                : core::LossKind::MeanSquaredError);
    const int output =
        b.add(BlockKind::Output,
              {{QStringLiteral("loss"), QString::fromStdString(core::lossKindName(lossKind))}});
    b.wire(dense, 0, output, 0);
    return b.m_graph;
}

} // namespace app
