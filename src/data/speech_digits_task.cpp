#include "data/speech_digits_task.h"

#include "data/random_stream.h"
#include "data/sequence_accuracy.h"
#include "data/speech_features.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace data {

namespace {

constexpr std::uint64_t kVariantShuffle = std::uint64_t(1) << 50;
constexpr std::uint64_t kNoiseStreams = std::uint64_t(1) << 51;
constexpr std::uint64_t kAugmentStreams = std::uint64_t(1) << 52;
constexpr core::Index kMaxShift = 4;
constexpr double kJitter = 0.1;

size_t at(Split split) {
    return static_cast<size_t>(split);
}

} // namespace

SpeechDigitsTask::SpeechDigitsTask(const SpeechCorpus& corpus, std::string language, double noise,
                                   std::uint64_t seed)
    : m_corpus(corpus)
    , m_language(std::move(language))
    , m_noise(noise)
    , m_seed(seed) {
    if (m_language != "en" && m_language != "fr" && m_language != "both")
        throw std::invalid_argument("the language must be en, fr or both, not \"" + m_language +
                                    "\"");
    if (noise < 0)
        throw std::invalid_argument("the noise level must not be negative");
    dealVariants();
    for (const auto& examples : m_examples)
        if (examples.empty())
            throw std::invalid_argument("the speech corpus has too few variants for three splits");
    m_order = std::make_unique<EpochOrder>(seed, core::Index(m_examples[0].size()));
}

void SpeechDigitsTask::dealVariants() {
    const int V = m_corpus.variants();
    for (const std::string language : {"en", "fr"}) {
        if (m_language != "both" && m_language != language)
            continue;
        std::vector<int> variants(static_cast<size_t>(V));
        for (int v = 0; v < V; ++v)
            variants[size_t(v)] = v;
        RandomStream random(m_seed, RandomStream::Purpose::Shuffle,
                            kVariantShuffle + (language == "fr" ? 1 : 0));
        for (core::Index i = V - 1; i > 0; --i)
            std::swap(variants[size_t(i)], variants[size_t(random.integer(0, i))]);
        std::vector<Split> splitOf(static_cast<size_t>(V), Split::Train);
        for (int k = 0; k < V / 6; ++k) {
            splitOf[size_t(variants[size_t(k)])] = Split::Validation;
            splitOf[size_t(variants[size_t(V / 6 + k)])] = Split::Test;
        }
        const auto& clips = m_corpus.clips();
        for (size_t c = 0; c < clips.size(); ++c) {
            if (clips[c].language != language)
                continue;
            AudioClip sound = clips[c].audio;
            if (m_noise > 0) {
                RandomStream noise(m_seed, RandomStream::Purpose::Example, kNoiseStreams + c);
                for (double& s : sound.samples)
                    s += m_noise * noise.normal();
            }
            Example e{c, SpeechFeatures::of(sound, "speech clip " + std::to_string(c))};
            m_examples[at(splitOf[size_t(clips[c].variant)])].push_back(std::move(e));
        }
    }
}

TaskInfo SpeechDigitsTask::info() {
    return {"speech-digits",
            "Spoken digits: name the digit 0-9 said in a clip of synthesized speech (English and "
            "French), from its log-mel spectrogram",
            {TaskOptionSpec::choice("language", "which language's digits", {"en", "fr", "both"},
                                    "both"),
             TaskOptionSpec::real("noise", "standard deviation of white noise added to the sound",
                                  0.0, 0.0, 0.2)}};
}

std::unique_ptr<Task> SpeechDigitsTask::create(const TaskOptions& options, std::uint64_t seed) {
    return std::make_unique<SpeechDigitsTask>(SpeechCorpus::builtIn(),
                                              optionText(options, "language"),
                                              optionReal(options, "noise"), seed);
}

std::string SpeechDigitsTask::description() const {
    return "Recognize the spoken digits 0-9 (" +
           std::string(m_language == "both" ? "English and French" : m_language) +
           ") from log-mel frames";
}

