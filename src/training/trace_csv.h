#pragma once
/**
 * A probe trace as one long-format CSV — one value a row, for pandas' pivot or a spreadsheet's
 * filter — for the app's "Export trace…" and `lstm-studio-cli export --format csv`:
 *
 *   layer,series,unit,step,value
 *
 *   layer   the layer's name as the trace has it ("layer 1", "layer 2 (reverse)", "decoder"),
 *           "attention" for the attention weights, "output" for the network's outputs;
 *   series  a gate's name ("i", "f", "g", "o"; "r", "z", "n"; "a"), "cell" (c_t), "hidden"
 *           (h_t), "grad_h" (‖∂L/∂h_t‖), "grad_c" (‖∂L/∂c_t‖), "attention", "output";
 *   unit    the unit (0-based); for attention the source step; empty for the gradient norms,
 *           which are one number a step;
 *   step    the step of the sequence (0-based): a kept row r is step r·stride (long sequences
 *           keep every stride-th step, ProbeTrace::kMaxSteps); for attention the query step;
 *   value   the float, shortest round-trip form ("nan" where the trace holds one).
 *
 * Rows go layer by layer in the trace's order, series by series, unit by unit, step by step.
 */
#include "session/probe_trace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace training {

class TraceCsv {
    Q_DECLARE_TR_FUNCTIONS(TraceCsv)

public:
    /** The file's bytes, header line first. */
    static QByteArray toCsv(const session::ProbeTrace& trace);
    /** Writes it atomically (AtomicFile); false with *error = "<path>: <what is wrong>". */
    static bool write(const session::ProbeTrace& trace, const QString& path, QString* error);
};

} // namespace training
