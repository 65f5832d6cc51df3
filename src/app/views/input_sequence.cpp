#include "app/views/input_sequence.h"

#include "app/document/task_texts.h"

#include <algorithm>

namespace app {

namespace {

/** steps × features of sequence `sequence`: the input rows, or the token ids as one column. */
core::Matrix<double> valuesOf(const core::SequenceBatch<double>& batch, core::Index sequence,
                              core::Index steps) {
    if (!batch.tokens.empty()) {
        core::Matrix<double> values(steps, 1);
        for (core::Index t = 0; t < steps; ++t)
            values(t, 0) = double(batch.tokens[std::size_t(t * batch.batch + sequence)]);
        return values;
    }
    core::Matrix<double> values(steps, batch.inputs.cols());
    for (core::Index t = 0; t < steps; ++t)
        values.row(t) = batch.inputs.row(t * batch.batch + sequence);
    return values;
}

/** The steps of sequence `sequence` that hold input (its length, when the batch has lengths). */
core::Index stepsOf(const core::SequenceBatch<double>& batch, core::Index sequence) {
    return batch.lengths.empty() ? batch.steps
                                 : std::min(batch.steps, batch.lengths[std::size_t(sequence)]);
}

} // namespace

InputSequence InputSequence::of(const data::Task& task, const core::SequenceBatch<double>& batch,
                                core::Index sequence) {
    InputSequence input;
    if (sequence < 0 || sequence >= batch.batch)
        return input;
    const core::Index steps = stepsOf(batch, sequence);
    input.m_kind = task.inputKind();
    input.m_values = valuesOf(batch, sequence, steps);
    for (core::Index t = 0; t < steps; ++t)
        input.m_labels << visible(task.renderStep(batch, sequence, t));
    if (input.m_kind != Kind::Symbols) // words such as "(marked)" or "pen down"
        for (QString& label : input.m_labels)
            label = TaskTexts::translated(label.toStdString());
    return input;
}

InputSequence InputSequence::of(const core::SequenceBatch<double>& batch, core::Index sequence) {
    InputSequence input;
    if (sequence < 0 || sequence >= batch.batch)
        return input;
    const core::Index steps = stepsOf(batch, sequence);
    input.m_values = valuesOf(batch, sequence, steps);
    for (core::Index t = 0; t < steps; ++t) {
        QStringList numbers;
        for (core::Index f = 0; f < input.m_values.cols(); ++f)
            numbers << QString::number(input.m_values(t, f), 'g', 3);
        input.m_labels << numbers.join(QStringLiteral(", "));
    }
    return input;
}

InputSequence InputSequence::sampled(core::Index stride, core::Index columns) const {
    if (stride <= 1 && columns >= steps())
        return *this;
    InputSequence kept;
    kept.m_kind = m_kind;
    const core::Index count =
        std::min(columns, (steps() + stride - 1) / std::max<core::Index>(1, stride));
    kept.m_values.resize(count, m_values.cols());
    for (core::Index c = 0; c < count; ++c) {
        kept.m_values.row(c) = m_values.row(c * stride);
        kept.m_labels << m_labels[int(c * stride)];
    }
    return kept;
}

QString InputSequence::visible(const std::string& symbol) {
    if (symbol == " ")
        return QStringLiteral("\u2423"); // ␣
    if (symbol == "\n")
        return QStringLiteral("\u21b5"); // ↵
    if (symbol == "\t")
        return QStringLiteral("\u21e5"); // ⇥
    return QString::fromStdString(symbol);
}

} // namespace app
