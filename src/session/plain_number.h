#pragma once
/**
 * A number for messages and the history, as `std::ostream << value` writes it in the C locale
 * (6 significant digits, "0.001", "1e-05"), whatever locale the program runs in: a French
 * desktop must not turn the history's "0.01" into "0,01".
 */
#include <string>

namespace session {

std::string plainNumber(double value);

} // namespace session
