#pragma once
/**
 * Pure functions that distort a stroke (see gesture.h) the way people's drawings vary, for data
 * augmentation; none changes the pen flags except resampling, which carries them along.
 *
 *   rotate by θ:   (dx, dy) → (dx cos θ − dy sin θ,  dx sin θ + dy cos θ)   (θ = 90°: (−dy, dx))
 *   scale:         (dx, dy) → (s_x dx, s_y dy)
 *   jitter:        (dx, dy) → (dx + σ n_1, dy + σ n_2), n_i standard normal draws
 *   resample:      the path, as the polyline of the points reached, read at arc lengths
 *                  ℓ_k = u_k · L (L the path length, 0 < u_1 < … < u_n = 1): step k moves from the
 *                  point at ℓ_{k−1} (ℓ_0 = 0) to the point at ℓ_k, its pen that of the original
 *                  move holding the middle of [ℓ_{k−1}, ℓ_k]. The end point is kept exactly; the
 *                  path length shrinks only where a new step cuts a corner. Equal spacing
 *                  u_k = k/n is time-stretching to n steps; unequal spacing changes the speed.
 */
#include "data/gesture.h"
#include "data/random_stream.h"

#include <vector>

namespace data {

class StrokeAugmentation {
public:
    /** Rotates counter-clockwise by `radians`. */
    static Stroke rotate(const Stroke& stroke, double radians);
    static Stroke scale(const Stroke& stroke, double sx, double sy);
    /** Adds N(0, σ²) to every dx and dy, drawn from `random`. */
    static Stroke jitter(const Stroke& stroke, double sigma, RandomStream& random);
    /** `count` steps of equal arc length (time-stretch). Throws std::invalid_argument for a
     * count < 1 or an empty stroke. */
    static Stroke resample(const Stroke& stroke, int count);
    /** Steps ending at the arc-length fractions `fractions` (increasing, the last 1). */
    static Stroke resampleAt(const Stroke& stroke, const std::vector<double>& fractions);
    /** Scales both axes alike so that the larger side of the bounding box of the points
     * reached is `size`; a stroke that does not move stays as it is. */
    static Stroke normalized(const Stroke& stroke, double size);

    /** Σ √(dx² + dy²) over every step, pen up or down. */
    static double pathLength(const Stroke& stroke);
    /** Σ (dx, dy): where the stroke ends relative to where it starts. */
    static std::pair<double, double> displacement(const Stroke& stroke);
};

} // namespace data
