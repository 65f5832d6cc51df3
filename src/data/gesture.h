#pragma once
/**
 * A pen gesture as a sequence of relative moves, the form the gestures task feeds a network.
 *
 * Step t moves the pen by (dx_t, dy_t) from where step t − 1 left it (the first step moves from
 * where the gesture starts); y points up. pen_t = 1 when the pen touches the paper during that
 * move (it leaves ink), 0 when it is lifted (a move between two strokes, as between the two bars
 * of a cross). A recorded gesture therefore starts at its first point and its first step is the
 * first move.
 */
#include <string>
#include <vector>

namespace data {

struct StrokeStep {
    double dx = 0.0;
    double dy = 0.0;
    int pen = 1; ///< 1: pen down (ink), 0: pen up

    friend bool operator==(const StrokeStep&, const StrokeStep&) = default;
};

using Stroke = std::vector<StrokeStep>;

/** A gesture with its class: "circle", or whatever name a user gave a recording. */
struct Gesture {
    std::string label;
    Stroke steps;

    friend bool operator==(const Gesture&, const Gesture&) = default;
};

} // namespace data
