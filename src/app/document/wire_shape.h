#pragma once
/**
 * What travels on a wire: a sequence over the input's steps ("seq × 32"), over the decoder's
 * steps ("target × 64"), a vector per sequence ("32"), or token indices ("seq × token of 27").
 * The width is the number of features per step (the vocabulary size for tokens).
 */
#include "app/document/port_spec.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QString>

namespace app {

enum class StepAxis { None, Source, Target };

struct WireShape {
    Q_DECLARE_TR_FUNCTIONS(WireShape)

public:
    StepAxis steps = StepAxis::None;
    core::Index width = 0;
    bool tokens = false;

    static WireShape sequence(core::Index width) { return {StepAxis::Source, width, false}; }
    static WireShape vector(core::Index width) { return {StepAxis::None, width, false}; }

    /** A sequence of feature vectors over the input's steps. */
    bool isSourceSequence() const { return steps == StepAxis::Source && !tokens; }
    /** "seq × 32", "32", "target × 64", "seq × token of 27". */
    QString text() const;
    /** What a port of that kind takes, for messages: "a sequence", "a vector"… */
    static QString describeAccepted(PortAccepts accepts);

    friend bool operator==(const WireShape&, const WireShape&) = default;
};

} // namespace app
