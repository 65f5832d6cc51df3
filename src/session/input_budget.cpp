#include "session/input_budget.h"

#include "session/session_error.h"

#include <stdexcept>

namespace session {

std::uint64_t InputBudget::remaining() const {
    if (!m_stream)
        throw std::logic_error("InputBudget: no input attached to the archive");
    const std::streamoff position = m_stream->tellg();
    if (position < 0 || std::uint64_t(position) > m_size)
        return 0;
    return m_size - std::uint64_t(position);
}

void InputBudget::require(std::uint64_t count, std::uint64_t bytesEach,
                          const std::string& what) const {
    const std::uint64_t left = remaining();
    if (bytesEach == 0 || count > left / bytesEach)
        throw SessionError("the file is damaged: it declares " + std::to_string(count) + " " +
                           what + " but only " + std::to_string(left) + " bytes remain");
}

} // namespace session
