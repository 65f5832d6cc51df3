#pragma once
/**
 * The spoken digits built into the program (resources/data/speech, made by scripts/speech-corpus):
 * 480 clips, the digits 0–9 in English and French, 24 variants (voice, speed, pitch, gain, noise,
 * time shift) per language, 8 kHz G.711 mu-law.
 *
 * Mu-law decoding (ITU-T G.711): byte u ↦ v = ~u; sign s = bit 7 of v, exponent e = bits 4–6,
 * mantissa m = bits 0–3; magnitude = ((m << 3) + 0x84) << e − 0x84; the 16-bit sample is
 * ±magnitude (negative when s = 1), divided by 32768.
 */
#include "data/audio_clip.h"

#include <cstdint>
#include <string>
#include <vector>

namespace data {

class SpeechCorpus {
public:
    struct Clip {
        std::string language; ///< "en" or "fr"
        int digit = 0;        ///< 0–9
        int variant = 0;      ///< 0 … variants()−1: the same voice settings for all ten digits
        std::string voice;    ///< the espeak-ng voice, e.g. "en-us+m3"
        AudioClip audio;
    };

    /** The embedded corpus, read once. */
    static const SpeechCorpus& builtIn();
    /** Reads a corpus from its index.csv and digits.ulaw bytes; `name` is for messages. */
    SpeechCorpus(std::string_view index, std::string_view audio, const std::string& name);

    const std::vector<Clip>& clips() const { return m_clips; }
    /** How many variants each language has. */
    int variants() const { return m_variants; }

    static double decodeMuLaw(std::uint8_t byte);
    /** The words of the digits: digitWord("fr", 7) = "sept". */
    static std::string digitWord(const std::string& language, int digit);

private:
    std::vector<Clip> m_clips;
    int m_variants = 0;
};

} // namespace data
