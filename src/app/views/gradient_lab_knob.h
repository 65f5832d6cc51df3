#pragma once
/**
 * The controls of the vanishing-gradient lab a student can touch, so the guide can explain the
 * one touched last (GradientLabGuide) and the controls can say which it was (GradientLabControls).
 */
namespace app {

enum class GradientLabKnob {
    None, ///< nothing touched yet: the guide tells the lesson as a whole
    Task,
    Lag,
    Match,
    Hidden,
    Layers,
    ShownLayer,
    Epochs,
    Clipping,
    ClipThreshold,
    Activation,
    RecurrentScale,
    ForgetBias,
    Truncation,
    HoldForget,
    Peephole,
};

} // namespace app
