#include "training/network_transfer.h"

#include "core/network_initializer.h"
#include "data/task_registry.h"
#include "data/text_task.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace training {

namespace {

std::string cellName(core::CellKind cell) {
    switch (cell) {
    case core::CellKind::Rnn:
        return "a plain RNN";
    case core::CellKind::Gru:
        return "a GRU";
    case core::CellKind::PeepholeLstm:
        return "a peephole LSTM";
    default:
        return "an LSTM";
    }
}

std::string inputKindName(core::InputKind kind) {
    return kind == core::InputKind::Tokens ? "tokens" : "features";
}

/** The width of what layer l reads. */
core::Index inputWidth(const core::NetworkSpec& spec, size_t l) {
    if (l > 0)
        return spec.layers[l - 1].hidden * (spec.layers[l - 1].bidirectional ? 2 : 1);
    return spec.inputKind == core::InputKind::Tokens ? spec.embeddingSize : spec.inputSize;
}

std::string layerProblem(const core::NetworkSpec& saved, const core::NetworkSpec& target,
                         size_t l) {
    const core::RecurrentLayerSpec& a = target.layers[l];
    const core::RecurrentLayerSpec& b = saved.layers[l];
    const std::string name = "layer " + std::to_string(l);
    if (a.cell != b.cell)
        return name + " is " + cellName(a.cell) + " but the saved " + name + " is " +
               cellName(b.cell);
    if (a.hidden != b.hidden)
        return name + " has " + std::to_string(a.hidden) + " units but the saved " + name +
               " has " + std::to_string(b.hidden);
    if (a.bidirectional != b.bidirectional)
        return name + (a.bidirectional ? " is" : " is not") + " bidirectional but the saved " +
               name + (b.bidirectional ? " is" : " is not");
    if (a.activation != b.activation)
        return name + " uses " + core::activationName(a.activation) + " but the saved " + name +
               " uses " + core::activationName(b.activation);
    if (inputWidth(target, l) != inputWidth(saved, l))
        return name + " expects input " + std::to_string(inputWidth(target, l)) +
               " but the saved " + name + " has " + std::to_string(inputWidth(saved, l));
    return {};
}

int takenLayers(const core::NetworkSpec& saved, int takeLayers) {
    return takeLayers < 0 ? int(saved.layers.size()) : takeLayers;
}

/** Target index → saved index of the same symbol (−1: not in the saved vocabulary). */
std::vector<core::Index> symbolMap(const std::vector<std::string>& saved,
                                   const std::vector<std::string>& target, int* shared) {
    std::map<std::string, core::Index> where;
    for (size_t i = 0; i < saved.size(); ++i)
        where.emplace(saved[i], core::Index(i));
    std::vector<core::Index> out;
    *shared = 0;
    for (const std::string& symbol : target) {
        const auto it = where.find(symbol);
        out.push_back(it == where.end() ? -1 : it->second);
        *shared += it == where.end() ? 0 : 1;
    }
    return out;
}

/** Copies rows of `from` into `to` by `map` (to row j ← from row map[j], skipped when −1). */
void copyRows(core::MatrixMap<float> from, core::MatrixMap<double> to,
              const std::vector<core::Index>& map) {
    for (core::Index j = 0; j < to.rows() && j < core::Index(map.size()); ++j)
        if (map[size_t(j)] >= 0)
            to.row(j) = from.row(map[size_t(j)]).cast<double>();
}

/** The rows map for a tensor of `targetRows` rows: by symbol when both vocabularies fit, the
 * identity when the sizes agree, none otherwise (empty). */
std::vector<core::Index> rowMap(core::Index savedRows, core::Index targetRows,
                                const NetworkTransfer::Plan& plan, int* shared) {
    if (core::Index(plan.savedSymbols.size()) == savedRows &&
        core::Index(plan.targetSymbols.size()) == targetRows && savedRows > 0)
        return symbolMap(plan.savedSymbols, plan.targetSymbols, shared);
    if (savedRows != targetRows)
        return {};
    std::vector<core::Index> identity;
    for (core::Index j = 0; j < targetRows; ++j)
        identity.push_back(j);
    *shared = int(targetRows);
    return identity;
}

void takeEmbedding(core::Network<float>& saved, core::Network<double>& out,
                   const NetworkTransfer::Plan& plan, NetworkTransfer::Report& r) {
    int shared = 0;
    const auto map = rowMap(saved.spec().inputSize, out.spec().inputSize, plan, &shared);
    copyRows(saved.parameter("embedding.weight"), out.parameter("embedding.weight"), map);
    r.sharedSymbols = plan.targetSymbols.empty() ? -1 : shared;
    r.lines.push_back("embedding: " + std::to_string(map.empty() ? 0 : shared) + " of " +
                      std::to_string(out.spec().inputSize) + " symbols taken, the others new");
}

/** Every tensor of the saved layers 0…k−1 (both directions), by name. */
void takeLayers(core::Network<float>& saved, core::Network<double>& out, int k,
                NetworkTransfer::Report& r) {
    const core::NetworkSpec& target = out.spec();
    for (int l = 0; l < int(target.layers.size()); ++l) {
        const std::string suffix = core::Network<float>::layerSuffix(l, false);
        if (l < k)
            for (const core::ParameterInfo& info : saved.parameterInfos())
                if (info.name.rfind("rnn.", 0) == 0 &&
                    (info.name.ends_with(suffix) || info.name.ends_with(suffix + "_reverse")))
                    out.parameter(info.name) = saved.parameter(info.name).cast<double>();
        r.lines.push_back("layer " + std::to_string(l) + ": " + (l < k ? "taken" : "new") + " (" +
                          core::cellKindName(target.layers[size_t(l)].cell) + ", " +
                          std::to_string(target.layers[size_t(l)].hidden) + " units)");
    }
}

/** The head's rows of shared outputs, when it reads what it read before: every layer taken,
 * none added, no attention (whose weights would be new). */
void takeHead(core::Network<float>& saved, core::Network<double>& out, int k,
              const NetworkTransfer::Plan& plan, NetworkTransfer::Report& r) {
    const core::NetworkSpec& from = saved.spec();
    const core::NetworkSpec& to = out.spec();
    const bool fits =
        k == int(from.layers.size()) && k == int(to.layers.size()) &&
        to.headInputSize() == from.headInputSize() && to.outputMode == from.outputMode &&
        from.attention == core::AttentionKind::None && to.attention == core::AttentionKind::None;
    int shared = 0;
    const auto map =
        fits ? rowMap(from.outputSize, to.outputSize, plan, &shared) : std::vector<core::Index>{};
    if (!map.empty()) {
        copyRows(saved.parameter("head.weight"), out.parameter("head.weight"), map);
        copyRows(saved.parameter("head.bias"), out.parameter("head.bias"), map);
    }
    r.lines.push_back("head: " + std::to_string(map.empty() ? 0 : shared) + " of " +
                      std::to_string(to.outputSize) + " outputs taken, the others new");
}

} // namespace

