#pragma once
/**
 * Sentiment of review sentences (Kotzias et al., KDD 2015: Amazon, IMDb and Yelp), word level:
 * read a sentence word by word, then say whether it is positive or negative.
 *
 * Sentences are split into lower-case words (WordTokenizer); those with no word, and repeats of
 * an earlier sentence's words, are dropped so that no sentence is in two splits. The rest are
 * dealt per label, shuffled by the seed (RandomStream(seed, Shuffle, 2³² + label)): 80% train,
 * 10% validation, 10% test of each label (stratified, disjoint); each split is then shuffled and
 * cut to --train-size / --eval-size when those are smaller. The vocabulary (WordVocabulary)
 * is built from the training sentences only: words seen fewer than --min-count times there are
 * <unk>. A batch pads its shorter sentences with <pad> to its longest one; `lengths` holds the
 * true lengths, so no loss, metric or final state reads the padding.
 *
 * Output: two logits at the end of the sentence (negative, positive); loss: cross-entropy; metric:
 * accuracy, the share of sentences whose larger logit is their label.
 * Solved: a validation accuracy of at least 0.75 on all three sources, 0.70 on a single one.
 * Baseline: always the training split's majority label, with its training frequency p:
 * accuracy = the validation share of that label, loss = −mean_validation log p(label).
 */
#include "data/task.h"
#include "data/task_info.h"
#include "data/word_vocabulary.h"

#include <array>
#include <memory>

namespace data {

class SentimentTask : public Task {
public:
    enum class Source { Amazon, Imdb, Yelp, All };
    static constexpr core::Index kAll = 100000; ///< a size that keeps every sentence
    struct Settings {
        Source source = Source::All;
        std::int64_t minCount = 2;
        core::Index trainSize = kAll; ///< at most this many training sentences
        core::Index evalSize = kAll;  ///< at most this many validation ones, and test ones
    };
    struct Sentence {
        std::vector<std::int32_t> ids; ///< the words' ids, <unk> for unknown words
        std::vector<std::string> words;
        int label = 0;
    };
    static constexpr double kTrainShare = 0.8;
    static constexpr double kValidationShare = 0.1;
    /** The validation accuracy that counts as solved: 0.75 on all three sources; 0.70 on one,
     * whose validation split of ~95 sentences measures it to ±0.045 (one standard error). */
    double solvedAccuracy() const { return m_settings.source == Source::All ? 0.75 : 0.70; }

    SentimentTask(Settings settings, std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);
    /** The embedded files of a source. */
    static std::vector<std::string> filesOf(Source source);

    const WordVocabulary& vocabulary() const { return m_vocabulary; }
    const Sentence& sentence(Split split, core::Index i) const;
    /** The label most frequent in training (ties: positive). */
    int majorityLabel() const;

    std::string name() const override { return "sentiment"; }
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
    InputKind inputKind() const override { return InputKind::Symbols; }
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

private:
    const std::vector<Sentence>& sentences(Split split) const { return m_splits[size_t(split)]; }
    void dealSplits(std::vector<Sentence> all);

    Settings m_settings;
    std::uint64_t m_seed;
    WordVocabulary m_vocabulary;
    std::array<std::vector<Sentence>, 3> m_splits;
    core::Index m_dropped = 0; ///< sentences without words or repeated
};

} // namespace data
