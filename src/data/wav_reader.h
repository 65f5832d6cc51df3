#pragma once
/**
 * Reads a sound from a WAV file: RIFF/WAVE, PCM (format 1), mono, 8 or 16 bits a sample, any
 * rate, at most kMaxSeconds long. Anything else is refused with a std::runtime_error whose
 * message names the file and says what is wrong in plain words: not a WAV file, cut short,
 * stereo, compressed, 24-bit, too long …
 *
 * 8-bit PCM is unsigned (sample s ↦ (s − 128)/128), 16-bit is signed little-endian (s ↦ s/32768).
 */
#include "data/audio_clip.h"

#include <string>
#include <string_view>

namespace data {

class WavReader {
public:
    static constexpr double kMaxSeconds = 10.0;

    /** Reads the file at `path`. */
    static AudioClip read(const std::string& path);
    /** Reads WAV bytes; `name` is the file name the messages give. */
    static AudioClip parse(std::string_view bytes, const std::string& name);
    /** The bytes of a 16-bit PCM mono WAV file of `clip` (samples clipped to [−1, 1]). */
    static std::string encode(const AudioClip& clip);
};

} // namespace data
