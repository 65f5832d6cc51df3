#pragma once
/**
 * The data files built into the program: everything under resources/data (CSV series, texts,
 * sentiment sentences; attribution in resources/data/SOURCES.md), so tasks work offline and from
 * any directory. The build turns each file into bytes (src/data/embed_files.cmake).
 *
 *   std::optional<std::string_view> co2 = EmbeddedFiles::find("timeseries/co2.csv");
 */
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace data {

class EmbeddedFiles {
public:
    struct Entry {
        std::string_view
            path; ///< relative to resources/data, with '/': "text/notre-dame-de-paris.txt"
        std::string_view bytes;
    };

    /** Every embedded file, sorted by path. */
    static const std::vector<Entry>& entries();
    /** The bytes of the file at `path`, or nothing. */
    static std::optional<std::string_view> find(std::string_view path);
    /** The bytes of the file at `path`; throws std::runtime_error naming it when it is missing. */
    static std::string_view get(std::string_view path);
};

} // namespace data
