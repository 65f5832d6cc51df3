// libFuzzer harness for data::CsvReader::readBytes, the reader of the user's own series: whatever
// the bytes, it returns a series or throws data::CsvError with a message — never crashes, hangs,
// leaks or trips ASan/UBSan. The first input byte picks the options (delimiter, header, decimal
// comma, wide layout, missing-value policy), so every path of the reader is reached.
//
// Run (as session_fuzzer.cpp says, with the target csv_fuzzer):
//   ninja -C build-fuzz csv_fuzzer
//   mkdir -p fuzz-csv && cp resources/data/timeseries/*.csv tests/fuzz/corpus/csv/* fuzz-csv/
//   build-fuzz/tests/fuzz/csv_fuzzer fuzz-csv -max_total_time=600 -rss_limit_mb=2048
#include "data/csv_error.h"
#include "data/csv_reader.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    data::CsvOptions options;
    const char delimiters[] = {0, ',', ';', '\t'};
    options.delimiter = delimiters[choice & 3];
    options.header = data::HeaderMode((choice >> 2) % 3);
    options.decimalComma = (choice >> 4) & 1;
    options.wide = (choice >> 5) & 1;
    options.missing = data::MissingPolicy((choice >> 6) % 3);
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const data::Series series = data::CsvReader::readBytes(bytes, "fuzz.csv", options);
        for (double value : series.values)
            if (value != value) // a series holds numbers, never NaN
                std::abort();
    } catch (const data::CsvError&) {
    }
    return 0;
}
