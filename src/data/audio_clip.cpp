#include "data/audio_clip.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace data {

AudioClip AudioClip::resampled(double rate) const {
    if (rate == sampleRate || samples.empty())
        return {rate, samples};
    const double ratio = sampleRate / rate; // input samples per output sample
    const double gain = 0.9 * std::min(1.0, rate / sampleRate);
    const double half = 10.0 * std::ceil(std::max(ratio, 1.0));
    const auto n = static_cast<long>(double(samples.size()) / ratio);
    AudioClip out{rate, std::vector<double>(size_t(std::max(n, 0L)), 0.0)};
    const long last = long(samples.size()) - 1;
    for (long j = 0; j < n; ++j) {
        const double centre = double(j) * ratio;
        const long from = std::max(0L, long(std::ceil(centre - half)));
        const long to = std::min(last, long(std::floor(centre + half)));
        double sum = 0.0;
        for (long i = from; i <= to; ++i) {
            const double d = double(i) - centre;
            const double x = std::numbers::pi * gain * d;
            const double sinc = x == 0.0 ? 1.0 : std::sin(x) / x;
            sum += samples[size_t(i)] * gain * sinc *
                   (0.5 + 0.5 * std::cos(std::numbers::pi * d / half));
        }
        out.samples[size_t(j)] = sum;
    }
    return out;
}

} // namespace data
