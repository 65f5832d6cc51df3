#pragma once
/** A task's batch (always double) in the precision a network trains in. */
#include "core/sequence_batch.h"

namespace data {

/** The same batch with inputs and targets of type T. */
template <typename T>
core::SequenceBatch<T> castBatch(const core::SequenceBatch<double>& batch) {
    core::SequenceBatch<T> out;
    out.steps = batch.steps;
    out.batch = batch.batch;
    out.inputs = batch.inputs.cast<T>();
    out.tokens = batch.tokens;
    out.lengths = batch.lengths;
    out.decoderSteps = batch.decoderSteps;
    out.decoderTokens = batch.decoderTokens;
    out.decoderLengths = batch.decoderLengths;
    out.targets = batch.targets.cast<T>();
    out.targetClasses = batch.targetClasses;
    out.firstSequence = batch.firstSequence;
    return out;
}

} // namespace data
