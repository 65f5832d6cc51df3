#include "data/reber_grammar.h"

#include <array>
#include <stdexcept>

namespace data {

namespace {

struct Transition {
    char symbol;
    int next;
};

/** The Reber grammar's two edges out of each state (state 6 has one, 7 is the end). */
constexpr std::array<std::array<Transition, 2>, 8> kReber{{
    {{{'B', 1}, {'\0', 0}}},
    {{{'T', 2}, {'P', 3}}},
    {{{'S', 2}, {'X', 4}}},
    {{{'T', 3}, {'V', 5}}},
    {{{'X', 3}, {'S', 6}}},
    {{{'P', 4}, {'V', 6}}},
    {{{'E', 7}, {'\0', 0}}},
    {{{'\0', 0}, {'\0', 0}}},
}};
constexpr int kEnd = 7;

/** The symbols that may leave `state`, in kSymbols order. */
std::string successorsOf(int state) {
    std::string out;
    for (const char* s = ReberGrammar::kSymbols; *s; ++s)
        for (const Transition& edge : kReber[size_t(state)])
            if (edge.symbol == *s)
                out += *s;
    return out;
}

std::string generateReber(RandomStream& random) {
    std::string out;
    int state = 0;
    while (state != kEnd) {
        const auto& edges = kReber[size_t(state)];
        const Transition& edge = edges[1].symbol != '\0' && random.coin() ? edges[1] : edges[0];
        out += edge.symbol;
        state = edge.next;
    }
    return out;
}

} // namespace

int ReberGrammar::symbolIndex(char symbol) {
    for (int i = 0; i < kSymbolCount; ++i)
        if (kSymbols[i] == symbol)
            return i;
    return -1;
}

std::string ReberGrammar::generateEmbedded(RandomStream& random, std::size_t maxLength) {
    for (;;) {
        const std::string embedding = random.coin() ? "P" : "T";
        const std::string out = "B" + embedding + generateReber(random) + embedding + "E";
        if (out.size() <= maxLength)
            return out;
    }
}

std::vector<std::string> ReberGrammar::embeddedSuccessors(const std::string& embedded) {
    const auto fail = [&embedded](std::size_t i) {
        throw std::invalid_argument("\"" + embedded + "\" is not an embedded Reber string (at " +
                                    std::to_string(i) + ")");
    };
    std::vector<std::string> out;
    out.reserve(embedded.size());
    int state = 0;
    char embedding = '\0';
    for (std::size_t i = 0; i < embedded.size(); ++i) {
        const char c = embedded[i];
        if (i == 0) {
            if (c != 'B')
                fail(i);
            out.push_back("TP");
        } else if (i == 1) {
            if (c != 'T' && c != 'P')
                fail(i);
            embedding = c;
            out.push_back("B");
        } else if (state != kEnd) { // inside the inner string
            int next = -1;
            for (const Transition& edge : kReber[size_t(state)])
                if (edge.symbol == c && c != '\0')
                    next = edge.next;
            if (next < 0)
                fail(i);
            state = next;
            out.push_back(state == kEnd ? std::string(1, embedding) : successorsOf(state));
        } else if (out.back() == std::string(1, embedding)) {
            if (c != embedding)
                fail(i);
            out.push_back("E");
        } else {
            if (c != 'E' || i + 1 != embedded.size())
                fail(i);
            out.push_back("");
        }
    }
    if (out.empty() || !out.back().empty())
        fail(embedded.size());
    return out;
}

} // namespace data
