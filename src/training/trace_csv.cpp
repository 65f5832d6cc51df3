#include "training/trace_csv.h"

#include "training/atomic_file.h"
#include "training/csv_text.h"

namespace training {

namespace {

/** The rows of a steps×units matrix: unit by unit, step by step. */
void appendMatrix(QByteArray& out, const QByteArray& layer, const QByteArray& series,
                  const core::Matrix<float>& values, core::Index stride) {
    for (core::Index unit = 0; unit < values.cols(); ++unit) {
        const QByteArray prefix = layer + ',' + series + ',' + CsvText::number(std::int64_t(unit));
        for (core::Index row = 0; row < values.rows(); ++row)
            out += prefix + ',' + CsvText::number(std::int64_t(row * stride)) + ',' +
                   CsvText::number(values(row, unit)) + '\n';
    }
}

void appendNorms(QByteArray& out, const QByteArray& layer, const QByteArray& series,
                 const std::vector<float>& norms, core::Index stride) {
    for (std::size_t row = 0; row < norms.size(); ++row)
        out += layer + ',' + series + ",," + CsvText::number(std::int64_t(row) * stride) + ',' +
               CsvText::number(norms[row]) + '\n';
}

} // namespace

QByteArray TraceCsv::toCsv(const session::ProbeTrace& trace) {
    QByteArray out = "layer,series,unit,step,value\n";
    const core::Index stride = std::max<core::Index>(1, trace.stride);
    for (const session::ProbeLayerTrace& layer : trace.layers) {
        const QByteArray name = CsvText::quoted(layer.name);
        for (std::size_t g = 0; g < layer.gates.size(); ++g) {
            const std::string gate =
                g < layer.gateNames.size() ? layer.gateNames[g] : "gate " + std::to_string(g);
            appendMatrix(out, name, CsvText::quoted(gate), layer.gates[g], stride);
        }
        appendMatrix(out, name, CsvText::quoted("cell"), layer.cell, stride);
        appendMatrix(out, name, CsvText::quoted("hidden"), layer.hidden, stride);
        appendNorms(out, name, CsvText::quoted("grad_h"), layer.hiddenGradientNorm, stride);
        appendNorms(out, name, CsvText::quoted("grad_c"), layer.cellGradientNorm, stride);
    }
    // Attention rows: query steps × source steps, kept whole (stride 1).
    const QByteArray attention = CsvText::quoted("attention");
    appendMatrix(out, attention, attention, trace.attention, 1);
    const QByteArray output = CsvText::quoted("output");
    appendMatrix(out, output, output, trace.outputs, 1);
    return out;
}

bool TraceCsv::write(const session::ProbeTrace& trace, const QString& path, QString* error) {
    return AtomicFile::write(path, toCsv(trace), error);
}

} // namespace training
