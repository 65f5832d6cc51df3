#pragma once
/**
 * The kinds of block the network editor offers, their names in files, their ports and their
 * properties with defaults. A kind is the unit a learner drags onto the canvas; several map to
 * one part of core::NetworkSpec (a recurrent block with `layers` = 3 is three spec layers).
 *
 * Bidirectional is a property of a recurrent block ("bidirectional" = "true"), not a wrapper
 * block: the core runs both directions of one layer together, so a flag on the layer says exactly
 * what the core does and keeps every layer one block. A block's output width is then 2·units.
 */
#include "app/document/port_spec.h"
#include "core/cell_kind.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace app {

enum class BlockKind {
    Input,
    Embedding,
    Rnn,
    Lstm,
    PeepholeLstm,
    Gru,
    Attention,
    Dropout,
    Decoder,
    Dense,
    Output
};

/** A block's properties: name → value as text, exactly as a session stores them. */
using BlockProperties = QMap<QString, QString>;

/** Every kind, in the palette's order. */
QList<BlockKind> allBlockKinds();
/** "input", "embedding", "rnn", "lstm", "peephole-lstm", "gru", "attention", "dropout",
 * "decoder", "dense", "output". */
QString blockKindName(BlockKind kind);
std::optional<BlockKind> blockKindFromName(const QString& name);
/** The name people read: "LSTM", "Peephole LSTM", "Dense"… */
QString blockKindTitle(BlockKind kind);

/** Whether the kind is a recurrent layer (RNN, LSTM, peephole LSTM, GRU). */
bool isRecurrent(BlockKind kind);
/** The core's cell of a recurrent kind. */
std::optional<core::CellKind> cellKindOf(BlockKind kind);
BlockKind blockKindOf(core::CellKind cell);

QList<PortSpec> inputPorts(BlockKind kind);
QList<PortSpec> outputPorts(BlockKind kind);
/** Every property the kind has, with its default value. */
BlockProperties defaultProperties(BlockKind kind);

} // namespace app
