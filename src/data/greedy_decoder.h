#pragma once
/**
 * Greedy (free-running) decoding of a sequence-to-sequence network: the decoder reads its own
 * previous choices instead of the targets (teacher forcing), as it must once deployed.
 *
 * Convention of the sequence-to-sequence tasks of this library: output class c is decoder input
 * token c, and the start token comes right after the classes (token O, decoder vocabulary O + 1).
 *
 * Step j = 0 … S'−1: the decoder input is [start, ĉ_0, …, ĉ_{j−1}] (j + 1 steps); the predictor
 * runs the whole network on it and ĉ_j = argmax of output row j·B + b. The forward is re-run with
 * the growing prefix, S' passes of 1…S' decoder steps: O(S'²) decoder work, for the dates task's
 * S' = 10 about 5.5 times one teacher-forced pass, which keeps the network's interface a plain
 * batch → outputs function. The last pass reads the complete greedy prefix, so its outputs are
 * the free-running outputs of every step.
 *
 * Why the training loop may keep scoring exact matches under teacher forcing: the decoder is
 * causal (step j reads steps ≤ j), so if every teacher-forced argmax equals its target, the
 * greedy prefix equals the target prefix at every step and greedy decoding yields the targets;
 * conversely a greedy output equal to the targets read the target prefix at every step. Whole-
 * sequence exact match is therefore the same under both (up to rounding in near ties); per-
 * character accuracy and the loss are not.
 */
#include "data/task.h"

#include <cstdint>
#include <vector>

namespace data {

class GreedyDecoder {
public:
    struct Result {
        std::vector<int32_t> classes; ///< S'·B chosen classes (row j·B + b), −1 on padding
        core::Matrix<double> outputs; ///< (S'·B)×O: the outputs of the last, complete pass
    };

    /** `startToken`: the decoder's first input. */
    explicit GreedyDecoder(int32_t startToken);
    /** The decoder of a task following the convention above. Throws std::invalid_argument when
     * the task is not sequence-to-sequence or its decoder vocabulary is not O + 1. */
    static GreedyDecoder forTask(const Task& task);

    /** Decodes the batch's S' = batch.decoderSteps steps (decoderLengths, when given, says how
     * many are valid per sequence). The batch's decoder tokens are not read. Throws
     * std::invalid_argument when the predictor's outputs do not have (j+1)·B rows. */
    Result decode(const core::SequenceBatch<double>& batch, const Task::Predictor& predict) const;

    /** task.evaluate() of the free-running outputs, summed over the split, with its verdict. */
    Evaluation evaluateSplit(const Task& task, Split split, core::Index batchSize,
                             const Task::Predictor& predict) const;

private:
    int32_t m_startToken;
};

} // namespace data
