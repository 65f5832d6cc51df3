#include "data/wav_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace data {

namespace {

std::uint32_t le(std::string_view bytes, size_t at, int width) {
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | std::uint8_t(bytes[at + size_t(i)]);
    return value;
}

void put(std::string& out, std::uint32_t value, int width) {
    for (int i = 0; i < width; ++i)
        out.push_back(char((value >> (8 * i)) & 0xFF));
}

struct Format {
    std::uint32_t code = 0, channels = 0, rate = 0, bits = 0;
};

std::string secondsText(double seconds) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << seconds;
    return out.str();
}

} // namespace

AudioClip WavReader::read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = std::streamoff(in.tellg());
    // A 10-second 16-bit stereo file at 48 kHz is under 2 MB: anything far larger is refused
    // before it is read.
    if (size > std::streamoff(64) << 20)
        throw std::runtime_error(path + ": the file is " + std::to_string(size >> 20) +
                                 " MB, far longer than the " + secondsText(kMaxSeconds) +
                                 " seconds a recording may last");
    in.seekg(0);
    std::string bytes(size_t(size), '\0');
    in.read(bytes.data(), size);
    return parse(bytes, path);
}

AudioClip WavReader::parse(std::string_view bytes, const std::string& name) {
    const auto fail = [&name](const std::string& problem) {
        return std::runtime_error(name + ": " + problem);
    };
    if (bytes.size() < 12 || bytes.substr(0, 4) != "RIFF" || bytes.substr(8, 4) != "WAVE")
        throw fail("not a WAV file (it does not begin with RIFF…WAVE)");
    Format format;
    bool haveFormat = false;
    size_t at = 12;
    while (at + 8 <= bytes.size()) {
        const std::string_view id = bytes.substr(at, 4);
        const std::uint32_t size = le(bytes, at + 4, 4);
        const size_t body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > bytes.size())
                throw fail("the WAV format chunk is cut short");
            format = {le(bytes, body, 2), le(bytes, body + 2, 2), le(bytes, body + 4, 4),
                      le(bytes, body + 14, 2)};
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                throw fail("the WAV file has sound data before its format chunk");
            if (format.code != 1)
                throw fail("the sound is compressed (WAV format " + std::to_string(format.code) +
                           "); only uncompressed PCM is read");
            if (format.channels != 1)
                throw fail("the sound has " + std::to_string(format.channels) +
                           " channels; record or save it in mono");
            if (format.bits != 8 && format.bits != 16)
                throw fail(std::to_string(format.bits) +
                           "-bit samples are not read; save it with 8 or 16 bits");
            if (format.rate < 1000 || format.rate > 192000)
                throw fail("the sample rate " + std::to_string(format.rate) + " Hz is not valid");
            if (body + size > bytes.size())
                throw fail("the file is cut short: its sound data should be " +
                           std::to_string(size) + " bytes, " + std::to_string(bytes.size() - body) +
                           " are there");
            const size_t width = format.bits / 8;
            const double seconds = double(size / width) / format.rate;
            if (seconds > kMaxSeconds)
                throw fail("the sound lasts " + secondsText(seconds) + " seconds; at most " +
                           secondsText(kMaxSeconds) + " are read");
            AudioClip clip{double(format.rate), {}};
            clip.samples.reserve(size / width);
            for (size_t i = body; i + width <= body + size; i += width)
                clip.samples.push_back(width == 1 ? (double(std::uint8_t(bytes[i])) - 128) / 128
                                                  : double(std::int16_t(le(bytes, i, 2))) / 32768);
            return clip;
        }
        at = body + size + (size & 1);
    }
    throw fail(haveFormat ? "the WAV file has no sound data" : "the WAV file has no format chunk");
}

std::string WavReader::encode(const AudioClip& clip) {
    const auto dataSize = std::uint32_t(2 * clip.samples.size());
    const auto rate = std::uint32_t(std::lround(clip.sampleRate));
    std::string out = "RIFF";
    put(out, 36 + dataSize, 4);
    out += "WAVEfmt ";
    put(out, 16, 4);
    put(out, 1, 2); // PCM
    put(out, 1, 2); // mono
    put(out, rate, 4);
    put(out, rate * 2, 4); // bytes a second
    put(out, 2, 2);        // bytes a frame
    put(out, 16, 2);
    out += "data";
    put(out, dataSize, 4);
    for (double s : clip.samples)
        put(out, std::uint16_t(std::int16_t(std::lround(std::clamp(s, -1.0, 1.0) * 32767))), 2);
    return out;
}

} // namespace data
