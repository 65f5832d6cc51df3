#include "app/window/model_summary.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace app {

ModelSummary ModelSummary::of(const core::NetworkSpec& spec, core::Index parameterCount) {
    const QLocale locale;
    ModelSummary summary;

    std::vector<core::CellKind> kinds;
    QStringList hidden;
    for (const core::RecurrentLayerSpec& layer : spec.layers) {
        if (std::find(kinds.begin(), kinds.end(), layer.cell) == kinds.end())
            kinds.push_back(layer.cell);
        hidden << (layer.bidirectional ? tr("%1 ×2").arg(locale.toString(qlonglong(layer.hidden)))
                                       : locale.toString(qlonglong(layer.hidden)));
    }
    QStringList cells;
    for (core::CellKind kind : kinds)
        cells << cellName(kind);
    summary.cells = cells.join(tr(", "));
    summary.layers = locale.toString(qlonglong(spec.layers.size()));
    summary.hiddenSizes = hidden.join(tr(", "));

    // Phrased without a plural, which needs a translation with numerus forms to read well.
    const QString inputs = locale.toString(qlonglong(spec.inputSize));
    summary.input = spec.inputKind == core::InputKind::Tokens
                        ? tr("tokens of a vocabulary of %1, embedded in %2")
                              .arg(inputs, locale.toString(qlonglong(spec.embeddingSize)))
                        : tr("features, %1 per step").arg(inputs);
    const QString outputs = locale.toString(qlonglong(spec.outputSize));
    switch (spec.outputMode) {
    case core::OutputMode::PerStep:
        summary.output = tr("values, %1 per step").arg(outputs);
        break;
    case core::OutputMode::PerSequence:
        summary.output = tr("values, %1 per sequence").arg(outputs);
        break;
    case core::OutputMode::SequenceToSequence:
        summary.output = tr("tokens of a vocabulary of %1").arg(outputs);
        break;
    }
    if (spec.attention != core::AttentionKind::None)
        summary.output += tr(", with attention");
    summary.parameters = locale.toString(qlonglong(parameterCount));
    return summary;
}

QString ModelSummary::cellName(core::CellKind kind) {
    switch (kind) {
    case core::CellKind::Rnn:
        return tr("RNN");
    case core::CellKind::Lstm:
        return tr("LSTM");
    case core::CellKind::PeepholeLstm:
        return tr("Peephole LSTM");
    case core::CellKind::Gru:
        return tr("GRU");
    }
    return QString();
}

} // namespace app
