#include "core/gradient_clipping.h"

namespace core {

std::string clipModeName(ClipMode mode) {
    switch (mode) {
    case ClipMode::None:
        return "none";
    case ClipMode::Norm:
        return "norm";
    case ClipMode::Value:
        return "value";
    }
    return "none";
}

std::optional<ClipMode> clipModeFromName(std::string_view name) {
    for (ClipMode mode : {ClipMode::None, ClipMode::Norm, ClipMode::Value})
        if (clipModeName(mode) == name)
            return mode;
    return std::nullopt;
}

template <typename T>
T GradientClipping::apply(Vector<T>& gradients) const {
    switch (mode) {
    case ClipMode::Norm:
        return clipGradientNorm(gradients, static_cast<T>(threshold));
    case ClipMode::Value: {
        const T norm = gradients.norm();
        clipGradientValue(gradients, static_cast<T>(threshold));
        return norm;
    }
    case ClipMode::None:
        break;
    }
    return gradients.norm();
}

template <typename T>
T clipGradientNorm(Vector<T>& gradients, T maxNorm) {
    const T norm = gradients.norm();
    const T scale = maxNorm / (norm + T(1e-6));
    if (scale < T(1))
        gradients *= scale;
    return norm;
}

template <typename T>
void clipGradientValue(Vector<T>& gradients, T maxValue) {
    gradients = gradients.cwiseMax(-maxValue).cwiseMin(maxValue);
}

template float GradientClipping::apply<float>(Vector<float>&) const;
template double GradientClipping::apply<double>(Vector<double>&) const;
template float clipGradientNorm<float>(Vector<float>&, float);
template double clipGradientNorm<double>(Vector<double>&, double);
template void clipGradientValue<float>(Vector<float>&, float);
template void clipGradientValue<double>(Vector<double>&, double);

} // namespace core
