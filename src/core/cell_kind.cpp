#include "core/cell_kind.h"

namespace core {

std::string cellKindName(CellKind kind) {
    switch (kind) {
    case CellKind::Rnn:
        return "rnn";
    case CellKind::Lstm:
        return "lstm";
    case CellKind::PeepholeLstm:
        return "peephole";
    case CellKind::Gru:
        return "gru";
    }
    return "lstm";
}

std::optional<CellKind> cellKindFromName(std::string_view name) {
    for (CellKind kind : {CellKind::Rnn, CellKind::Lstm, CellKind::PeepholeLstm, CellKind::Gru})
        if (cellKindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::string activationName(Activation activation) {
    return activation == Activation::Relu ? "relu" : "tanh";
}

std::optional<Activation> activationFromName(std::string_view name) {
    if (name == "tanh")
        return Activation::Tanh;
    if (name == "relu")
        return Activation::Relu;
    return std::nullopt;
}

int gateCount(CellKind kind) {
    switch (kind) {
    case CellKind::Rnn:
        return 1;
    case CellKind::Gru:
        return 3;
    default:
        return 4;
    }
}

bool hasCellState(CellKind kind) {
    return kind == CellKind::Lstm || kind == CellKind::PeepholeLstm;
}

} // namespace core
