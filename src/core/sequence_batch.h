#pragma once
/**
 * A batch of B sequences of S steps, as the network reads it (layout of types.h).
 *
 * Feature input fills `inputs` ((S·B)×I); token input fills `tokens` (S·B ids, row order of the
 * layout). A sequence-to-sequence batch also carries the decoder's input tokens (the targets
 * shifted right behind a start token), S' steps of them.
 */
#include "core/types.h"

#include <cstdint>
#include <vector>

namespace core {

template <typename T>
struct SequenceBatch {
    Index steps = 0;
    Index batch = 0;
    Matrix<T> inputs;            ///< (S·B)×I, feature input
    std::vector<int32_t> tokens; ///< S·B token ids, token input
    Lengths lengths;             ///< empty: all S steps valid

    Index decoderSteps = 0;
    std::vector<int32_t> decoderTokens; ///< S'·B ids
    Lengths decoderLengths;
    /** What the outputs should be: real values (MSE, BCE) or class indices (cross-entropy), with
     * as many rows as the outputs (per-step S·B, per-sequence B, sequence-to-sequence S'·B). */
    Matrix<T> targets;
    std::vector<int32_t> targetClasses;

    Index firstSequence = 0; ///< index of sequence 0 in the batch this one was sliced from

    /** Sequences [first, first + count) as a batch of their own. */
    SequenceBatch slice(Index first, Index count) const;
};

/** Rows [first, first + count) of every step of a sequence-layout matrix with `batch` sequences. */
template <typename T>
Matrix<T> sliceSequences(const Matrix<T>& m, Index batch, Index first, Index count) {
    const Index steps = m.rows() / batch;
    Matrix<T> out(steps * count, m.cols());
    for (Index t = 0; t < steps; ++t)
        out.middleRows(t * count, count) = m.middleRows(t * batch + first, count);
    return out;
}

template <typename Id>
std::vector<Id> sliceSequences(const std::vector<Id>& ids, Index batch, Index first, Index count) {
    std::vector<Id> out;
    if (ids.empty())
        return out;
    const Index steps = static_cast<Index>(ids.size()) / batch;
    out.reserve(static_cast<size_t>(steps * count));
    for (Index t = 0; t < steps; ++t)
        for (Index b = first; b < first + count; ++b)
            out.push_back(ids[static_cast<size_t>(t * batch + b)]);
    return out;
}

template <typename T>
SequenceBatch<T> SequenceBatch<T>::slice(Index first, Index count) const {
    SequenceBatch<T> out;
    out.steps = steps;
    out.batch = count;
    out.firstSequence = firstSequence + first;
    if (targets.size() > 0) // B rows (per sequence) slice as one step of B sequences
        out.targets = sliceSequences(targets, batch, first, count);
    out.targetClasses = sliceSequences(targetClasses, batch, first, count);
    if (inputs.size() > 0)
        out.inputs = sliceSequences(inputs, batch, first, count);
    out.tokens = sliceSequences(tokens, batch, first, count);
    if (!lengths.empty())
        out.lengths.assign(lengths.begin() + first, lengths.begin() + first + count);
    out.decoderSteps = decoderSteps;
    out.decoderTokens = sliceSequences(decoderTokens, batch, first, count);
    if (!decoderLengths.empty())
        out.decoderLengths.assign(decoderLengths.begin() + first,
                                  decoderLengths.begin() + first + count);
    return out;
}

} // namespace core