TaskOptions SpeechDigitsTask::options() const {
    return {{"language", m_language}, {"noise", std::to_string(m_noise)}};
}

const SpeechCorpus::Clip& SpeechDigitsTask::clip(Split split, core::Index i) const {
    if (i < 0 || i >= sequenceCount(split))
        throw std::out_of_range("no example " + std::to_string(i) + " in the " + splitName(split) +
                                " split");
    return m_corpus.clips()[m_examples[at(split)][size_t(i)].clip];
}

AudioClip SpeechDigitsTask::audio(Split split, core::Index index) const {
    return clip(split, index).audio;
}

core::SequenceBatch<double> SpeechDigitsTask::batchOf(const AudioClip& sound,
                                                      const std::string& name) {
    const core::Matrix<double> features = SpeechFeatures::of(sound, name);
    core::SequenceBatch<double> out = assemble({&features}, {0});
    out.targetClasses = {core::kIgnoredClass};
    return out;
}

core::Index SpeechDigitsTask::sequenceCount(Split split) const {
    return core::Index(m_examples[at(split)].size());
}

core::Index SpeechDigitsTask::batchCount(Split split, core::Index batchSize) const {
    if (batchSize < 1)
        throw std::invalid_argument("batch size must be at least 1");
    return (sequenceCount(split) + batchSize - 1) / batchSize;
}

core::Matrix<double> SpeechDigitsTask::augmented(core::Index i, int epoch) const {
    const core::Matrix<double>& f = m_examples[0][size_t(i)].features;
    RandomStream random(m_seed, RandomStream::Purpose::Example,
                        kAugmentStreams + std::uint64_t(epoch) * 4096 + std::uint64_t(i));
    const core::Index shift = std::min(random.integer(0, kMaxShift), f.rows() - 1);
    core::Matrix<double> out = f.bottomRows(f.rows() - shift);
    for (core::Index r = 0; r < out.rows(); ++r)
        for (core::Index c = 0; c < out.cols(); ++c)
            out(r, c) += kJitter * random.normal();
    return out;
}

core::SequenceBatch<double> SpeechDigitsTask::batch(Split split, core::Index batchSize,
                                                    core::Index index, int epoch) const {
    const core::Index count = batchCount(split, batchSize);
    if (index < 0 || index >= count)
        throw std::out_of_range("batch " + std::to_string(index) + " of the " + splitName(split) +
                                " split, which has " + std::to_string(count));
    const auto order = split == Split::Train ? m_order->of(epoch) : nullptr;
    const core::Index first = index * batchSize;
    const core::Index last = std::min(first + batchSize, sequenceCount(split));
    std::vector<core::Matrix<double>> shifted;
    shifted.reserve(size_t(last - first));
    std::vector<const core::Matrix<double>*> features;
    std::vector<int> digits;
    for (core::Index k = first; k < last; ++k) {
        const core::Index i = order ? (*order)[size_t(k)] : k;
        const Example& e = m_examples[at(split)][size_t(i)];
        if (split == Split::Train) {
            shifted.push_back(augmented(i, epoch));
            features.push_back(&shifted.back());
        } else {
            features.push_back(&e.features);
        }
        digits.push_back(m_corpus.clips()[e.clip].digit);
    }
    return assemble(features, digits);
}

core::SequenceBatch<double>
SpeechDigitsTask::assemble(const std::vector<const core::Matrix<double>*>& f,
                           const std::vector<int>& digits) {
    const core::Index B = core::Index(f.size());
    core::Index steps = 0;
    for (const core::Matrix<double>* m : f)
        steps = std::max(steps, m->rows());
    core::SequenceBatch<double> out;
    out.steps = steps;
    out.batch = B;
    out.inputs = core::Matrix<double>::Zero(steps * B, SpeechFeatures::kBands);
    for (core::Index b = 0; b < B; ++b) {
        const core::Matrix<double>& m = *f[size_t(b)];
        out.lengths.push_back(m.rows());
        for (core::Index t = 0; t < m.rows(); ++t)
            out.inputs.row(t * B + b) = m.row(t);
        out.targetClasses.push_back(std::int32_t(digits[size_t(b)]));
    }
    return out;
}

