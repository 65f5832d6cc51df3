#pragma once
/** One block of the editor's graph, as plain values: what the document stores and commands copy. */
#include "app/document/block_kind.h"

#include <QPointF>

namespace app {

struct Block {
    int id = 0; ///< unique in its document, > 0
    BlockKind kind = BlockKind::Lstm;
    BlockProperties properties;
    QPointF position; ///< scene coordinates of the block's top-left corner

    /** The property's value, or the kind's default when unset. */
    QString property(const QString& name) const;

    friend bool operator==(const Block&, const Block&) = default;
};

} // namespace app
