#pragma once
/**
 * What the cell diagram shows of one unit at one step, read from a probe trace: each gate's
 * value, the states before and after the step and the input it read. A value the diagram can
 * blend between two steps (lerp), so that playback flows from one step into the next.
 */
#include "session/probe_trace.h"

#include <QString>
#include <vector>

namespace app {

struct CellStepValues {
    bool valid = false;
    std::vector<QString> gateNames; ///< as in the trace: "i","f","g","o" / "r","z","n" / "a"
    std::vector<double> gates;
    bool hasCell = false;
    double cellBefore = 0.0; ///< c_{t−1} (0 before the first step)
    double cell = 0.0;       ///< c_t
    double hiddenBefore = 0.0;
    double hidden = 0.0;
    double input = 0.0;   ///< x_t's first feature, NaN when not known
    bool reverse = false; ///< a reverse direction: the state before is step t+1's

    /** The value of gate `name`, NaN without it. */
    double gate(const QString& name) const;
    /** Unit `unit` of trace layer `layer` at sequence step `step` (the nearest kept row). */
    static CellStepValues at(const session::ProbeTrace& trace, int layer, int unit, int step,
                             bool reverse);
    /** (1 − w)·a + w·b, field by field; b when their shapes differ. */
    static CellStepValues lerp(const CellStepValues& a, const CellStepValues& b, double w);
};

} // namespace app
