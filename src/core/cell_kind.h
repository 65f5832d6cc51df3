#pragma once
/** The kinds of recurrent cell the core implements, and their names in files and on the command
 * line. */
#include <optional>
#include <string>
#include <string_view>

namespace core {

enum class CellKind { Rnn, Lstm, PeepholeLstm, Gru };
enum class Activation { Tanh, Relu };

/** "rnn", "lstm", "peephole", "gru". */
std::string cellKindName(CellKind kind);
std::optional<CellKind> cellKindFromName(std::string_view name);
std::string activationName(Activation activation);
std::optional<Activation> activationFromName(std::string_view name);

/** Number of gate blocks stacked in the input/recurrent weights: 1, 4, 4, 3. */
int gateCount(CellKind kind);
/** Whether the cell carries a cell state c besides h (the LSTMs). */
bool hasCellState(CellKind kind);

} // namespace core