core::NetworkSpec SpeechDigitsTask::recommendedNetwork() const {
    core::NetworkSpec spec;
    spec.inputSize = SpeechFeatures::kBands;
    core::RecurrentLayerSpec layer{core::CellKind::Lstm, 48};
    layer.bidirectional = true;
    spec.layers = {layer};
    spec.outputSize = 10;
    spec.outputMode = core::OutputMode::PerSequence;
    return spec;
}

TrainingRecipe SpeechDigitsTask::recommendedRecipe() const {
    TrainingRecipe recipe;
    recipe.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Adam);
    recipe.optimizer.learningRate = 5e-3;
    recipe.batchSize = 16;
    recipe.epochs = 40;
    recipe.clipNorm = 1.0;
    return recipe;
}

Evaluation SpeechDigitsTask::evaluate(const core::SequenceBatch<double>& batch,
                                      const core::Matrix<double>& outputs) const {
    Evaluation e = lossOf(batch, outputs);
    setSequenceAccuracy(e, batch, outputs);
    e.solved = isSolved(e);
    return e;
}

bool SpeechDigitsTask::isSolved(const Evaluation& evaluation) const {
    return evaluation.metricWeight > 0 && evaluation.metric >= kSolvedAccuracy;
}

std::string SpeechDigitsTask::successCriterion() const {
    return "at least 90% of the validation clips (voices never heard in training) named right";
}

Baseline SpeechDigitsTask::baseline() const {
    std::array<double, 10> counts{};
    for (const Example& e : m_examples[0])
        counts[size_t(m_corpus.clips()[e.clip].digit)] += 1;
    const size_t majority = size_t(std::max_element(counts.begin(), counts.end()) - counts.begin());
    const double train = double(m_examples[0].size());
    double loss = 0, right = 0;
    for (const Example& e : m_examples[at(Split::Validation)]) {
        const size_t digit = size_t(m_corpus.clips()[e.clip].digit);
        loss -= std::log(std::max(counts[digit], 0.5) / train);
        right += digit == majority ? 1 : 0;
    }
    const double n = double(m_examples[at(Split::Validation)].size());
    return {"always the most frequent training digit, " + std::to_string(majority) +
                ", with the training digit frequencies (computed; 10% for balanced digits)",
            loss / n, right / n};
}

std::string SpeechDigitsTask::renderStep(const core::SequenceBatch<double>& batch,
                                         core::Index sequence, core::Index step) const {
    if (sequence < 0 || sequence >= batch.batch || step < 0 || step >= batch.steps)
        throw std::out_of_range("no step " + std::to_string(step) + " of sequence " +
                                std::to_string(sequence) + " in this batch");
    if (!batch.lengths.empty() && step >= batch.lengths[size_t(sequence)])
        return {};
    core::Index band = 0;
    batch.inputs.row(step * batch.batch + sequence).maxCoeff(&band);
    const core::LogMelFeatures::Settings s = SpeechFeatures::settings();
    const double low = core::LogMelFeatures::hzToMel(s.lowHz);
    const double high = core::LogMelFeatures::hzToMel(s.highHz);
    const double hz = core::LogMelFeatures::melToHz(low + (high - low) * double(band + 1) /
                                                              double(s.melBands + 1));
    return std::to_string(step * 10) + " ms: loudest band " + std::to_string(band) + " (" +
           std::to_string(std::lround(hz)) + " Hz)";
}

std::string SpeechDigitsTask::renderTarget(const core::SequenceBatch<double>& batch,
                                           core::Index sequence, core::Index) const {
    return std::to_string(batch.targetClasses.at(size_t(sequence)));
}

std::string SpeechDigitsTask::renderOutput(const core::Matrix<double>& outputs,
                                           core::Index row) const {
    core::Index predicted = 0;
    outputs.row(row).maxCoeff(&predicted);
    return std::to_string(predicted);
}

} // namespace data
