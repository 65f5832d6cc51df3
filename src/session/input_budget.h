#pragma once
/**
 * How many bytes of a session payload remain to be read, so that a count read from the file (a
 * vector's length, a matrix's rows and columns, a string's size) is checked against what the
 * file can still hold BEFORE anything is allocated: a damaged or hostile file that declares a
 * billion elements in a few bytes is refused instead of exhausting memory.
 *
 * SessionCodec attaches one to its input archive (a Boost.Serialization archive helper); the
 * load functions of session_serialization.h ask it through the archive.
 */
#include <cstdint>
#include <istream>
#include <string>

namespace session {

class InputBudget {
public:
    /** Reads from `stream`, whose payload ends `size` bytes after its start. */
    void attach(std::istream* stream, std::uint64_t size) {
        m_stream = stream;
        m_size = size;
    }
    std::istream* stream() const { return m_stream; }

    /** Bytes left after the read position; 0 when the stream has failed. */
    std::uint64_t remaining() const;

    /**
     * Throws SessionError unless `count` elements of at least `bytesEach` bytes each fit in what
     * remains. `what` names the elements in the message ("weights", "history entries").
     */
    void require(std::uint64_t count, std::uint64_t bytesEach, const std::string& what) const;

private:
    std::istream* m_stream = nullptr;
    std::uint64_t m_size = 0;
};

} // namespace session
