#pragma once
/**
 * A port of a block: what it is called and, for an input port, what it takes. Wires run from an
 * output port to an input port; an input port takes one wire, an output port feeds any number.
 */
#include <QString>

namespace app {

/** What an input port takes (output ports give whatever their block computes). */
enum class PortAccepts {
    Nothing,  ///< an output port
    Tokens,   ///< a sequence of token indices (the embedding's input)
    Sequence, ///< a sequence of feature vectors over the input's steps
    Vector,   ///< one vector per sequence (a final state)
    Query,    ///< a vector, or a sequence over the decoder's steps (the attention's query)
    Features  ///< any features, a sequence or a vector (the dense layer, the output)
};

struct PortSpec {
    QString name; ///< for people: "sequence", "final state", "keys"…
    PortAccepts accepts = PortAccepts::Nothing;
};

} // namespace app
