#pragma once
/**
 * Transfer learning in the editor: a layer block (recurrent, embedding, dense head) can be frozen
 * or given a learning-rate factor of its own, kept as two block properties beside its others
 * ("frozen" = "true", "rate-factor" = "0.1"), so they are saved with the diagram, copied with the
 * block and undone like any edit. groups() turns them into the core's parameter groups
 * (core::ParameterGroups): a recurrent block of n layers gives "layer<l>" for each of its spec
 * layers, an embedding block "embedding", the dense block before the output "head".
 */
#include "app/document/block.h"
#include "app/document/network_graph.h"
#include "app/document/spec_compiler.h"
#include "core/parameter_groups.h"

#include <QCoreApplication>
#include <QString>

namespace app {

class LayerTraining {
    Q_DECLARE_TR_FUNCTIONS(LayerTraining)

public:
    static QString frozenProperty() { return QStringLiteral("frozen"); }
    static QString rateFactorProperty() { return QStringLiteral("rate-factor"); }

    /** Whether blocks of the kind hold weights that can be frozen. */
    static bool appliesTo(BlockKind kind);
    static bool isTrainingProperty(const QString& name);
    /** The block's frozen flag and rate factor (not frozen, factor 1 when unset). */
    static core::GroupTraining of(const Block& block);
    /** The groups of every block whose training is not the default. */
    static core::GroupTrainingMap groups(const NetworkGraph& graph,
                                         const CompiledNetwork& compiled);
    /** What the canvas writes on the block: "frozen", "rate ×0.1", or nothing. */
    static QString badgeText(const Block& block);
};

} // namespace app
