#include "core/parameter_groups.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

namespace core {

namespace {

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/** Whether tensor `name` belongs to recurrent layer `layer` (either direction). */
bool inLayer(const std::string& name, Index layer) {
    if (!startsWith(name, "rnn."))
        return false;
    const std::string forward = "_l" + std::to_string(layer);
    return endsWith(name, forward) || endsWith(name, forward + "_reverse");
}

/** "layer<l>" or "layer<l>.<gate>" split into l and the gate letter (0 when none); false when
 * `name` is not of that form. */
bool parseLayerGroup(const std::string& name, Index& layer, char& gate) {
    if (!startsWith(name, "layer") || name.size() < 6)
        return false;
    size_t end = 5;
    while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end])))
        ++end;
    if (end == 5 || end - 5 > 6)
        return false;
    layer = std::stoll(name.substr(5, end - 5));
    gate = 0;
    if (end == name.size())
        return true;
    if (name.size() != end + 2 || name[end] != '.')
        return false;
    gate = name[end + 1];
    return true;
}

template <typename T>
void gateSpans(const Network<T>& network, Index layer, char gate,
               std::vector<ParameterGroups::Span>& out) {
    const RecurrentLayerSpec& spec = network.spec().layers[size_t(layer)];
    const std::string letters = ParameterGroups::gateLetters(spec.cell);
    const size_t g = letters.find(gate);
    if (g == std::string::npos)
        return;
    for (const ParameterInfo& info : network.parameterInfos()) {
        if (!inLayer(info.name, layer))
            continue;
        if (info.name.find("peephole") != std::string::npos) {
            if (info.name.find(std::string("peephole_") + gate) != std::string::npos)
                out.emplace_back(info.offset, info.size());
            continue;
        }
        const Index block = info.rows / Index(letters.size()) * info.cols;
        out.emplace_back(info.offset + Index(g) * block, block);
    }
}

} // namespace

std::string ParameterGroups::gateLetters(CellKind kind) {
    switch (kind) {
    case CellKind::Rnn:
        return "a";
    case CellKind::Gru:
        return "rzn";
    default:
        return "ifgo";
    }
}

std::vector<std::string> ParameterGroups::names(const NetworkSpec& spec) {
    std::vector<std::string> out;
    if (spec.inputKind == InputKind::Tokens)
        out.push_back("embedding");
    for (size_t l = 0; l < spec.layers.size(); ++l) {
        const std::string layer = "layer" + std::to_string(l);
        out.push_back(layer);
        for (char gate : gateLetters(spec.layers[l].cell))
            out.push_back(layer + "." + gate);
    }
    if (spec.attention != AttentionKind::None)
        out.push_back("attention");
    if (spec.outputMode == OutputMode::SequenceToSequence)
        out.push_back("decoder");
    out.push_back("head");
    return out;
}

std::string ParameterGroups::problem(const NetworkSpec& spec, const GroupTrainingMap& groups) {
    const std::vector<std::string> known = names(spec);
    for (const auto& [name, training] : groups) {
        if (std::find(known.begin(), known.end(), name) == known.end())
            return "the network has no parameter group \"" + name + "\" (it has " +
                   std::to_string(spec.layers.size()) + " recurrent layers, numbered from 0)";
        if (!(training.rateScale >= 0) || !std::isfinite(training.rateScale))
            return "the learning-rate factor of \"" + name + "\" must be a number ≥ 0";
    }
    return {};
}

template <typename T>
std::vector<ParameterGroups::Span> ParameterGroups::spans(const Network<T>& network,
                                                          const std::string& name) {
    std::vector<Span> out;
    Index layer = 0;
    char gate = 0;
    const bool isLayer = parseLayerGroup(name, layer, gate);
    if (startsWith(name, "layer")) {
        if (!isLayer || layer >= Index(network.spec().layers.size()))
            return out;
        if (gate != 0) {
            gateSpans(network, layer, gate, out);
            return out;
        }
    }
    for (const ParameterInfo& info : network.parameterInfos()) {
        bool member = false;
        if (isLayer)
            member = inLayer(info.name, layer);
        else if (name == "embedding")
            member = info.name == "embedding.weight";
        else if (name == "attention" || name == "head")
            member = startsWith(info.name, name + ".");
        else if (name == "decoder")
            member = startsWith(info.name, "decoder");
        if (member)
            out.emplace_back(info.offset, info.size());
    }
    return out;
}

template <typename T>
Vector<T> ParameterGroups::multipliers(const Network<T>& network, const GroupTrainingMap& groups) {
    if (const std::string error = problem(network.spec(), groups); !error.empty())
        throw std::invalid_argument(error);
    bool allOne = true;
    for (const auto& [name, training] : groups)
        allOne &= training.effectiveScale() == 1.0;
    if (allOne)
        return {};
    Vector<T> m = Vector<T>::Ones(network.parameterCount());
    for (const auto& [name, training] : groups)
        for (const auto& [offset, size] : spans(network, name))
            m.segment(offset, size) *= T(training.effectiveScale());
    return m;
}

template std::vector<ParameterGroups::Span> ParameterGroups::spans(const Network<float>&,
                                                                   const std::string&);
template std::vector<ParameterGroups::Span> ParameterGroups::spans(const Network<double>&,
                                                                   const std::string&);
template Vector<float> ParameterGroups::multipliers(const Network<float>&, const GroupTrainingMap&);
template Vector<double> ParameterGroups::multipliers(const Network<double>&,
                                                     const GroupTrainingMap&);

} // namespace core
