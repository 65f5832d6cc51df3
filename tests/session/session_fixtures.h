#pragma once
/**
 * Sessions for the session tests: every field of session::Session set to something other than
 * its default (NaN, ±∞, −0 and subnormal numbers where a value may hold them), so a round trip
 * that forgot a field shows; and a field-by-field comparison that compares floating-point values
 * by their bits.
 */
#include "core/network.h"
#include "session/session.h"

#include <bit>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>

namespace fixtures {

inline core::RecurrentLayerSpec layer(core::CellKind cell, core::Index hidden,
                                      bool bidirectional = false,
                                      core::Activation activation = core::Activation::Tanh) {
    core::RecurrentLayerSpec spec;
    spec.cell = cell;
    spec.hidden = hidden;
    spec.bidirectional = bidirectional;
    spec.activation = activation;
    spec.dropoutAfter = 0.125;
    return spec;
}

inline core::NetworkSpec features(std::vector<core::RecurrentLayerSpec> layers) {
    core::NetworkSpec spec;
    spec.inputSize = 3;
    spec.outputSize = 2;
    spec.layers = std::move(layers);
    return spec;
}

inline core::NetworkSpec attention(core::AttentionKind kind) {
    core::NetworkSpec spec = features({layer(core::CellKind::Gru, 5, true)});
    spec.attention = kind;
    spec.attentionSize = kind == core::AttentionKind::Additive ? 4 : 0;
    spec.outputMode = core::OutputMode::PerSequence;
    return spec;
}

inline core::NetworkSpec sequenceToSequence(core::CellKind cell) {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = 11;
    spec.embeddingSize = 4;
    spec.layers = {layer(cell, 6, true)};
    spec.attention = core::AttentionKind::Additive;
    spec.attentionSize = 5;
    spec.outputSize = 9;
    spec.outputMode = core::OutputMode::SequenceToSequence;
    spec.decoderVocabulary = 10;
    spec.decoderEmbeddingSize = 3;
    return spec;
}

/** splitmix64: the same numbers on every platform, so stored files can be checked against it. */
class Numbers {
public:
    explicit Numbers(std::uint64_t seed)
        : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /** A float in [−1, 1) with all 24 bits of mantissa used. */
    float real() {
        return float(std::int64_t(next() >> 40) - (std::int64_t(1) << 23)) / 8388608.0f;
    }

private:
    std::uint64_t m_state;
};

inline core::Vector<float> randomVector(core::Index size, Numbers& random) {
    core::Vector<float> v(size);
    for (core::Index i = 0; i < size; ++i)
        v[i] = random.real();
    if (size > 2) {
        v[0] = -0.0f;
        v[1] = std::numeric_limits<float>::denorm_min();
        v[2] = std::numeric_limits<float>::max();
    }
    return v;
}

inline core::Matrix<float> randomMatrix(core::Index rows, core::Index cols, Numbers& random) {
    core::Matrix<float> m(rows, cols);
    for (core::Index i = 0; i < m.size(); ++i)
        m.data()[i] = random.real();
    return m;
}

inline std::shared_ptr<const session::ProbeTrace> trace(int epoch, Numbers& random) {
    auto t = std::make_shared<session::ProbeTrace>();
    t->epoch = epoch;
    t->step = epoch * 7;
    t->sequence = 3;
    t->steps = 5;
    t->stride = 1;
    t->loss = 0.25 * epoch;
    session::ProbeLayerTrace layerTrace;
    layerTrace.name = "layer 1 (reverse)";
    layerTrace.gateNames = {"i", "f", "g", "o"};
    for (int g = 0; g < 4; ++g)
        layerTrace.gates.push_back(randomMatrix(5, 3, random));
    layerTrace.cell = randomMatrix(5, 3, random);
    layerTrace.hidden = randomMatrix(5, 3, random);
    layerTrace.hiddenGradientNorm = {1.0f, std::numeric_limits<float>::quiet_NaN(), 3.0f};
    layerTrace.cellGradientNorm = {std::numeric_limits<float>::infinity(), 0.5f};
    t->layers = {layerTrace, layerTrace};
    t->layers[1].name = "decoder";
    t->layers[1].cell.resize(0, 0);
    t->attention = randomMatrix(4, 5, random);
    t->outputs = randomMatrix(5, 2, random);
    return t;
}

inline session::TrainingHistory history(Numbers& random) {
    session::TrainingHistory h;
    for (int epoch = 1; epoch <= 4; ++epoch) {
        session::EpochRecord record{epoch,       epoch * 7,  1.0 / epoch, 0.5 / epoch,
                                    0.1 * epoch, epoch == 4, 1e-3,        2.5 * epoch};
        if (epoch == 1)
            record.validationLoss = record.validationMetric =
                std::numeric_limits<double>::quiet_NaN();
        h.addEpoch(record);
        h.addTrace(epoch, trace(epoch, random));
    }
    h.addEntry({session::HistoryEntry::Kind::SettingsChanged, 8, 2, "learning rate 0.01 → 0.001"});
    h.addEntry({session::HistoryEntry::Kind::Diverged, 12, 2, "loss is NaN\nat step 12"});
    h.addEntry({session::HistoryEntry::Kind::Reset, 20, 3, ""});
    return h;
}

/** A session of `spec` with every field set; `seed` varies the numbers. */
inline session::Session makeSession(const core::NetworkSpec& spec, unsigned seed = 1) {
    Numbers random(seed);
    session::Session s;
    s.diagram.blocks = {{1, "input", {{"size", "3"}}, 10.5, -20.25},
                        {2, "lstm", {{"hidden", "8"}, {"name", " spaced name "}}, 0.1, 1e300}};
    s.diagram.wires = {{1, 0, 2, 0}, {2, 1, 1, 3}};
    s.spec = spec;
    const core::Index count = core::Network<float>(spec).parameterCount();
    s.weights = randomVector(count, random);
    s.initialWeights = randomVector(count, random);
    s.optimizer.kind = core::OptimizerKind::AdamW;
    s.optimizer.buffers = {randomVector(count, random), randomVector(count, random).cwiseAbs()};
    s.optimizer.steps = 1234567890123;
    s.settings.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::AdamW);
    s.settings.optimizer.learningRate = 0.1 + 0.2; // not a short decimal
    s.settings.optimizer.nesterov = true;
    s.settings.schedule = {core::ScheduleKind::Cosine, 7, 0.5, 300, 1e-6, 25};
    s.settings.clipNorm = 0.0;
    s.settings.dropout = 0.3;
    s.settings.batchSize = 17;
    s.settings.epochs = 40;
    s.settings.patience = 5;
    s.settings.stopWhenSolved = true;
    s.position = {3,
                  11,
                  45,
                  3,
                  -0.0,
                  true,
                  std::numeric_limits<double>::infinity(),
                  2,
                  1,
                  std::numeric_limits<double>::denorm_min(),
                  12.75};
    s.seed = 0xFFFFFFFFFFFFFFFFull;
    s.threads = 2;
    s.task.name = "dates";
    s.task.options = {{"lag", "100"}, {"file", "/tmp/a file.csv"}, {"empty", ""}};
    s.task.seed = 42;
    s.task.embeddedData = std::string("a,b\n1,2\n\0\xff binary \r\n", 20) + " end ";
    s.history = history(random);
    s.view = {7, 1, 2, 3, 4};
    return s;
}

template <typename Real>
bool sameBits(Real a, Real b) {
    return std::memcmp(&a, &b, sizeof(Real)) == 0;
}

template <typename Derived>
bool sameArray(const Eigen::PlainObjectBase<Derived>& a, const Eigen::PlainObjectBase<Derived>& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 ||
            std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(float)) == 0);
}

} // namespace fixtures
