#include "session/plain_number.h"

#include <locale>
#include <sstream>

namespace session {

std::string plainNumber(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

} // namespace session
