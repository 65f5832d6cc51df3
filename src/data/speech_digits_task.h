#pragma once
/**
 * Spoken digits: name the digit 0–9 said in a short clip of speech, from its log-mel frames.
 *
 * Data: the built-in SpeechCorpus (espeak-ng, English and French, 24 variants of voice, speed,
 * pitch, gain, noise and time shift per language) — option --language keeps one language or both.
 * Inputs: SpeechFeatures, one step per 10 ms frame, 20 normalised log-mel values a step (clips of
 * 0.2–1 s: 20–100 steps). Option --noise adds white noise of that standard deviation to every clip
 * (seeded per clip) before the features are computed. Training examples also get a seeded time
 * shift (0–4 frames dropped at the start) and a little feature noise, new each epoch.
 *
 * Splits by variant, so a voice setting heard in training is never validated on: per language
 * the variants are shuffled by the seed, one in six goes to validation, one in six to test, the
 * rest to training; each variant holds all ten digits, so the classes are balanced.
 *
 * Output: one class per sequence (10). Loss: cross-entropy. Metric: accuracy. Solved at ≥ 90%
 * validation accuracy. Baseline: always the most frequent training class — with balanced
 * classes 10%, cross-entropy ln 10 ≈ 2.303.
 */
#include "data/epoch_order.h"
#include "data/speech_corpus.h"
#include "data/task.h"
#include "data/task_info.h"

#include <array>
#include <memory>

namespace data {

class SpeechDigitsTask : public Task {
public:
    static constexpr double kSolvedAccuracy = 0.90;

    /** `language`: "en", "fr" or "both"; `noise`: the standard deviation of added white noise. */
    SpeechDigitsTask(const SpeechCorpus& corpus, std::string language, double noise,
                     std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);

    /** The corpus clip behind example i of a split (epoch 0 order). */
    const SpeechCorpus::Clip& clip(Split split, core::Index i) const;
    /** A one-sequence batch of a sound (a recording, a WAV file): its SpeechFeatures. Throws
     * std::runtime_error naming `name` when the sound is not usable speech. */
    static core::SequenceBatch<double> batchOf(const AudioClip& sound, const std::string& name);

    std::string name() const override { return "speech-digits"; }
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

    InputKind inputKind() const override { return InputKind::Spectrogram; }
    AudioClip audio(Split split, core::Index index) const override;
    std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                           core::Index step) const override;
    std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                             core::Index step) const override;
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

private:
    struct Example {
        size_t clip = 0; ///< in the corpus
        core::Matrix<double> features;
    };

    void dealVariants();
    /** Example i of the training split at `epoch`, shifted and jittered. */
    core::Matrix<double> augmented(core::Index i, int epoch) const;
    static core::SequenceBatch<double> assemble(const std::vector<const core::Matrix<double>*>& f,
                                                const std::vector<int>& digits);

    const SpeechCorpus& m_corpus;
    std::string m_language;
    double m_noise;
    std::uint64_t m_seed;
    std::array<std::vector<Example>, 3> m_examples; ///< per split
    std::unique_ptr<EpochOrder> m_order;            ///< made once the training split is known
};

} // namespace data
