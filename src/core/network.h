#pragma once
/**
 * A network's identity and weights: its spec and one flat parameter vector with a named view per
 * tensor (PyTorch state_dict names). Running it is NetworkExecutor's job; a network can be shared
 * by several executors (one per thread), each with a gradient vector of its own.
 *
 * Flat order: embedding.weight; for each layer l, forward then reverse direction,
 * rnn.{weight_ih, weight_hh, bias_ih, bias_hh}_l{l}[_reverse] (+ peepholes); attention.*;
 * decoder_embedding.weight; decoder.*_l0; head.weight (O×headInput), head.bias (O).
 */
#include "core/network_spec.h"
#include "core/parameter_info.h"
#include "core/types.h"

#include <optional>
#include <string>
#include <vector>

namespace core {

template <typename T>
class Network {
public:
    /** Throws std::invalid_argument with NetworkSpec::validate()'s words when it cannot be built.
     */
    explicit Network(NetworkSpec spec);

    const NetworkSpec& spec() const { return m_spec; }
    const std::vector<ParameterInfo>& parameterInfos() const { return m_infos; }
    const ParameterInfo* find(const std::string& name) const;
    Index parameterCount() const { return m_values.size(); }

    Vector<T>& values() { return m_values; }
    const Vector<T>& values() const { return m_values; }
    /** The named tensor as a rows×cols row-major view. Throws std::out_of_range if unknown. */
    MatrixMap<T> parameter(const std::string& name);
    ConstMatrixMap<T> parameter(const std::string& name) const;

    /** The same network in another precision. */
    template <typename U>
    Network<U> converted() const {
        Network<U> out(m_spec);
        out.values() = m_values.template cast<U>();
        return out;
    }

    /** Names of a recurrent layer's direction prefix, e.g. ("rnn", 1, true) → "_l1_reverse". */
    static std::string layerSuffix(Index layer, bool reverse);

private:
    void addParameter(const std::string& name, Index rows, Index cols);

    NetworkSpec m_spec;
    std::vector<ParameterInfo> m_infos;
    Vector<T> m_values;
};

} // namespace core
