#include "app/document/block_kind.h"

#include <QCoreApplication>

namespace app {

namespace {

struct KindName {
    BlockKind kind;
    const char* name;
};

constexpr KindName kNames[] = {{BlockKind::Input, "input"},
                               {BlockKind::Embedding, "embedding"},
                               {BlockKind::Rnn, "rnn"},
                               {BlockKind::Lstm, "lstm"},
                               {BlockKind::PeepholeLstm, "peephole-lstm"},
                               {BlockKind::Gru, "gru"},
                               {BlockKind::Attention, "attention"},
                               {BlockKind::Dropout, "dropout"},
                               {BlockKind::Decoder, "decoder"},
                               {BlockKind::Dense, "dense"},
                               {BlockKind::Output, "output"}};

QString port(const char* name) {
    return QCoreApplication::translate("Ports", name);
}

BlockProperties recurrentDefaults(BlockKind kind) {
    BlockProperties properties{{QStringLiteral("units"), QStringLiteral("32")},
                               {QStringLiteral("layers"), QStringLiteral("1")},
                               {QStringLiteral("bidirectional"), QStringLiteral("false")},
                               {QStringLiteral("activation"), QStringLiteral("tanh")},
                               {QStringLiteral("initializer"), QStringLiteral("pytorch")}};
    // Empty: the initializer's own forget-gate bias (PyTorch's draw, or 0).
    if (kind == BlockKind::Lstm || kind == BlockKind::PeepholeLstm)
        properties.insert(QStringLiteral("forget-bias"), QString());
    return properties;
}

} // namespace

QList<BlockKind> allBlockKinds() {
    QList<BlockKind> kinds;
    for (const KindName& entry : kNames)
        kinds.append(entry.kind);
    return kinds;
}

QString blockKindName(BlockKind kind) {
    for (const KindName& entry : kNames)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    return QString();
}

std::optional<BlockKind> blockKindFromName(const QString& name) {
    for (const KindName& entry : kNames)
        if (name == QLatin1String(entry.name))
            return entry.kind;
    return std::nullopt;
}

QString blockKindTitle(BlockKind kind) {
    static const char* const titles[] = {QT_TRANSLATE_NOOP("BlockKinds", "Input"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Embedding"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "RNN"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "LSTM"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Peephole LSTM"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "GRU"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Attention"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Dropout"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Decoder"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Dense"),
                                         QT_TRANSLATE_NOOP("BlockKinds", "Output")};
    return QCoreApplication::translate("BlockKinds", titles[int(kind)]);
}

bool isRecurrent(BlockKind kind) {
    return cellKindOf(kind).has_value();
}

std::optional<core::CellKind> cellKindOf(BlockKind kind) {
    switch (kind) {
    case BlockKind::Rnn:
        return core::CellKind::Rnn;
    case BlockKind::Lstm:
        return core::CellKind::Lstm;
    case BlockKind::PeepholeLstm:
        return core::CellKind::PeepholeLstm;
    case BlockKind::Gru:
        return core::CellKind::Gru;
    default:
        return std::nullopt;
    }
}

BlockKind blockKindOf(core::CellKind cell) {
    switch (cell) {
    case core::CellKind::Rnn:
        return BlockKind::Rnn;
    case core::CellKind::Lstm:
        return BlockKind::Lstm;
    case core::CellKind::PeepholeLstm:
        return BlockKind::PeepholeLstm;
    case core::CellKind::Gru:
        return BlockKind::Gru;
    }
    return BlockKind::Lstm;
}

QList<PortSpec> inputPorts(BlockKind kind) {
    switch (kind) {
    case BlockKind::Input:
        return {};
    case BlockKind::Embedding:
        return {{port(QT_TRANSLATE_NOOP("Ports", "tokens")), PortAccepts::Tokens}};
    case BlockKind::Attention:
        return {{port(QT_TRANSLATE_NOOP("Ports", "keys")), PortAccepts::Sequence},
                {port(QT_TRANSLATE_NOOP("Ports", "query")), PortAccepts::Query}};
    case BlockKind::Decoder:
        return {{port(QT_TRANSLATE_NOOP("Ports", "initial state")), PortAccepts::Vector}};
    case BlockKind::Dense:
    case BlockKind::Output:
        return {{port(QT_TRANSLATE_NOOP("Ports", "in")), PortAccepts::Features}};
    default: // the recurrent kinds and dropout
        return {{port(QT_TRANSLATE_NOOP("Ports", "sequence")), PortAccepts::Sequence}};
    }
}

QList<PortSpec> outputPorts(BlockKind kind) {
    if (isRecurrent(kind))
        return {{port(QT_TRANSLATE_NOOP("Ports", "sequence")), PortAccepts::Nothing},
                {port(QT_TRANSLATE_NOOP("Ports", "final state")), PortAccepts::Nothing}};
    switch (kind) {
    case BlockKind::Output:
        return {};
    case BlockKind::Attention:
        return {{port(QT_TRANSLATE_NOOP("Ports", "context")), PortAccepts::Nothing}};
    case BlockKind::Decoder:
        return {{port(QT_TRANSLATE_NOOP("Ports", "states")), PortAccepts::Nothing}};
    case BlockKind::Dense:
        return {{port(QT_TRANSLATE_NOOP("Ports", "out")), PortAccepts::Nothing}};
    default:
        return {{port(QT_TRANSLATE_NOOP("Ports", "sequence")), PortAccepts::Nothing}};
    }
}

BlockProperties defaultProperties(BlockKind kind) {
    if (isRecurrent(kind))
        return recurrentDefaults(kind);
    switch (kind) {
    case BlockKind::Input:
        return {{QStringLiteral("input"), QStringLiteral("features")},
                {QStringLiteral("size"), QStringLiteral("1")}};
    case BlockKind::Embedding:
        return {{QStringLiteral("size"), QStringLiteral("16")}};
    case BlockKind::Attention:
        return {{QStringLiteral("attention"), QStringLiteral("additive")},
                {QStringLiteral("size"), QStringLiteral("32")}};
    case BlockKind::Dropout:
        return {{QStringLiteral("rate"), QStringLiteral("0.2")}};
    case BlockKind::Decoder:
        return {{QStringLiteral("vocabulary"), QStringLiteral("10")},
                {QStringLiteral("embedding"), QStringLiteral("8")}};
    case BlockKind::Dense:
        return {{QStringLiteral("units"), QStringLiteral("1")}};
    case BlockKind::Output:
        return {{QStringLiteral("loss"), QStringLiteral("mse")}};
    default:
        return {};
    }
}

} // namespace app
