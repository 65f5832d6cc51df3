#pragma once
/**
 * The metric of a task that names one class per sequence: the fraction of the batch's sequences
 * whose largest output is their target class, accuracy = #{b : argmax_k outputs(b, k) =
 * targetClasses[b]} / batch. Shared by the gestures, speech-digits and temporal-order tasks.
 */
#include "core/sequence_batch.h"
#include "core/types.h"
#include "data/task.h"

namespace data {

/** Sets `e`'s metric to the per-sequence accuracy and its metric weight to the batch size. */
void setSequenceAccuracy(Evaluation& e, const core::SequenceBatch<double>& batch,
                         const core::Matrix<double>& outputs);

} // namespace data
