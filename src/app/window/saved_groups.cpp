#include "app/window/saved_groups.h"

#include "app/document/layer_training.h"

#include <string>

namespace app {

namespace {

/** The block that group `name` belongs to, or 0. */
int blockOf(const std::string& name, const NetworkGraph& graph, const CompiledNetwork& compiled) {
    if (name == "head")
        return compiled.denseBlock;
    if (name == "embedding") {
        for (const Block& block : graph.blocks)
            if (block.kind == BlockKind::Embedding)
                return block.id;
        return 0;
    }
    const std::string prefix = "layer";
    if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size())
        return 0;
    const std::string digits = name.substr(prefix.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos)
        return 0; // a single gate ("layer1.f"): no block of its own
    const qsizetype layer = std::stoi(digits);
    return layer < compiled.layerBlocks.size() ? compiled.layerBlocks[layer] : 0;
}

} // namespace

NetworkGraph SavedGroups::applied(const NetworkGraph& graph, const CompiledNetwork& compiled,
                                  const core::GroupTrainingMap& groups) {
    NetworkGraph out = graph;
    for (const auto& [name, training] : groups) {
        Block* block = out.block(blockOf(name, out, compiled));
        if (!block || !LayerTraining::appliesTo(block->kind))
            continue;
        if (training.frozen)
            block->properties[LayerTraining::frozenProperty()] = QStringLiteral("true");
        if (training.rateScale != 1.0)
            block->properties[LayerTraining::rateFactorProperty()] =
                QString::number(training.rateScale);
    }
    return out;
}

} // namespace app
