#pragma once
/**
 * Speech features: turns a clip of audio samples into a sequence of log-mel frames, one row per
 * 10 ms, the input of a speech-recognizing network. Uses Eigen's FFT (unsupported/Eigen/FFT).
 *
 * With x[n] the samples (rate fs), L the frame length, H the hop and N ≥ L the FFT size:
 *   frame t:          x_t[n] = x[tH + n] · w[n],  w[n] = ½ − ½ cos(2πn / L)   (periodic Hann),
 *                     n = 0 … L−1, zero beyond the clip and for L ≤ n < N;
 *   power spectrum:   P_t[k] = |X_t[k]|²,  X_t[k] = Σ_n x_t[n] e^(−2πikn/N),  k = 0 … N/2,
 *                     bin k is the frequency k·fs/N; Parseval: Σ_n x_t[n]² = (1/N) Σ_{k<N}
 * |X_t[k]|²; mel scale:        m(f) = 2595 log₁₀(1 + f/700),  f(m) = 700 (10^(m/2595) − 1);
 *   filterbank:       M bands, triangles with corners at M+2 points equally spaced in mel from
 *                     m(fLow) to m(fHigh): band j rises from f_j to f_(j+1) and falls to f_(j+2),
 *                     B[j][k] = max(0, min((f_k − f_j)/(f_(j+1) − f_j), (f_(j+2) − f_k)/(f_(j+2) −
 * f_(j+1)))); log-mel:          y_t[j] = ln max(Σ_k B[j][k] P_t[k], ε)   (ε = floorEnergy; silence
 * gives ln ε); normalisation:    per utterance and band, ŷ_t[j] = (y_t[j] − μ_j) / max(σ_j, 1e-3),
 *                     μ_j, σ_j the mean and standard deviation of band j over the clip's frames.
 * Frame count: T = 1 + ⌈max(n − L, 0) / H⌉ for n ≥ 1 samples (the last frame is zero-padded).
 */
#include "core/types.h"

#include <complex>
#include <vector>

namespace core {

class LogMelFeatures {
public:
    struct Settings {
        double sampleRate = 8000.0;
        Index frameLength = 200; ///< L samples: 25 ms at 8 kHz
        Index hop = 80;          ///< H samples: 10 ms at 8 kHz
        Index fftSize = 256;     ///< N, a power of two ≥ L
        Index melBands = 20;     ///< M
        double lowHz = 50.0;     ///< fLow
        double highHz = 4000.0;  ///< fHigh ≤ fs/2
        double floorEnergy = 1e-10;
    };

    /** Throws std::invalid_argument for settings that do not make sense (N < L, fHigh > fs/2 …). */
    explicit LogMelFeatures(Settings settings);

    const Settings& settings() const { return m_settings; }

    static double hzToMel(double hz);
    static double melToHz(double mel);
    /** The periodic Hann window w[n] of length L. */
    static Vector<double> hannWindow(Index length);

    /** T for a clip of `samples` samples (0 for an empty clip). */
    Index frameCount(Index samples) const;
    /** Frame t of the clip, windowed and zero-padded to N. */
    Vector<double> windowedFrame(const std::vector<double>& samples, Index t) const;
    /** P[k], k = 0 … N/2, of a frame of N samples. */
    Vector<double> powerSpectrum(const Vector<double>& frame) const;
    /** B, M × (N/2 + 1). */
    const Matrix<double>& filterbank() const { return m_filterbank; }

    /** The log-mel frames y, T × M (not normalised). */
    Matrix<double> compute(const std::vector<double>& samples) const;
    /** ŷ from y, in place: per-band zero mean and unit deviation over the rows. */
    static void normalise(Matrix<double>& features);

private:
    Settings m_settings;
    Vector<double> m_window;
    Matrix<double> m_filterbank;
};

} // namespace core
