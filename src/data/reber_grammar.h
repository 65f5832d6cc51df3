#pragma once
/**
 * The Reber grammar (Reber 1967) and its embedded form (Cleeremans, Servan-Schreiber & McClelland
 * 1989; Hochreiter & Schmidhuber 1997, experiment 1), over the seven symbols B T P S X V E.
 *
 *   Reber:      0 −B→ 1;  1 −T→ 2, 1 −P→ 3;  2 −S→ 2, 2 −X→ 4;  3 −T→ 3, 3 −V→ 5;
 *               4 −X→ 3, 4 −S→ 6;  5 −P→ 4, 5 −V→ 6;  6 −E→ end         e.g. BTSSXXTVVE
 *   embedded:   B T ⟨Reber⟩ T E   or   B P ⟨Reber⟩ P E                     e.g. BTBPVVETE
 *
 * Every fork is taken with probability ½. To predict the second-to-last symbol a network must
 * remember the second one across the whole inner string: the long-range part of the task.
 */
#include "data/random_stream.h"

#include <string>
#include <vector>

namespace data {

class ReberGrammar {
public:
    /** The symbols, in one-hot order. */
    static constexpr const char* kSymbols = "BTPSXVE";
    static constexpr int kSymbolCount = 7;

    /** Index of `symbol` in kSymbols, −1 when it is none of them. */
    static int symbolIndex(char symbol);
    /** A random embedded Reber string of at most `maxLength` symbols (longer draws are redrawn). */
    static std::string generateEmbedded(RandomStream& random, std::size_t maxLength);
    /**
     * The legal next symbols after each prefix of an embedded Reber string: entry i holds, in
     * kSymbols order, those that may follow symbols 0…i. Throws std::invalid_argument when the
     * string is not grammatical.
     */
    static std::vector<std::string> embeddedSuccessors(const std::string& embedded);
};

} // namespace data
