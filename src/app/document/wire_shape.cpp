#include "app/document/wire_shape.h"

namespace app {

QString WireShape::text() const {
    if (tokens)
        return tr("seq × token of %1").arg(width);
    switch (steps) {
    case StepAxis::Source:
        return tr("seq × %1").arg(width);
    case StepAxis::Target:
        return tr("target × %1").arg(width);
    case StepAxis::None:
        break;
    }
    return QString::number(width);
}

QString WireShape::describeAccepted(PortAccepts accepts) {
    switch (accepts) {
    case PortAccepts::Tokens:
        return tr("tokens");
    case PortAccepts::Sequence:
        return tr("a sequence of features");
    case PortAccepts::Vector:
        return tr("a vector");
    case PortAccepts::Query:
        return tr("a vector or a decoder's states");
    case PortAccepts::Features:
        return tr("features");
    case PortAccepts::Nothing:
        break;
    }
    return tr("nothing");
}

} // namespace app
