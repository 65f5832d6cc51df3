#include "app/views/cell_step_values.h"

#include <algorithm>
#include <limits>

namespace app {

double CellStepValues::gate(const QString& name) const {
    for (std::size_t g = 0; g < gateNames.size(); ++g)
        if (gateNames[g] == name)
            return gates[g];
    return std::numeric_limits<double>::quiet_NaN();
}

CellStepValues CellStepValues::at(const session::ProbeTrace& trace, int layer, int unit, int step,
                                  bool reverse) {
    CellStepValues v;
    if (layer < 0 || std::size_t(layer) >= trace.layers.size())
        return v;
    const session::ProbeLayerTrace& l = trace.layers[std::size_t(layer)];
    const core::Index rows = l.hidden.rows();
    if (rows == 0 || unit < 0 || unit >= l.hidden.cols())
        return v;
    const core::Index row = std::clamp<core::Index>(step / trace.stride, 0, rows - 1);
    const core::Index before = reverse ? row + 1 : row - 1;
    const bool first = before < 0 || before >= rows;
    v.valid = true;
    v.reverse = reverse;
    for (std::size_t g = 0; g < l.gates.size(); ++g) {
        v.gateNames.push_back(QString::fromStdString(l.gateNames[g]));
        v.gates.push_back(double(l.gates[g](row, unit)));
    }
    v.hidden = double(l.hidden(row, unit));
    v.hiddenBefore = first ? 0.0 : double(l.hidden(before, unit));
    v.hasCell = l.cell.size() > 0;
    if (v.hasCell) {
        v.cell = double(l.cell(row, unit));
        v.cellBefore = first ? 0.0 : double(l.cell(before, unit));
    }
    v.input = std::numeric_limits<double>::quiet_NaN();
    return v;
}

CellStepValues CellStepValues::lerp(const CellStepValues& a, const CellStepValues& b, double w) {
    if (!a.valid || !b.valid || a.gateNames != b.gateNames)
        return b;
    auto mix = [w](double x, double y) {
        return x + w * (y - x);
    };
    CellStepValues out = b;
    for (std::size_t g = 0; g < out.gates.size(); ++g)
        out.gates[g] = mix(a.gates[g], b.gates[g]);
    out.cellBefore = mix(a.cellBefore, b.cellBefore);
    out.cell = mix(a.cell, b.cell);
    out.hiddenBefore = mix(a.hiddenBefore, b.hiddenBefore);
    out.hidden = mix(a.hidden, b.hidden);
    out.input = mix(a.input, b.input);
    return out;
}

} // namespace app
