#include "app/document/layer_training.h"

namespace app {

bool LayerTraining::appliesTo(BlockKind kind) {
    return isRecurrent(kind) || kind == BlockKind::Embedding || kind == BlockKind::Dense;
}

bool LayerTraining::isTrainingProperty(const QString& name) {
    return name == frozenProperty() || name == rateFactorProperty();
}

core::GroupTraining LayerTraining::of(const Block& block) {
    core::GroupTraining training;
    training.frozen = block.properties.value(frozenProperty()) == QStringLiteral("true");
    bool ok = false;
    const double factor = block.properties.value(rateFactorProperty()).toDouble(&ok);
    if (ok && factor >= 0)
        training.rateScale = factor;
    return training;
}

core::GroupTrainingMap LayerTraining::groups(const NetworkGraph& graph,
                                             const CompiledNetwork& compiled) {
    core::GroupTrainingMap out;
    const auto add = [&](int blockId, const std::string& group) {
        const Block* block = graph.block(blockId);
        if (block && appliesTo(block->kind) && !of(*block).isDefault())
            out[group] = of(*block);
    };
    for (qsizetype l = 0; l < compiled.layerBlocks.size(); ++l)
        add(compiled.layerBlocks[l], "layer" + std::to_string(l));
    if (compiled.spec.inputKind == core::InputKind::Tokens)
        for (const Block& block : graph.blocks)
            if (block.kind == BlockKind::Embedding)
                add(block.id, "embedding");
    if (compiled.denseBlock != 0)
        add(compiled.denseBlock, "head");
    return out;
}

QString LayerTraining::badgeText(const Block& block) {
    if (!appliesTo(block.kind))
        return {};
    const core::GroupTraining training = of(block);
    if (training.frozen)
        return tr("frozen");
    if (training.rateScale != 1.0)
        return tr("rate ×%1").arg(training.rateScale);
    return {};
}

} // namespace app
