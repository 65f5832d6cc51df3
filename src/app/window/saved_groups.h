#pragma once
/**
 * Puts a session's parameter groups (settings.groups: frozen layers, rate factors) back on the
 * editor's blocks, for sessions that keep them only in their settings (the CLI's `--freeze`,
 * `--layer-lr`): "layer<l>" goes to the block of spec layer l, "embedding" to the embedding
 * block, "head" to the dense block before the output, so the editor shows what the run freezes.
 * Groups the blocks cannot express (single gates such as "layer1.f") are left out.
 */
#include "app/document/network_graph.h"
#include "app/document/spec_compiler.h"
#include "core/parameter_groups.h"

namespace app {

class SavedGroups {
public:
    /** `graph` with the blocks' frozen flags and rate factors set from `groups`. */
    static NetworkGraph applied(const NetworkGraph& graph, const CompiledNetwork& compiled,
                                const core::GroupTrainingMap& groups);
};

} // namespace app
