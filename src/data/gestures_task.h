#pragma once
/**
 * Gesture recognition: name the class of a pen gesture from its strokes, a sequence of steps
 * (dx, dy, pen) as in gesture.h — pen 1 while the pen is down, 0 while it is lifted.
 *
 * Classes: the eight of GestureTemplates, then any other label of the recordings of --recordings
 * (a GestureFile). Example k of a split has class k mod C over the classes the split holds, so the
 * classes are balanced; it is a noisy drawing of the class's template (GestureTemplates::draw) or,
 * when the split holds recordings of that class, a distorted recording (GestureTemplates::distort):
 * always for a class without a template, else one time in two. Every example comes from its own
 * random stream, so validation and test drawings are never training ones; recordings are dealt to
 * the splits whole, by a seeded shuffle per class: one in five to validation, one in five to test
 * (rounded down, so a class with fewer than five recordings trains on all of them).
 *
 * Inputs: (dx, dy, pen) per step, gestures of 20–36 steps normalized to a bounding box of side 4.
 * Output: one class per sequence. Loss: cross-entropy. Metric: accuracy. Solved at ≥ 95%
 * validation accuracy. Baseline, computed: always the most frequent training class, scored on the
 * validation split — 1/C for balanced classes, cross-entropy log C.
 */
#include "data/epoch_order.h"
#include "data/generated_task.h"
#include "data/gesture.h"
#include "data/task_info.h"

#include <array>
#include <memory>

namespace data {

class GesturesTask : public Task {
public:
    static constexpr double kSolvedAccuracy = 0.95;

    /** `recordings`: the user's gestures, possibly none. Throws std::invalid_argument for a
     * recording with an invalid label or no steps. */
    GesturesTask(std::vector<Gesture> recordings, std::string recordingsPath,
                 GeneratedTask::Sizes sizes, std::uint64_t seed);

    static TaskInfo info();
    /** Reads --recordings when given; a malformed file throws std::runtime_error naming it. */
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);

    /** Example i of a split: its class label and its strokes. */
    Gesture example(Split split, core::Index i) const;
    const std::vector<std::string>& classNames() const { return m_classes; }
    /** How many recordings of class `label` a split holds. */
    core::Index recordingCount(Split split, const std::string& label) const;

    std::string name() const override { return "gestures"; }
    std::string description() const override;
    TaskOptions options() const override;
    std::uint64_t seed() const override { return m_seed; }
    core::OutputMode outputMode() const override { return core::OutputMode::PerSequence; }
    core::LossKind lossKind() const override { return core::LossKind::CrossEntropy; }
    std::string metricName() const override { return "accuracy"; }
    bool higherMetricIsBetter() const override { return true; }

    core::Index sequenceCount(Split split) const override;
    core::Index batchCount(Split split, core::Index batchSize) const override;
    core::SequenceBatch<double> batch(Split split, core::Index batchSize, core::Index index,
                                      int epoch) const override;

    core::NetworkSpec recommendedNetwork() const override;
    TrainingRecipe recommendedRecipe() const override;
    Evaluation evaluate(const core::SequenceBatch<double>& batch,
                        const core::Matrix<double>& outputs) const override;
    bool isSolved(const Evaluation& evaluation) const override;
    std::string successCriterion() const override;
    Baseline baseline() const override;

    std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                           core::Index step) const override;
    std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                             core::Index step) const override;
    InputKind inputKind() const override { return InputKind::Strokes; }
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

private:
    /** Per class, the recordings a split holds. */
    using Recorded = std::vector<std::vector<Stroke>>;

    void dealRecordings(const std::vector<Gesture>& recordings);
    int classOf(Split split, core::Index i) const;
    core::SequenceBatch<double> assemble(const std::vector<Gesture>& examples) const;

    std::string m_recordingsPath;
    GeneratedTask::Sizes m_sizes;
    std::uint64_t m_seed;
    std::vector<std::string> m_classes;
    std::array<Recorded, 3> m_recorded;             ///< per split
    std::array<std::vector<int>, 3> m_splitClasses; ///< per split, the classes it holds
    EpochOrder m_order;
};

} // namespace data
