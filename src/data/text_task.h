#pragma once
/**
 * Character-level language modelling on the shipped English (Shakespeare) or French (Hugo) text:
 * read characters c_1 … c_L, predict at every step t the next one, c_{t+1}.
 *
 * The text is decoded from UTF-8 into code points (é, œ, « are one symbol each; the BOM is
 * dropped) and cut into three contiguous parts: the first 90% trains, the next 5% validates, the
 * last 5% tests. The vocabulary (CharVocabulary) holds the characters seen at least --min-count
 * times in the training part; the rarer ones and those only seen elsewhere are the unknown symbol.
 * Every part is cut into windows of L + 1 characters that follow each other, sharing only their
 * boundary character, so every character of a part is predicted once per pass. Training windows
 * start at a phase in [0, L) drawn from the seed (RandomStream(seed, Example, 0)), so seeds cut
 * the text differently, and come in a new order every epoch (a Fisher–Yates shuffle from
 * RandomStream(seed, Shuffle, epoch)); --train-size keeps a seeded subset of them. Validation and
 * test windows start at their part's beginning, whatever the seed, in order; --eval-size keeps the
 * first ones.
 *
 * Loss: cross-entropy over the V symbols at every step. Metric: bits per character,
 *   bpc = mean_t(−log₂ p(c_{t+1})) = cross-entropy / ln 2.
 * Baseline: the unigram model, every character predicted with its frequency p_c = n_c / N in the
 * training part: H = −Σ_c p_c log₂ p_c bits per character (its entropy, in closed form).
 */
#include "data/char_vocabulary.h"
#include "data/task.h"
#include "data/task_info.h"

#include <memory>
#include <utility>

namespace data {

class TextTask : public Task {
public:
    enum class Language { English, French };
    static constexpr core::Index kAll = 100000; ///< evalSize: every window the part holds
    struct Settings {
        Language language = Language::English;
        core::Index length = 64;      ///< L, characters read per sequence
        std::int64_t minCount = 3;    ///< characters seen less often are the unknown symbol
        core::Index trainSize = kAll; ///< at most this many training windows
        core::Index evalSize = kAll;  ///< at most this many validation windows, and test ones
    };
    static constexpr double kTrainShare = 0.90;
    static constexpr double kValidationShare = 0.05;

    TextTask(Settings settings, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);
    static Settings settingsFrom(const TaskOptions& options);
    /** The embedded file of a language. */
    static std::string fileOf(Language language);
    /** The validation bits per character the task counts as solved, per language. */
    static double criterionBits(Language language);
    /** H = −Σ p log₂ p of the ids' frequencies, in bits. */
    static double unigramEntropyBits(const std::vector<std::int32_t>& ids);

    const Settings& settings() const { return m_settings; }
    const CharVocabulary& vocabulary() const { return m_vocabulary; }
    /** The whole text as ids. */
    const std::vector<std::int32_t>& ids() const { return m_ids; }
    /** [begin, end) of a split's part of the text, in characters. */
    std::pair<core::Index, core::Index> partOf(Split split) const;
    /** Where sequence `index` of the split (in epoch `epoch` for training) starts in the text. */
    core::Index windowStart(Split split, core::Index index, int epoch) const;

    std::string name() const override { return "text"; }
    std::string description() const override;
    TaskOptions options() const override;
    std::uint64_t seed() const override { return m_seed; }
    core::OutputMode outputMode() const override { return core::OutputMode::PerStep; }
    core::LossKind lossKind() const override { return core::LossKind::CrossEntropy; }
    std::string metricName() const override { return "bits per character"; }
    bool higherMetricIsBetter() const override { return false; }

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
    InputKind inputKind() const override { return InputKind::Symbols; }
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

private:
    Settings m_settings;
    std::uint64_t m_seed;
    CharVocabulary m_vocabulary;
    std::vector<std::int32_t> m_ids;
    /** The order of the training windows in `epoch`: a permutation of their indices. */
    std::vector<core::Index> trainingOrder(int epoch) const;

    std::vector<core::Index> m_trainStarts; ///< where the training windows start, ascending
    core::Index m_trainEnd = 0;
    core::Index m_validationEnd = 0;
};

} // namespace data