core::NetworkSpec NetworkTransfer::targetSpec(const core::NetworkSpec& saved, int takeLayers,
                                              const std::vector<core::RecurrentLayerSpec>& added,
                                              const core::NetworkSpec& task) {
    core::NetworkSpec spec = task;
    const int k = std::min(takenLayers(saved, takeLayers), int(saved.layers.size()));
    spec.layers.assign(saved.layers.begin(), saved.layers.begin() + std::max(0, k));
    spec.layers.insert(spec.layers.end(), added.begin(), added.end());
    if (spec.layers.empty())
        spec.layers = task.layers;
    if (k > 0 && spec.inputKind == core::InputKind::Tokens &&
        saved.inputKind == core::InputKind::Tokens)
        spec.embeddingSize = saved.embeddingSize;
    return spec;
}

std::string NetworkTransfer::problem(const core::NetworkSpec& saved,
                                     const core::NetworkSpec& target, int takeLayers) {
    const int k = takenLayers(saved, takeLayers);
    if (k > int(saved.layers.size()))
        return "the saved network has " + std::to_string(saved.layers.size()) +
               " recurrent layer(s): it cannot give " + std::to_string(k);
    if (k > int(target.layers.size()))
        return "the new network has " + std::to_string(target.layers.size()) +
               " recurrent layer(s): it cannot take " + std::to_string(k) + " saved ones";
    if (k == 0)
        return {};
    if (saved.inputKind != target.inputKind)
        return "the new network reads " + inputKindName(target.inputKind) +
               " but the saved network reads " + inputKindName(saved.inputKind);
    if (target.inputKind == core::InputKind::Tokens && target.embeddingSize != saved.embeddingSize)
        return "the embedding has " + std::to_string(target.embeddingSize) +
               " values per symbol but the saved embedding has " +
               std::to_string(saved.embeddingSize);
    for (size_t l = 0; l < size_t(k); ++l)
        if (std::string error = layerProblem(saved, target, l); !error.empty())
            return error;
    return {};
}

core::Network<double> NetworkTransfer::build(const core::NetworkSpec& savedSpec,
                                             const core::Vector<float>& savedWeights,
                                             const core::NetworkSpec& target, const Plan& plan,
                                             Report* report) {
    if (const std::string error = problem(savedSpec, target, plan.takeLayers); !error.empty())
        throw std::invalid_argument(error);
    core::Network<float> saved(savedSpec);
    if (savedWeights.size() != saved.parameterCount())
        throw std::invalid_argument("the saved weights (" + std::to_string(savedWeights.size()) +
                                    ") do not fit the saved network (" +
                                    std::to_string(saved.parameterCount()) + " parameters)");
    saved.values() = savedWeights;
    core::Network<double> out(target);
    core::NetworkInitializer::initialize(out, core::InitOptions(), plan.seed);
    Report local;
    Report& r = report ? *report : local;
    const int k = takenLayers(savedSpec, plan.takeLayers);
    if (k > 0 && target.inputKind == core::InputKind::Tokens)
        takeEmbedding(saved, out, plan, r);
    takeLayers(saved, out, k, r);
    takeHead(saved, out, k, plan, r);
    return out;
}

std::vector<std::string> NetworkTransfer::symbolsOf(const data::Task& task) {
    std::vector<std::string> out;
    if (const auto* text = dynamic_cast<const data::TextTask*>(&task))
        for (std::int32_t id = 0; id < text->vocabulary().size(); ++id)
            out.push_back(text->vocabulary().decode({id}));
    return out;
}

core::Network<double>
NetworkTransfer::fromSession(const session::Session& saved, const data::Task& task, int takeLayers,
                             const std::vector<core::RecurrentLayerSpec>& added, std::uint64_t seed,
                             Report* report) {
    Plan plan;
    plan.takeLayers = takeLayers;
    plan.seed = seed;
    plan.targetSymbols = symbolsOf(task);
    if (!plan.targetSymbols.empty() && !saved.task.name.empty()) {
        const auto savedTask = data::TaskRegistry::builtIn().make(
            saved.task.name, saved.task.options, saved.task.seed);
        plan.savedSymbols = symbolsOf(*savedTask);
    }
    const core::NetworkSpec target =
        targetSpec(saved.spec, takeLayers, added, task.recommendedNetwork());
    return build(saved.spec, saved.weights, target, plan, report);
}

} // namespace training
