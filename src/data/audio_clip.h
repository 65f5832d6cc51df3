#pragma once
/**
 * A mono sound: samples in [−1, 1] at a sample rate, as read from a WAV file, decoded from the
 * spoken-digit corpus or recorded from a microphone.
 *
 * resampled() changes the rate by windowed-sinc interpolation: output sample j sits at input time
 * c = j·fs_in/fs_out and is y[j] = Σ_i x[i] · g · sinc(g (i − c)) · w(i − c), with the low-pass
 * gain g = 0.9 · min(1, fs_out/fs_in) and a Hann window w(d) = ½ + ½ cos(π d / h) over |d| < h,
 * h = 10 ⌈fs_in/fs_out⌉ input samples.
 */
#include <vector>

namespace data {

struct AudioClip {
    double sampleRate = 8000.0;
    std::vector<double> samples;

    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0.0; }
    /** The same sound at `rate` samples a second. */
    AudioClip resampled(double rate) const;
};

} // namespace data
