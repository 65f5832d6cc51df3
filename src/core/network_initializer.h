#pragma once
/**
 * Fills a network's parameters from a seed.
 *
 *   PyTorchDefault: every recurrent tensor ~ U(−k, k), k = 1/√H (nn.RNN/LSTM/GRU); the head and
 *                   attention weights ~ U(−1/√fan_in, 1/√fan_in) (nn.Linear); embeddings ~ N(0, 1)
 *   Xavier:         W_ih, W_hh per gate block ~ U(±√(6/(fan_in + fan_out))), biases 0
 *   Orthogonal:     W_ih Xavier, each gate block of W_hh orthogonal, biases 0
 * and, when set, the forget-gate biases (b_if and b_hf, LSTMs only) = forgetBias / 2 each, so
 * their sum is forgetBias; a recurrent scale multiplies every W_hh (the gradient lab's knob).
 */
#include "core/network.h"

#include <cstdint>
#include <optional>
#include <string>

namespace core {

enum class InitScheme { PyTorchDefault, Xavier, Orthogonal };

std::string initSchemeName(InitScheme scheme);
std::optional<InitScheme> initSchemeFromName(const std::string& name);

struct InitOptions {
    InitScheme scheme = InitScheme::PyTorchDefault;
    std::optional<double> forgetBias;
    double recurrentScale = 1.0;
};

class NetworkInitializer {
public:
    template <typename T>
    static void initialize(Network<T>& network, const InitOptions& options, std::uint64_t seed);
};

} // namespace core
