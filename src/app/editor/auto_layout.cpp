#include "app/editor/auto_layout.h"

#include "app/document/network_document.h"
#include "app/document/spec_layout.h"
#include "app/editor/block_item.h"
#include "app/editor/network_scene.h"

#include <QMap>
#include <QUndoStack>
#include <QtMath>
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

bool AutoLayout::apply(NetworkDocument* document, const QString& text) {
    if (document->isEditingLocked())
        return false;
    const NetworkGraph& graph = document->graph();
    const QHash<int, QPointF> target = positions(graph);
    QList<QPair<int, QPointF>> moves;
    for (const Block& block : graph.blocks)
        if (target.value(block.id, block.position) != block.position)
            moves.append({block.id, target.value(block.id) - block.position});
    if (moves.isEmpty())
        return false;
    // Moves of different blocks never merge: the macro makes them one step.
    document->undoStack()->beginMacro(text);
    for (const auto& [id, delta] : moves)
        document->moveBlocks({id}, delta);
    document->undoStack()->endMacro();
    return true;
}

QPointF AutoLayout::freePlace(const NetworkGraph& graph, QPointF centre) {
    const double grid = NetworkScene::kGrid;
    const auto snap = [grid](double v) {
        return qRound(v / grid) * grid;
    };
    QPointF place(snap(centre.x() - BlockItem::kWidth / 2),
                  snap(centre.y() - BlockItem::kHeight / 2));
    for (int tries = 0; tries < 50; ++tries) {
        bool taken = false;
        for (const Block& block : graph.blocks)
            taken = taken || (qAbs(block.position.x() - place.x()) < BlockItem::kWidth / 2 &&
                              qAbs(block.position.y() - place.y()) < BlockItem::kHeight / 2);
        if (!taken)
            break;
        place += QPointF(2 * grid, 2 * grid);
    }
    return place;
}

} // namespace app
