#pragma once
/**
 * Initial weights, reproducible from a seed on every platform.
 *
 * The standard distributions (std::uniform_real_distribution, std::normal_distribution) are
 * implemented differently by each standard library, so the draws here are written out from the
 * raw output of std::mt19937_64, whose sequence the standard fixes:
 *
 *   uniform  u = ⌊x / 2¹¹⌋ · 2⁻⁵³ ∈ [0, 1)                  (53 random mantissa bits of x)
 *   normal   z = √(−2 ln(1 − u₁)) · cos(2π u₂)               (Box–Muller, one z per two draws)
 *
 * A view is filled in memory (row-major) order. Apart from the last bit of log/cos in a libm that
 * does not round them correctly, a seed gives the same weights everywhere. The schemes, for a
 * weight of R rows (fan_out) and C columns (fan_in), as in torch.nn.init:
 *
 *   PyTorch default  U(−k, k),  k = 1/√hidden                (nn.RNN/LSTM/GRU reset_parameters)
 *   Xavier uniform   U(−a, a),  a = gain·√(6/(C + R))
 *   orthogonal       gain·Q, from the QR of an R×C standard normal matrix (its transpose when
 *                    R < C), columns of Q multiplied by sign(diag R): QᵀQ = I (or QQᵀ = I)
 *   normal           N(mean, std²);   constant   every entry = value
 */
#include "core/types.h"

#include <optional>
#include <random>
#include <string>
#include <string_view>

namespace core {

/** A uniform number in [0, 1) from one engine output. */
double uniformUnit(std::mt19937_64& engine);
/** A standard normal number from two engine outputs. */
double standardNormal(std::mt19937_64& engine);

template <typename T>
void initializeUniform(MatrixMap<T> weights, double low, double high, std::mt19937_64& engine);
template <typename T>
void initializePytorchDefault(MatrixMap<T> weights, Index hiddenSize, std::mt19937_64& engine);
template <typename T>
void initializeXavierUniform(MatrixMap<T> weights, double gain, std::mt19937_64& engine);
template <typename T>
void initializeOrthogonal(MatrixMap<T> weights, double gain, std::mt19937_64& engine);
template <typename T>
void initializeNormal(MatrixMap<T> weights, double mean, double standardDeviation,
                      std::mt19937_64& engine);
template <typename T>
void initializeConstant(MatrixMap<T> weights, double value);

enum class InitializerKind { PytorchDefault, XavierUniform, Orthogonal, Normal, Constant };

/** "pytorch", "xavier", "orthogonal", "normal", "constant". */
std::string initializerKindName(InitializerKind kind);
std::optional<InitializerKind> initializerKindFromName(std::string_view name);

/** One of the schemes with its settings, as a network spec or the command line chooses it. */
struct Initializer {
    InitializerKind kind = InitializerKind::PytorchDefault;
    double gain = 1;                 ///< Xavier, orthogonal
    double mean = 0;                 ///< normal
    double standardDeviation = 0.01; ///< normal
    double value = 0;                ///< constant

    /** Fills `weights`; hiddenSize is the layer's H, which the PyTorch default needs. */
    template <typename T>
    void apply(MatrixMap<T> weights, Index hiddenSize, std::mt19937_64& engine) const;
    template <typename T>
    void apply(Matrix<T>& weights, Index hiddenSize, std::mt19937_64& engine) const {
        apply(MatrixMap<T>(weights.data(), weights.rows(), weights.cols()), hiddenSize, engine);
    }
};

} // namespace core
