#include "app/document/block.h"

namespace app {

QString Block::property(const QString& name) const {
    const auto found = properties.constFind(name);
    if (found != properties.constEnd())
        return *found;
    return defaultProperties(kind).value(name);
}

} // namespace app
