#pragma once
/**
 * Field-by-field comparison of two sessions for the session tests, floating-point values by their
 * bits (NaN == NaN, −0 != +0): the first difference, in words, or an empty string.
 */
#include "session_fixtures.h"

namespace fixtures {

class Differences {
public:
    template <typename T>
    void check(const std::string& what, const T& a, const T& b) {
        if (!m_first.empty())
            return;
        bool same = false;
        if constexpr (std::is_floating_point_v<T>)
            same = sameBits(a, b);
        else if constexpr (requires {
                               a.rows();
                               a.cols();
                               a.data();
                           })
            same = sameArray(a, b);
        else
            same = a == b;
        if (!same)
            m_first = what + " differs";
    }
    const std::string& first() const { return m_first; }

private:
    std::string m_first;
};

inline void compareTrace(Differences& d, const session::ProbeTrace& a,
                         const session::ProbeTrace& b) {
    d.check("trace epoch", a.epoch, b.epoch);
    d.check("trace step", a.step, b.step);
    d.check("trace sequence", a.sequence, b.sequence);
    d.check("trace steps", a.steps, b.steps);
    d.check("trace stride", a.stride, b.stride);
    d.check("trace loss", a.loss, b.loss);
    d.check("trace layer count", a.layers.size(), b.layers.size());
    for (std::size_t l = 0; l < std::min(a.layers.size(), b.layers.size()); ++l) {
        const session::ProbeLayerTrace &x = a.layers[l], &y = b.layers[l];
        d.check("trace layer name", x.name, y.name);
        d.check("trace gate names", x.gateNames, y.gateNames);
        d.check("trace gate count", x.gates.size(), y.gates.size());
        for (std::size_t g = 0; g < std::min(x.gates.size(), y.gates.size()); ++g)
            d.check("trace gate", x.gates[g], y.gates[g]);
        d.check("trace cell", x.cell, y.cell);
        d.check("trace hidden", x.hidden, y.hidden);
        d.check("trace hidden norm count", x.hiddenGradientNorm.size(),
                y.hiddenGradientNorm.size());
        for (std::size_t i = 0; i < x.hiddenGradientNorm.size() && i < y.hiddenGradientNorm.size();
             ++i)
            d.check("trace hidden norm", x.hiddenGradientNorm[i], y.hiddenGradientNorm[i]);
        d.check("trace cell norm count", x.cellGradientNorm.size(), y.cellGradientNorm.size());
        for (std::size_t i = 0; i < x.cellGradientNorm.size() && i < y.cellGradientNorm.size(); ++i)
            d.check("trace cell norm", x.cellGradientNorm[i], y.cellGradientNorm[i]);
    }
    d.check("trace attention", a.attention, b.attention);
    d.check("trace outputs", a.outputs, b.outputs);
}

inline void compareHistory(Differences& d, const session::TrainingHistory& a,
                           const session::TrainingHistory& b) {
    d.check("epoch record count", a.epochs().size(), b.epochs().size());
    for (std::size_t i = 0; i < std::min(a.epochs().size(), b.epochs().size()); ++i) {
        const session::EpochRecord &x = a.epochs()[i], &y = b.epochs()[i];
        d.check("record epoch", x.epoch, y.epoch);
        d.check("record step", x.step, y.step);
        d.check("record train loss", x.trainLoss, y.trainLoss);
        d.check("record validation loss", x.validationLoss, y.validationLoss);
        d.check("record validation metric", x.validationMetric, y.validationMetric);
        d.check("record solved", x.solved, y.solved);
        d.check("record learning rate", x.learningRate, y.learningRate);
        d.check("record seconds", x.seconds, y.seconds);
    }
    d.check("entry count", a.entries().size(), b.entries().size());
    for (std::size_t i = 0; i < std::min(a.entries().size(), b.entries().size()); ++i) {
        const session::HistoryEntry &x = a.entries()[i], &y = b.entries()[i];
        d.check("entry kind", x.kind, y.kind);
        d.check("entry step", x.step, y.step);
        d.check("entry epoch", x.epoch, y.epoch);
        d.check("entry text", x.text, y.text);
    }
    d.check("trace count", a.traces().size(), b.traces().size());
    for (auto x = a.traces().begin(), y = b.traces().begin();
         x != a.traces().end() && y != b.traces().end(); ++x, ++y) {
        d.check("trace epoch key", x->first, y->first);
        compareTrace(d, *x->second, *y->second);
    }
    d.check("trace bytes", a.traceBytes(), b.traceBytes());
    d.check("trace stride", a.traceStride(), b.traceStride());
    d.check("first trace epoch", a.firstTraceEpoch(), b.firstTraceEpoch());
}

inline void compareSpec(Differences& d, const core::NetworkSpec& a, const core::NetworkSpec& b) {
    d.check("input kind", a.inputKind, b.inputKind);
    d.check("input size", a.inputSize, b.inputSize);
    d.check("embedding size", a.embeddingSize, b.embeddingSize);
    d.check("layer count", a.layers.size(), b.layers.size());
    for (std::size_t l = 0; l < std::min(a.layers.size(), b.layers.size()); ++l) {
        d.check("cell", a.layers[l].cell, b.layers[l].cell);
        d.check("hidden", a.layers[l].hidden, b.layers[l].hidden);
        d.check("bidirectional", a.layers[l].bidirectional, b.layers[l].bidirectional);
        d.check("activation", a.layers[l].activation, b.layers[l].activation);
        d.check("dropout after", a.layers[l].dropoutAfter, b.layers[l].dropoutAfter);
    }
    d.check("attention", a.attention, b.attention);
    d.check("attention size", a.attentionSize, b.attentionSize);
    d.check("output size", a.outputSize, b.outputSize);
    d.check("output mode", a.outputMode, b.outputMode);
    d.check("decoder vocabulary", a.decoderVocabulary, b.decoderVocabulary);
    d.check("decoder embedding", a.decoderEmbeddingSize, b.decoderEmbeddingSize);
}

inline void compareSettings(Differences& d, const session::TrainingSettings& a,
                            const session::TrainingSettings& b) {
    const core::OptimizerSettings &x = a.optimizer, &y = b.optimizer;
    d.check("optimizer kind", x.kind, y.kind);
    d.check("learning rate", x.learningRate, y.learningRate);
    d.check("momentum", x.momentum, y.momentum);
    d.check("nesterov", x.nesterov, y.nesterov);
    d.check("beta1", x.beta1, y.beta1);
    d.check("beta2", x.beta2, y.beta2);
    d.check("eps", x.eps, y.eps);
    d.check("alpha", x.alpha, y.alpha);
    d.check("weight decay", x.weightDecay, y.weightDecay);
    d.check("schedule kind", a.schedule.kind, b.schedule.kind);
    d.check("schedule step size", a.schedule.stepSize, b.schedule.stepSize);
    d.check("schedule gamma", a.schedule.gamma, b.schedule.gamma);
    d.check("schedule max steps", a.schedule.maxSteps, b.schedule.maxSteps);
    d.check("schedule minimum", a.schedule.minimumRate, b.schedule.minimumRate);
    d.check("schedule warm-up", a.schedule.warmupSteps, b.schedule.warmupSteps);
    d.check("clip norm", a.clipNorm, b.clipNorm);
    d.check("dropout", a.dropout, b.dropout);
    d.check("batch size", a.batchSize, b.batchSize);
    d.check("epochs", a.epochs, b.epochs);
    d.check("patience", a.patience, b.patience);
    d.check("stop when solved", a.stopWhenSolved, b.stopWhenSolved);
    d.check("BPTT truncation", a.bpttTruncation, b.bpttTruncation);
    d.check("frozen forget gate", a.frozenGates.forget, b.frozenGates.forget);
    d.check("frozen input gate", a.frozenGates.input, b.frozenGates.input);
    d.check("parameter groups", a.groups == b.groups, true);
}

inline std::string difference(const session::Session& a, const session::Session& b) {
    Differences d;
    d.check("block count", a.diagram.blocks.size(), b.diagram.blocks.size());
    for (std::size_t i = 0; i < std::min(a.diagram.blocks.size(), b.diagram.blocks.size()); ++i) {
        const session::DiagramBlock &x = a.diagram.blocks[i], &y = b.diagram.blocks[i];
        d.check("block id", x.id, y.id);
        d.check("block kind", x.kind, y.kind);
        d.check("block properties", x.properties, y.properties);
        d.check("block x", x.x, y.x);
        d.check("block y", x.y, y.y);
    }
    d.check("wire count", a.diagram.wires.size(), b.diagram.wires.size());
    for (std::size_t i = 0; i < std::min(a.diagram.wires.size(), b.diagram.wires.size()); ++i) {
        const session::DiagramWire &x = a.diagram.wires[i], &y = b.diagram.wires[i];
        d.check("wire", std::tie(x.fromBlock, x.fromPort, x.toBlock, x.toPort),
                std::tie(y.fromBlock, y.fromPort, y.toBlock, y.toPort));
    }
    compareSpec(d, a.spec, b.spec);
    d.check("weights", a.weights, b.weights);
    d.check("initial weights", a.initialWeights, b.initialWeights);
    d.check("optimizer state kind", a.optimizer.kind, b.optimizer.kind);
    d.check("optimizer buffer count", a.optimizer.buffers.size(), b.optimizer.buffers.size());
    for (std::size_t i = 0; i < std::min(a.optimizer.buffers.size(), b.optimizer.buffers.size());
         ++i)
        d.check("optimizer buffer", a.optimizer.buffers[i], b.optimizer.buffers[i]);
    d.check("optimizer steps", a.optimizer.steps, b.optimizer.steps);
    compareSettings(d, a.settings, b.settings);
    const session::TrainingPosition &p = a.position, &q = b.position;
    d.check("position",
            std::tie(p.epoch, p.batchIndex, p.step, p.completedEpochs, p.earlyStopped, p.bestEpoch,
                     p.epochsSinceBest),
            std::tie(q.epoch, q.batchIndex, q.step, q.completedEpochs, q.earlyStopped, q.bestEpoch,
                     q.epochsSinceBest));
    d.check("epoch loss sum", p.epochLossSum, q.epochLossSum);
    d.check("best loss", p.bestLoss, q.bestLoss);
    d.check("lowest batch loss", p.lowestBatchLoss, q.lowestBatchLoss);
    d.check("work seconds", p.workSeconds, q.workSeconds);
    d.check("seed", a.seed, b.seed);
    d.check("threads", a.threads, b.threads);
    d.check("task name", a.task.name, b.task.name);
    d.check("task options", a.task.options, b.task.options);
    d.check("task seed", a.task.seed, b.task.seed);
    d.check("embedded data", a.task.embeddedData, b.task.embeddedData);
    compareHistory(d, a.history, b.history);
    const session::ViewState &v = a.view, &w = b.view;
    d.check("view", std::tie(v.probeSequence, v.layer, v.unit, v.timeStep, v.epoch),
            std::tie(w.probeSequence, w.layer, w.unit, w.timeStep, w.epoch));
    return d.first();
}

} // namespace fixtures
