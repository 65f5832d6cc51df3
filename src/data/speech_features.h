#pragma once
/**
 * What the speech-digits task reads of a sound: checks it is usable speech and turns it into
 * normalised log-mel frames (core::LogMelFeatures: 25 ms Hann frames every 10 ms, 256-point FFT,
 * 20 mel bands from 50 Hz to 4 kHz, per-utterance normalisation), at 8 kHz.
 *
 * prepare(): a sound at another rate from 8 to 48 kHz is resampled to 8 kHz (other rates are
 * refused), and one shorter than kMinSeconds is refused (too short to hold a digit, or a frame);
 * loudness is measured as the RMS of 10 ms blocks; a sound whose loudest block is under
 * kSilence (≈ −46 dBFS) is refused ("no speech found"); the rest is cut to the blocks louder than
 * a tenth of the loudest, with 40 ms kept on each side; what remains must last at most kMaxSeconds.
 * Every refusal is a std::runtime_error naming the sound.
 */
#include "core/log_mel_features.h"
#include "data/audio_clip.h"

#include <string>

namespace data {

class SpeechFeatures {
public:
    static constexpr double kRate = 8000.0;
    static constexpr double kSilence = 0.005;
    static constexpr double kMaxSeconds = 2.0;
    static constexpr double kMinSeconds = 0.1;
    static constexpr core::Index kBands = 20;

    static core::LogMelFeatures::Settings settings();
    /** The sound checked, at 8 kHz, cut to its speech. */
    static AudioClip prepare(const AudioClip& sound, const std::string& name);
    /** prepare() then normalised log-mel frames, T × kBands. */
    static core::Matrix<double> of(const AudioClip& sound, const std::string& name);
};

} // namespace data
