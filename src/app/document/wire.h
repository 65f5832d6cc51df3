#pragma once
/** A wire from output port `fromPort` of one block to input port `toPort` of another. */
#include <QHash>
#include <QMetaType>
#include <tuple>

namespace app {

struct Wire {
    int fromBlock = 0;
    int fromPort = 0;
    int toBlock = 0;
    int toPort = 0;

    friend bool operator==(const Wire&, const Wire&) = default;
    friend bool operator<(const Wire& a, const Wire& b) {
        return std::tie(a.fromBlock, a.fromPort, a.toBlock, a.toPort) <
               std::tie(b.fromBlock, b.fromPort, b.toBlock, b.toPort);
    }
};

inline size_t qHash(const Wire& wire, size_t seed = 0) {
    return qHashMulti(seed, wire.fromBlock, wire.fromPort, wire.toBlock, wire.toPort);
}

} // namespace app

Q_DECLARE_METATYPE(app::Wire)
