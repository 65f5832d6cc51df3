#pragma once
/**
 * A learning task: a dataset plus what it means to succeed on it. A task makes batches (inputs,
 * targets, lengths) for its train/validation/test splits, knows its output mode, loss and
 * metric, renders its steps for people, recommends a network and hyper-parameters, and says when
 * it is solved. The seed given at construction fixes the data, the splits and the shuffling:
 * the splits are disjoint, and batch(split, batchSize, index, epoch) is a pure function of its
 * arguments. A task does not change after construction; every method may be called from any
 * thread at once.
 *
 * Batches follow core/types.h: steps S = the longest sequence of the batch, `lengths` always
 * holds the B valid lengths, padding rows have zero inputs, zero targets and class −1.
 */
#include "core/loss.h"
#include "core/network_initializer.h"
#include "core/network_spec.h"
#include "core/optimizer.h"
#include "core/sequence_batch.h"
#include "data/audio_clip.h"
#include "data/task_option.h"

#include <cstdint>
#include <functional>
#include <string>

namespace data {

enum class Split { Train, Validation, Test };

/** "train", "validation", "test". */
std::string splitName(Split split);

/** How good a network is on a batch or a split, in the task's own terms. */
struct Evaluation {
    double loss = 0.0;         ///< the training loss: mean over the valid target entries
    double metric = 0.0;       ///< the task's metric (Task::metricName()), a mean
    bool solved = false;       ///< the success criterion holds (Task::isSolved())
    double lossWeight = 0.0;   ///< how many entries the loss is a mean over
    double metricWeight = 0.0; ///< how many units (steps, sequences) the metric is a mean over

    /** Adds another batch: the weighted means of both. Leaves `solved` alone — a split's verdict
     * is Task::isSolved() of the sum, which Task::evaluateSplit() sets. */
    Evaluation& operator+=(const Evaluation& other);
};

/** What a network scores that has not learnt what the task is about. */
struct Baseline {
    std::string description; ///< e.g. "always predict the mean, 0.5"
    double loss = 0.0;
    double metric = 0.0;
};

/** Hyper-parameters a task recommends with its network. */
struct TrainingRecipe {
    core::OptimizerSettings optimizer;
    core::Index batchSize = 32;
    int epochs = 10;
    double clipNorm = 1.0; ///< 0: no clipping
    core::InitOptions initialization;
};

class Task {
public:
    /** The network's outputs for a batch (PerStep (S·B)×O, PerSequence B×O). */
    using Predictor = std::function<core::Matrix<double>(const core::SequenceBatch<double>&)>;

    Task() = default;
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    virtual ~Task() = default;

    virtual std::string name() const = 0;        ///< e.g. "adding", as TaskRegistry knows it
    virtual std::string description() const = 0; ///< one sentence for people
    /** Every option's value, defaults included: with name() and seed(), enough to remake it. */
    virtual TaskOptions options() const = 0;
    virtual std::uint64_t seed() const = 0;

    virtual core::OutputMode outputMode() const = 0;
    virtual core::LossKind lossKind() const = 0;
    virtual std::string metricName() const = 0; ///< e.g. "accuracy", "mse"
    /** Whether a higher metric is better (accuracy) or a lower one (error). */
    virtual bool higherMetricIsBetter() const = 0;

    /** Number of sequences in the split. */
    virtual core::Index sequenceCount(Split split) const = 0;
    /** Number of batches of `batchSize` sequences in one pass over the split (the last may be
     * smaller). */
    virtual core::Index batchCount(Split split, core::Index batchSize) const = 0;
    /** Batch `index` of the split's epoch `epoch`: training batches are reshuffled every epoch,
     * validation and test batches come in a fixed order whatever the epoch. Throws
     * std::out_of_range for an index ≥ batchCount(), std::invalid_argument for a batchSize < 1. */
    virtual core::SequenceBatch<double> batch(Split split, core::Index batchSize, core::Index index,
                                              int epoch) const = 0;

    /** The network this task recommends (input and output sizes fit the task). */
    virtual core::NetworkSpec recommendedNetwork() const = 0;
    virtual TrainingRecipe recommendedRecipe() const = 0;
    /** Empty when `spec` reads this task's inputs and makes its outputs, else why not. */
    std::string checkNetwork(const core::NetworkSpec& spec) const;

    /** Turns the outputs of a network on a batch into the task's loss, metric and verdict.
     * Throws std::invalid_argument when the outputs do not have the batch's shape. */
    virtual Evaluation evaluate(const core::SequenceBatch<double>& batch,
                                const core::Matrix<double>& outputs) const = 0;
    /** The success criterion, applied to an evaluation of the validation split. */
    virtual bool isSolved(const Evaluation& evaluation) const = 0;
    /** The success criterion in words, with its numbers: "|error| < 0.04 on ≥ 95% of …". */
    virtual std::string successCriterion() const = 0;
    /** The score to beat, on the validation split. */
    virtual Baseline baseline() const = 0;
    /** evaluate() summed over every batch of a split, with the split's verdict. */
    Evaluation evaluateSplit(Split split, core::Index batchSize, const Predictor& predict) const;

    /** What one input step is, for views that draw the input in its own terms. */
    enum class InputKind {
        Values,      ///< numbers: drawn as a curve
        Symbols,     ///< characters, words, symbols: drawn as their text, one per step
        Strokes,     ///< pen movements (dx, dy, pen down): drawn as little strokes
        Spectrogram, ///< frames of a sound's spectrum (one value a band): drawn as a colour image
    };
    virtual InputKind inputKind() const { return InputKind::Values; }
    /** The sound behind sequence `index` of a split, counted in the order of the split's batches
     * at epoch 0; an empty clip for tasks that are not about sound. */
    virtual AudioClip audio(Split split, core::Index index) const {
        (void)split;
        (void)index;
        return {};
    }

    /** Step `step` of sequence `sequence`'s input as people read it: a character, a value. */
    virtual std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                                   core::Index step) const = 0;
    /** The target of that step (per-sequence tasks: of the sequence; `step` is ignored). */
    virtual std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                                     core::Index step) const = 0;
    /** Row `row` of a network's outputs as people read it: a value, the likeliest symbol. */
    virtual std::string renderOutput(const core::Matrix<double>& outputs,
                                     core::Index row) const = 0;

protected:
    /** The loss part of evaluate(): the core's loss of lossKind(), padding excluded. */
    Evaluation lossOf(const core::SequenceBatch<double>& batch,
                      const core::Matrix<double>& outputs) const;
};

} // namespace data
