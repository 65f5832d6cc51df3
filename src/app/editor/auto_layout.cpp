#include "app/editor/auto_layout.h"

#include "app/document/spec_layout.h"

#include <QMap>
#include <algorithm>
#include <limits>

namespace app {

QHash<int, int> AutoLayout::columns(const NetworkGraph& graph) {
    QHash<int, int> column;
    for (const Block& block : graph.blocks)
        column.insert(block.id, 0);
    // Longest paths by relaxation; a path longer than the number of blocks is a cycle's.
    const int limit = int(graph.blocks.size());
    for (int round = 0; round < limit; ++round) {
        bool changed = false;
        for (const Wire& wire : graph.wires) {
            if (!column.contains(wire.fromBlock) || !column.contains(wire.toBlock))
                continue;
            const int next = column.value(wire.fromBlock) + 1;
            if (next > column.value(wire.toBlock) && next < limit) {
                column.insert(wire.toBlock, next);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return column;
}

QHash<int, QPointF> AutoLayout::positions(const NetworkGraph& graph) {
    QHash<int, QPointF> result;
    if (graph.blocks.isEmpty())
        return result;
    const QHash<int, int> column = columns(graph);
    QPointF origin(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    QMap<int, QList<const Block*>> byColumn;
    for (const Block& block : graph.blocks) {
        origin.setX(std::min(origin.x(), block.position.x()));
        origin.setY(std::min(origin.y(), block.position.y()));
        byColumn[column.value(block.id)].append(&block);
    }
    QHash<int, double> row; // of the blocks placed so far
    for (QList<const Block*>& blocks : byColumn) {
        // Order a column by the mean row of its feeders, then by where the blocks are now.
        QHash<int, double> key;
        for (const Block* block : blocks) {
            double sum = 0;
            int count = 0;
            for (const Wire& wire : graph.wires)
                if (wire.toBlock == block->id && row.contains(wire.fromBlock)) {
                    sum += row.value(wire.fromBlock);
                    ++count;
                }
            key.insert(block->id, count ? sum / count : block->position.y() / SpecLayout::kRow);
        }
        std::stable_sort(blocks.begin(), blocks.end(), [&key](const Block* a, const Block* b) {
            return key.value(a->id) < key.value(b->id);
        });
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const int id = blocks[i]->id;
            row.insert(id, double(i));
            result.insert(id, origin + QPointF(column.value(id) * SpecLayout::kColumn,
                                               double(i) * SpecLayout::kRow));
        }
    }
    return result;
}

} // namespace app
