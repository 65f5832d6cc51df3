#include "session/parameter_count.h"

namespace session {

namespace {

/** Sums products of sizes, remembering whether anything overflowed. */
class Tally {
public:
    void add(std::uint64_t rows, std::uint64_t cols) {
        std::uint64_t product = 0;
        m_overflow |= __builtin_mul_overflow(rows, cols, &product);
        m_overflow |= __builtin_add_overflow(m_total, product, &m_total);
    }
    /** A recurrent layer of `cell` from `input` to `hidden` units (weights, biases, peepholes). */
    void addLayer(core::CellKind cell, std::uint64_t input, std::uint64_t hidden) {
        std::uint64_t gates = 0;
        m_overflow |= __builtin_mul_overflow(std::uint64_t(core::gateCount(cell)), hidden, &gates);
        add(gates, input);
        add(gates, hidden);
        add(gates, 2);
        if (cell == core::CellKind::PeepholeLstm)
            add(hidden, 3);
    }
    std::optional<std::uint64_t> total(std::uint64_t limit) const {
        if (m_overflow || m_total > limit)
            return std::nullopt;
        return m_total;
    }

private:
    std::uint64_t m_total = 0;
    bool m_overflow = false;
};

std::uint64_t size(core::Index value) {
    return value < 0 ? 0 : std::uint64_t(value);
}

} // namespace

std::optional<std::uint64_t> parameterCount(const core::NetworkSpec& spec, std::uint64_t limit) {
    Tally tally;
    std::uint64_t width = size(spec.inputSize);
    if (spec.inputKind == core::InputKind::Tokens) {
        tally.add(size(spec.inputSize), size(spec.embeddingSize));
        width = size(spec.embeddingSize);
    }
    for (const core::RecurrentLayerSpec& layer : spec.layers) {
        for (int direction = 0; direction < (layer.bidirectional ? 2 : 1); ++direction)
            tally.addLayer(layer.cell, width, size(layer.hidden));
        width = size(layer.hidden) * (layer.bidirectional ? 2 : 1);
        if (!tally.total(limit))
            return std::nullopt;
    }
    if (spec.attention == core::AttentionKind::Additive) {
        tally.add(size(spec.attentionSize), 2 * width);
        tally.add(size(spec.attentionSize), 2);
    }
    if (spec.outputMode == core::OutputMode::SequenceToSequence && !spec.layers.empty()) {
        tally.add(size(spec.decoderVocabulary), size(spec.decoderEmbeddingSize));
        tally.addLayer(spec.layers.back().cell, size(spec.decoderEmbeddingSize), width);
    }
    const bool context =
        spec.attention != core::AttentionKind::None && spec.outputMode != core::OutputMode::PerStep;
    tally.add(size(spec.outputSize), (context ? 2 * width : width) + 1);
    return tally.total(limit);
}

} // namespace session
