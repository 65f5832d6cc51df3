// libFuzzer harness for what becomes of a student's recording: data::WavReader::parse, then
// data::SpeechFeatures::of (resampling, silence and length checks, log-mel frames). Whatever the
// bytes, it gives feature frames or throws an exception with a message — never crashes, hangs,
// leaks or trips ASan/UBSan.
//
// Run: scripts/studio fuzz (every harness for a minute), or by hand:
//   ninja -C build-asan wav_fuzzer
//   mkdir -p fuzz-wav && build-asan/tests/fuzz/wav_fuzzer fuzz-wav tests/fuzz/corpus/wav \
//       -max_total_time=600 -rss_limit_mb=2048
#include "data/speech_features.h"
#include "data/wav_reader.h"

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const data::AudioClip clip = data::WavReader::parse(bytes, "fuzz.wav");
        const auto frames = data::SpeechFeatures::of(clip, "fuzz.wav");
        if (frames.rows() == 0 || !frames.allFinite())
            std::abort(); // accepted speech must give finite frames
    } catch (const std::exception& e) {
        if (std::string_view(e.what()).empty())
            std::abort(); // every refusal says why
    }
    return 0;
}
