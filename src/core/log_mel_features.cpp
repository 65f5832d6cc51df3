#include "core/log_mel_features.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <unsupported/Eigen/FFT>

namespace core {

LogMelFeatures::LogMelFeatures(Settings settings)
    : m_settings(settings) {
    const Settings& s = m_settings;
    if (s.sampleRate <= 0 || s.frameLength < 2 || s.hop < 1)
        throw std::invalid_argument("log-mel features need a positive rate, frame and hop");
    if (s.fftSize < s.frameLength || (s.fftSize & (s.fftSize - 1)) != 0)
        throw std::invalid_argument(
            "the FFT size must be a power of two at least the frame length");
    if (s.melBands < 1 || s.lowHz < 0 || s.highHz <= s.lowHz || s.highHz > s.sampleRate / 2)
        throw std::invalid_argument("the mel bands must lie between 0 Hz and half the sample rate");
    if (s.floorEnergy <= 0)
        throw std::invalid_argument("the floor energy must be positive");
    m_window = hannWindow(s.frameLength);

    const Index bins = s.fftSize / 2 + 1;
    const Index M = s.melBands;
    std::vector<double> corners(size_t(M + 2));
    const double low = hzToMel(s.lowHz), high = hzToMel(s.highHz);
    for (Index j = 0; j < M + 2; ++j)
        corners[size_t(j)] = melToHz(low + (high - low) * double(j) / double(M + 1));
    m_filterbank = Matrix<double>::Zero(M, bins);
    for (Index j = 0; j < M; ++j) {
        const double a = corners[size_t(j)], b = corners[size_t(j + 1)], c = corners[size_t(j + 2)];
        for (Index k = 0; k < bins; ++k) {
            const double f = double(k) * s.sampleRate / double(s.fftSize);
            m_filterbank(j, k) = std::max(0.0, std::min((f - a) / (b - a), (c - f) / (c - b)));
        }
    }
}

double LogMelFeatures::hzToMel(double hz) {
    return 2595.0 * std::log10(1.0 + hz / 700.0);
}

double LogMelFeatures::melToHz(double mel) {
    return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
}

Vector<double> LogMelFeatures::hannWindow(Index length) {
    Vector<double> w(length);
    for (Index n = 0; n < length; ++n)
        w[n] = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * double(n) / double(length));
    return w;
}

Index LogMelFeatures::frameCount(Index samples) const {
    if (samples <= 0)
        return 0;
    const Index beyond = std::max<Index>(samples - m_settings.frameLength, 0);
    return 1 + (beyond + m_settings.hop - 1) / m_settings.hop;
}

Vector<double> LogMelFeatures::windowedFrame(const std::vector<double>& samples, Index t) const {
    Vector<double> frame = Vector<double>::Zero(m_settings.fftSize);
    const Index start = t * m_settings.hop;
    const Index n = std::min(m_settings.frameLength, Index(samples.size()) - start);
    for (Index i = 0; i < n; ++i)
        frame[i] = samples[size_t(start + i)] * m_window[i];
    return frame;
}

Vector<double> LogMelFeatures::powerSpectrum(const Vector<double>& frame) const {
    if (frame.size() != m_settings.fftSize)
        throw std::invalid_argument("a frame for the power spectrum must have N samples");
    Eigen::FFT<double> fft;
    std::vector<double> in(frame.data(), frame.data() + frame.size());
    std::vector<std::complex<double>> out;
    fft.fwd(out, in);
    const Index bins = m_settings.fftSize / 2 + 1;
    Vector<double> power(bins);
    for (Index k = 0; k < bins; ++k)
        power[k] = std::norm(out[size_t(k)]);
    return power;
}

Matrix<double> LogMelFeatures::compute(const std::vector<double>& samples) const {
    const Index T = frameCount(Index(samples.size()));
    Matrix<double> y(T, m_settings.melBands);
    for (Index t = 0; t < T; ++t) {
        const Vector<double> energy = m_filterbank * powerSpectrum(windowedFrame(samples, t));
        for (Index j = 0; j < m_settings.melBands; ++j)
            y(t, j) = std::log(std::max(energy[j], m_settings.floorEnergy));
    }
    return y;
}

void LogMelFeatures::normalise(Matrix<double>& features) {
    if (features.rows() == 0)
        return;
    const RowVector<double> mean = features.colwise().mean();
    features.rowwise() -= mean;
    const RowVector<double> sd =
        (features.array().square().colwise().sum() / double(features.rows())).sqrt().matrix();
    for (Index j = 0; j < features.cols(); ++j)
        features.col(j) /= std::max(sd[j], 1e-3);
}

} // namespace core
