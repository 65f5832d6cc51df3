#pragma once
/**
 * A network's architecture in a few words for people: which cells, how many layers, how wide,
 * what goes in and out, how many weights. The main window shows it; later views can too.
 */
#include "core/network_spec.h"

#include <QCoreApplication>
#include <QString>

namespace app {

struct ModelSummary {
    Q_DECLARE_TR_FUNCTIONS(ModelSummary)

public:
    QString cells;       ///< "LSTM", "GRU, LSTM"
    QString layers;      ///< "2"
    QString hiddenSizes; ///< "32, 16", bidirectional layers marked "×2"
    QString input;       ///< "features, 1 per step"
    QString output;      ///< "values, 1 per step"
    QString parameters;  ///< "4,513"

    static ModelSummary of(const core::NetworkSpec& spec, core::Index parameterCount);
    /** "RNN", "LSTM", "Peephole LSTM", "GRU". */
    static QString cellName(core::CellKind kind);
};

} // namespace app
