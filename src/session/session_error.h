#pragma once
/** Why a session could not be written or read: one message for people, saying what is wrong. */
#include <stdexcept>
#include <string>

namespace session {

class SessionError : public std::runtime_error {
public:
    explicit SessionError(const std::string& message)
        : std::runtime_error(message) {}
};

} // namespace session
