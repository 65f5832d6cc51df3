#include "data/embedded_files.h"

#include <stdexcept>

namespace data {

std::optional<std::string_view> EmbeddedFiles::find(std::string_view path) {
    for (const Entry& entry : entries())
        if (entry.path == path)
            return entry.bytes;
    return std::nullopt;
}

std::string_view EmbeddedFiles::get(std::string_view path) {
    if (std::optional<std::string_view> bytes = find(path))
        return *bytes;
    throw std::runtime_error("no built-in data file \"" + std::string(path) + "\"");
}

} // namespace data
