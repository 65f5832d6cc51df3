#pragma once
/**
 * The probe's input as the views draw it, in its own terms: what kind of thing a step is (values,
 * symbols, pen strokes, spectrogram frames — the task says), one label per step as people read it
 * (the task's renderStep: a character, a word, "1955-03: 312.4") and the raw numbers (steps ×
 * features; a token sequence is one column of token ids).
 */
#include "core/sequence_batch.h"
#include "data/task.h"

#include <QStringList>

namespace app {

class InputSequence {
public:
    using Kind = data::Task::InputKind;

    InputSequence() = default;
    /** Sequence `sequence` of `batch`, read through `task`. */
    static InputSequence of(const data::Task& task, const core::SequenceBatch<double>& batch,
                            core::Index sequence = 0);

    /** A sequence of numbers with no task to read it: values labelled with their numbers. */
    static InputSequence of(const core::SequenceBatch<double>& batch, core::Index sequence = 0);

    /** Every `stride`-th step, at most `columns` of them: the steps a strided trace kept. */
    InputSequence sampled(core::Index stride, core::Index columns) const;

    Kind kind() const { return m_kind; }
    core::Index steps() const { return m_values.rows(); }
    bool isEmpty() const { return m_values.rows() == 0; }
    /** One label per step, spaces and line breaks made visible. */
    const QStringList& labels() const { return m_labels; }
    /** steps × features. */
    const core::Matrix<double>& values() const { return m_values; }

    /** A symbol as shown: "␣" for a space, "↵" for a line break, "⇥" for a tab. */
    static QString visible(const std::string& symbol);

private:
    Kind m_kind = Kind::Values;
    QStringList m_labels;
    core::Matrix<double> m_values;
};

} // namespace app
