#include "data/speech_features.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace data {

core::LogMelFeatures::Settings SpeechFeatures::settings() {
    core::LogMelFeatures::Settings s;
    s.sampleRate = kRate;
    s.melBands = kBands;
    return s;
}

AudioClip SpeechFeatures::prepare(const AudioClip& sound, const std::string& name) {
    if (sound.samples.empty())
        throw std::runtime_error(name + ": the sound is empty");
    if (sound.sampleRate < 7999.0 || sound.sampleRate > 48001.0)
        throw std::runtime_error(name + ": the sample rate " +
                                 std::to_string(std::lround(sound.sampleRate)) +
                                 " Hz is not supported; use 8 to 48 kHz");
    AudioClip clip = sound.resampled(kRate);
    // Also what keeps the loudness blocks below from being none at all (a few samples at a high
    // rate resample to nothing), and the cut clip at least one 25 ms frame long.
    if (clip.seconds() < kMinSeconds)
        throw std::runtime_error(name + ": the sound lasts " +
                                 std::to_string(std::lround(clip.seconds() * 1000)) +
                                 " ms; a digit takes at least " +
                                 std::to_string(std::lround(kMinSeconds * 1000)) + " ms");
    const size_t block = size_t(kRate / 100);
    std::vector<double> rms;
    for (size_t at = 0; at < clip.samples.size(); at += block) {
        const size_t end = std::min(at + block, clip.samples.size());
        double sum = 0;
        for (size_t i = at; i < end; ++i)
            sum += clip.samples[i] * clip.samples[i];
        rms.push_back(std::sqrt(sum / double(end - at)));
    }
    const double loudest = *std::max_element(rms.begin(), rms.end());
    if (loudest < kSilence)
        throw std::runtime_error(name + ": no speech found (the sound is silent or far too quiet)");
    size_t first = 0, last = rms.size() - 1;
    while (rms[first] < 0.1 * loudest)
        ++first;
    while (rms[last] < 0.1 * loudest)
        --last;
    const size_t from = (first >= 4 ? first - 4 : 0) * block;
    const size_t to = std::min(clip.samples.size(), (last + 5) * block);
    clip.samples =
        std::vector<double>(clip.samples.begin() + long(from), clip.samples.begin() + long(to));
    if (clip.seconds() > kMaxSeconds)
        throw std::runtime_error(name + ": the speech lasts " +
                                 std::to_string(std::lround(clip.seconds() * 10) / 10) + "." +
                                 std::to_string(std::lround(clip.seconds() * 10) % 10) +
                                 " seconds; say one digit, in at most 2 seconds");
    return clip;
}

core::Matrix<double> SpeechFeatures::of(const AudioClip& sound, const std::string& name) {
    const AudioClip clip = prepare(sound, name);
    core::Matrix<double> features = core::LogMelFeatures(settings()).compute(clip.samples);
    core::LogMelFeatures::normalise(features);
    return features;
}

} // namespace data
