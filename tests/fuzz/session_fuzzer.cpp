// libFuzzer harness for session::SessionCodec::decode: whatever the bytes, decode must return an
// error or a session that validates — never crash, leak, hang or trip ASan/UBSan.
//
// Every input is decoded twice: as it is, and with its header's length and CRC-32 made to fit
// the bytes after it, so that mutations inside the payload get past the checksum and reach the
// deserializer.
//
// Run (from the repository root; clang 14 and its libFuzzer runtime, Debian's libclang-rt-14-dev):
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
//         -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLSTM_STUDIO_FUZZ=ON \
//         -DLSTM_STUDIO_BUILD_APP=OFF -DLSTM_STUDIO_BUILD_TESTS=OFF
//   ninja -C build-fuzz session_fuzzer
//   mkdir -p fuzz-corpus && cp tests/data/sessions/*.lstmsession fuzz-corpus/
//   build-fuzz/tests/fuzz/session_fuzzer fuzz-corpus -max_total_time=600 -rss_limit_mb=2048
// A crash leaves crash-<sha1> in the working directory; replay it with
//   build-fuzz/tests/fuzz/session_fuzzer crash-<sha1>
#include "session/crc32.h"
#include "session/session_codec.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void decode(std::string_view bytes) {
    session::Session loaded;
    const std::string message = session::SessionCodec::decode(bytes, loaded);
    if (message.empty() && !session::SessionCodec::validate(loaded).empty())
        std::abort(); // decode accepted what validate refuses
}

/** `bytes` with the header's length and checksum fitting the payload. */
std::string withFittingHeader(std::string_view bytes) {
    std::string fixed(bytes);
    const std::string_view payload = bytes.substr(session::SessionCodec::kHeaderSize);
    const std::uint64_t length = payload.size();
    const std::uint32_t crc = session::Crc32::of(payload);
    for (int i = 0; i < 8; ++i)
        fixed[std::size_t(12 + i)] = char((length >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        fixed[std::size_t(20 + i)] = char((crc >> (8 * i)) & 0xFF);
    return fixed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    decode(bytes);
    if (size >= session::SessionCodec::kHeaderSize)
        decode(withFittingHeader(bytes));
    return 0;
}
