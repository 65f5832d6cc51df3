#include "core/network_initializer.h"

#include "core/initializer.h"

#include <cmath>
#include <random>

namespace core {

namespace {

/** One recurrent layer direction's tensors: "<prefix>weight_ih<suffix>" and so on. */
struct RecurrentGroup {
    std::string prefix, suffix;
    CellKind cell;
    Index hidden;
};

std::vector<RecurrentGroup> recurrentGroups(const NetworkSpec& spec) {
    std::vector<RecurrentGroup> groups;
    for (size_t l = 0; l < spec.layers.size(); ++l)
        for (bool reverse : {false, true})
            if (!reverse || spec.layers[l].bidirectional)
                groups.push_back({"rnn.", "_l" + std::to_string(l) + (reverse ? "_reverse" : ""),
                                  spec.layers[l].cell, spec.layers[l].hidden});
    if (spec.outputMode == OutputMode::SequenceToSequence)
        groups.push_back({"decoder.", "_l0", spec.layers.back().cell, spec.recurrentOutputSize()});
    return groups;
}

template <typename T>
MatrixMap<T> view(Network<T>& network, const std::string& name) {
    return network.parameter(name);
}

/** Applies `fill` to each gate block (rows g·H … g·H+H−1) of a stacked weight. */
template <typename T, typename Fill>
void perGateBlock(MatrixMap<T> weight, Index hidden, Fill fill) {
    for (Index gate = 0; gate < weight.rows() / hidden; ++gate)
        fill(MatrixMap<T>(weight.data() + gate * hidden * weight.cols(), hidden, weight.cols()));
}

template <typename T>
void initializeRecurrent(Network<T>& network, const RecurrentGroup& group,
                         const InitOptions& options, std::mt19937_64& engine) {
    const auto name = [&](const char* stem) {
        return group.prefix + stem + group.suffix;
    };
    MatrixMap<T> weightIh = view(network, name("weight_ih"));
    MatrixMap<T> weightHh = view(network, name("weight_hh"));
    MatrixMap<T> biasIh = view(network, name("bias_ih"));
    MatrixMap<T> biasHh = view(network, name("bias_hh"));
    if (options.scheme == InitScheme::PyTorchDefault) {
        // nn.RNN/LSTM/GRU draw every tensor in state_dict order from U(−1/√H, 1/√H).
        for (MatrixMap<T>* tensor : {&weightIh, &weightHh, &biasIh, &biasHh})
            initializePytorchDefault(*tensor, group.hidden, engine);
    } else {
        perGateBlock(weightIh, group.hidden,
                     [&](MatrixMap<T> block) { initializeXavierUniform(block, 1.0, engine); });
        perGateBlock(weightHh, group.hidden, [&](MatrixMap<T> block) {
            if (options.scheme == InitScheme::Orthogonal)
                initializeOrthogonal(block, 1.0, engine);
            else
                initializeXavierUniform(block, 1.0, engine);
        });
        initializeConstant(biasIh, 0.0);
        initializeConstant(biasHh, 0.0);
    }
    if (hasCellState(group.cell)) {
        for (const char* stem : {"weight_peephole_i", "weight_peephole_f", "weight_peephole_o"})
            if (network.find(name(stem)))
                initializeConstant(view(network, name(stem)), 0.0);
        if (options.forgetBias) {
            biasIh.middleRows(group.hidden, group.hidden).setConstant(T(*options.forgetBias / 2));
            biasHh.middleRows(group.hidden, group.hidden).setConstant(T(*options.forgetBias / 2));
        }
    }
    weightHh *= T(options.recurrentScale);
}

/** nn.Linear's default: weight and bias ~ U(−1/√fan_in, 1/√fan_in). */
template <typename T>
void initializeLinear(MatrixMap<T> weight, MatrixMap<T> bias, std::mt19937_64& engine) {
    const double bound = 1.0 / std::sqrt(double(weight.cols()));
    initializeUniform(weight, -bound, bound, engine);
    initializeUniform(bias, -bound, bound, engine);
}

} // namespace

std::string initSchemeName(InitScheme scheme) {
    switch (scheme) {
    case InitScheme::PyTorchDefault:
        return "pytorch";
    case InitScheme::Xavier:
        return "xavier";
    case InitScheme::Orthogonal:
        return "orthogonal";
    }
    return "pytorch";
}

std::optional<InitScheme> initSchemeFromName(const std::string& name) {
    for (InitScheme scheme :
         {InitScheme::PyTorchDefault, InitScheme::Xavier, InitScheme::Orthogonal})
        if (initSchemeName(scheme) == name)
            return scheme;
    return std::nullopt;
}

template <typename T>
void NetworkInitializer::initialize(Network<T>& network, const InitOptions& options,
                                    std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    network.values().setZero();
    const NetworkSpec& spec = network.spec();
    if (spec.inputKind == InputKind::Tokens)
        initializeNormal(view(network, "embedding.weight"), 0.0, 1.0, engine);
    if (spec.outputMode == OutputMode::SequenceToSequence)
        initializeNormal(view(network, "decoder_embedding.weight"), 0.0, 1.0, engine);
    for (const RecurrentGroup& group : recurrentGroups(spec))
        initializeRecurrent(network, group, options, engine);
    if (spec.attention == AttentionKind::Additive) {
        initializeLinear(view(network, "attention.query_weight"), view(network, "attention.bias"),
                         engine);
        const double bound = 1.0 / std::sqrt(double(spec.recurrentOutputSize()));
        initializeUniform(view(network, "attention.key_weight"), -bound, bound, engine);
        initializeUniform(view(network, "attention.score_weight"), -bound, bound, engine);
    }
    initializeLinear(view(network, "head.weight"), view(network, "head.bias"), engine);
}

template void NetworkInitializer::initialize(Network<float>&, const InitOptions&, std::uint64_t);
template void NetworkInitializer::initialize(Network<double>&, const InitOptions&, std::uint64_t);

} // namespace core
