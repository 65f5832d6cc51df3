#include "data/speech_corpus.h"

#include "data/embedded_files.h"

#include <algorithm>
#include <array>
#include <sstream>
#include <stdexcept>

namespace data {

namespace {

std::vector<std::string> fieldsOf(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, ','))
        out.push_back(field);
    return out;
}

} // namespace

const SpeechCorpus& SpeechCorpus::builtIn() {
    static const SpeechCorpus corpus(EmbeddedFiles::get("speech/index.csv"),
                                     EmbeddedFiles::get("speech/digits.ulaw"), "speech/index.csv");
    return corpus;
}

SpeechCorpus::SpeechCorpus(std::string_view index, std::string_view audio,
                           const std::string& name) {
    std::istringstream in{std::string(index)};
    std::string line;
    std::getline(in, line); // the header
    for (int number = 2; std::getline(in, line); ++number) {
        if (line.empty())
            continue;
        const std::vector<std::string> f = fieldsOf(line);
        const auto where = name + ", line " + std::to_string(number) + ": ";
        if (f.size() < 6)
            throw std::runtime_error(where + "expected offset,length,language,digit,variant,voice");
        Clip clip;
        size_t offset = 0, length = 0;
        try {
            offset = std::stoul(f[0]);
            length = std::stoul(f[1]);
            clip.digit = std::stoi(f[3]);
            clip.variant = std::stoi(f[4]);
        } catch (const std::exception&) {
            throw std::runtime_error(where + "offset, length, digit and variant must be numbers");
        }
        if (offset + length > audio.size() || clip.digit < 0 || clip.digit > 9)
            throw std::runtime_error(where + "the clip lies outside the audio or is no digit");
        clip.language = f[2];
        clip.voice = f[5];
        clip.audio.sampleRate = 8000.0;
        clip.audio.samples.reserve(length);
        for (size_t i = offset; i < offset + length; ++i)
            clip.audio.samples.push_back(decodeMuLaw(std::uint8_t(audio[i])));
        m_variants = std::max(m_variants, clip.variant + 1);
        m_clips.push_back(std::move(clip));
    }
}

double SpeechCorpus::decodeMuLaw(std::uint8_t byte) {
    const int v = ~byte & 0xFF;
    const int exponent = (v >> 4) & 0x07;
    const int magnitude = ((((v & 0x0F) << 3) + 0x84) << exponent) - 0x84;
    return double((v & 0x80) ? -magnitude : magnitude) / 32768.0;
}

std::string SpeechCorpus::digitWord(const std::string& language, int digit) {
    static const std::array<const char*, 10> en = {"zero", "one", "two",   "three", "four",
                                                   "five", "six", "seven", "eight", "nine"};
    static const std::array<const char*, 10> fr = {"zéro", "un",  "deux", "trois", "quatre",
                                                   "cinq", "six", "sept", "huit",  "neuf"};
    if (digit < 0 || digit > 9)
        throw std::out_of_range("no digit " + std::to_string(digit));
    return language == "fr" ? fr[size_t(digit)] : en[size_t(digit)];
}

} // namespace data
