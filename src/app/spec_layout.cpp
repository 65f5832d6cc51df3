#include "app/spec_layout.h"

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

} // namespace

QString SpecLayout::number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

NetworkGraph SpecLayout::layout(const core::NetworkSpec& spec,
                                const core::InitOptions& initialization,
                                std::optional<core::LossKind> loss) {
    Builder b;
    const bool tokens = spec.inputKind == core::InputKind::Tokens;
    int previous = b.add(
        BlockKind::Input,
        {{QStringLiteral("input"), tokens ? QStringLiteral("tokens") : QStringLiteral("features")},
         {QStringLiteral("size"), count(spec.inputSize)}});
    if (tokens) {
        const int embedding =
            b.add(BlockKind::Embedding, {{QStringLiteral("size"), count(spec.embeddingSize)}});
        b.wire(previous, 0, embedding, 0);
        previous = embedding;
    }
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
            previous =
                b.add(BlockKind::Dropout, {{QStringLiteral("rate"), number(layer.dropoutAfter)}});
            b.wire(last, 0, previous, 0);
        }
    }
    int head = previous, headPort = 0;
    if (spec.attention != core::AttentionKind::None) {
        int query = last, queryPort = 1;
        if (spec.outputMode == core::OutputMode::SequenceToSequence) {
            query = b.add(BlockKind::Decoder,
                          {{QStringLiteral("vocabulary"), count(spec.decoderVocabulary)},
                           {QStringLiteral("embedding"), count(spec.decoderEmbeddingSize)}},
                          1);
            b.wire(last, 1, query, 0);
            queryPort = 0;
        }
        const bool additive = spec.attention == core::AttentionKind::Additive;
        head = b.add(BlockKind::Attention,
                     {{QStringLiteral("attention"),
                       QString::fromStdString(core::attentionKindName(spec.attention))},
                      {QStringLiteral("size"), count(additive ? spec.attentionSize : 32)}});
        b.wire(previous, 0, head, 0);
        b.wire(query, queryPort, head, 1);
    } else if (spec.outputMode != core::OutputMode::PerStep) {
        head = last;
        headPort = 1;
    }
    const int dense = b.add(BlockKind::Dense, {{QStringLiteral("units"), count(spec.outputSize)}});
    b.wire(head, headPort, dense, 0);
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
