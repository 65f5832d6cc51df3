#include "core/initializer.h"

#include <Eigen/QR>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace core {

double uniformUnit(std::mt19937_64& engine) {
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

double standardNormal(std::mt19937_64& engine) {
    const double u1 = 1.0 - uniformUnit(engine); // (0, 1]: log stays finite
    const double u2 = uniformUnit(engine);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

template <typename T>
void initializeUniform(MatrixMap<T> weights, double low, double high, std::mt19937_64& engine) {
    T* data = weights.data();
    for (Index i = 0; i < weights.size(); ++i)
        data[i] = static_cast<T>(low + (high - low) * uniformUnit(engine));
}

template <typename T>
void initializePytorchDefault(MatrixMap<T> weights, Index hiddenSize, std::mt19937_64& engine) {
    if (hiddenSize <= 0)
        throw std::invalid_argument("initializer: hidden size must be positive");
    const double k = 1.0 / std::sqrt(static_cast<double>(hiddenSize));
    initializeUniform(weights, -k, k, engine);
}

template <typename T>
void initializeXavierUniform(MatrixMap<T> weights, double gain, std::mt19937_64& engine) {
    const double fans = static_cast<double>(weights.rows() + weights.cols());
    const double a = gain * std::sqrt(6.0 / fans);
    initializeUniform(weights, -a, a, engine);
}

template <typename T>
void initializeOrthogonal(MatrixMap<T> weights, double gain, std::mt19937_64& engine) {
    if (weights.size() == 0)
        return;
    Matrix<double> gaussian(weights.rows(), weights.cols());
    for (Index i = 0; i < gaussian.size(); ++i)
        gaussian.data()[i] = standardNormal(engine);
    const bool wide = weights.rows() < weights.cols();
    // Tall m×n (m ≥ n): the thin Q has orthonormal columns.
    const Eigen::MatrixXd tall =
        wide ? Eigen::MatrixXd(gaussian.transpose()) : Eigen::MatrixXd(gaussian);
    const Index m = tall.rows(), n = tall.cols();
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(tall);
    Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(m, n);
    // Householder QR leaves the signs of R's diagonal free; fixing them positive makes Q the
    // Haar-distributed one, as torch.nn.init.orthogonal_ does.
    for (Index j = 0; j < n; ++j)
        if (qr.matrixQR()(j, j) < 0)
            q.col(j) = -q.col(j);
    if (wide)
        weights = (gain * q.transpose()).cast<T>();
    else
        weights = (gain * q).cast<T>();
}

template <typename T>
void initializeNormal(MatrixMap<T> weights, double mean, double standardDeviation,
                      std::mt19937_64& engine) {
    T* data = weights.data();
    for (Index i = 0; i < weights.size(); ++i)
        data[i] = static_cast<T>(mean + standardDeviation * standardNormal(engine));
}

template <typename T>
void initializeConstant(MatrixMap<T> weights, double value) {
    weights.setConstant(static_cast<T>(value));
}

std::string initializerKindName(InitializerKind kind) {
    switch (kind) {
    case InitializerKind::PytorchDefault:
        return "pytorch";
    case InitializerKind::XavierUniform:
        return "xavier";
    case InitializerKind::Orthogonal:
        return "orthogonal";
    case InitializerKind::Normal:
        return "normal";
    case InitializerKind::Constant:
        return "constant";
    }
    return "pytorch";
}

std::optional<InitializerKind> initializerKindFromName(std::string_view name) {
    for (InitializerKind kind :
         {InitializerKind::PytorchDefault, InitializerKind::XavierUniform,
          InitializerKind::Orthogonal, InitializerKind::Normal, InitializerKind::Constant})
        if (initializerKindName(kind) == name)
            return kind;
    return std::nullopt;
}

template <typename T>
void Initializer::apply(MatrixMap<T> weights, Index hiddenSize, std::mt19937_64& engine) const {
    switch (kind) {
    case InitializerKind::PytorchDefault:
        initializePytorchDefault(weights, hiddenSize, engine);
        break;
    case InitializerKind::XavierUniform:
        initializeXavierUniform(weights, gain, engine);
        break;
    case InitializerKind::Orthogonal:
        initializeOrthogonal(weights, gain, engine);
        break;
    case InitializerKind::Normal:
        initializeNormal(weights, mean, standardDeviation, engine);
        break;
    case InitializerKind::Constant:
        initializeConstant(weights, value);
        break;
    }
}

#define LSTM_STUDIO_INSTANTIATE(T)                                                                 \
    template void initializeUniform<T>(MatrixMap<T>, double, double, std::mt19937_64&);            \
    template void initializePytorchDefault<T>(MatrixMap<T>, Index, std::mt19937_64&);              \
    template void initializeXavierUniform<T>(MatrixMap<T>, double, std::mt19937_64&);              \
    template void initializeOrthogonal<T>(MatrixMap<T>, double, std::mt19937_64&);                 \
    template void initializeNormal<T>(MatrixMap<T>, double, double, std::mt19937_64&);             \
    template void initializeConstant<T>(MatrixMap<T>, double);                                     \
    template void Initializer::apply<T>(MatrixMap<T>, Index, std::mt19937_64&) const;
LSTM_STUDIO_INSTANTIATE(float)
LSTM_STUDIO_INSTANTIATE(double)
#undef LSTM_STUDIO_INSTANTIATE

} // namespace core
