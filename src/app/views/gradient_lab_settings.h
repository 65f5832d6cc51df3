#pragma once
/**
 * What the vanishing-gradient lab's controls say, as plain values: the task and its lag, how the
 * runners are matched and sized, the recipe's epochs and clipping, and the knobs that change the
 * lesson. GradientLabControls reads it off its widgets; GradientLabSetup turns it into the race's
 * networks and jobs, so the recipe can be tested without widgets.
 */
#include <string>

namespace app {

struct GradientLabSettings {
    std::string task = "adding";
    int lag = 50;              ///< how far back the inputs that matter lie
    bool matchWeights = false; ///< false: the same hidden size; true: about the LSTM's weights
    int hidden = 16;           ///< units per layer of the LSTM (and of all, by hidden size)
    int layers = 1;            ///< stacked recurrent layers, the same for every runner
    int epochs = 10;
    bool clip = true;
    double clipNorm = 1.0;
    bool relu = false;           ///< the plain RNN's activation: ReLU instead of tanh
    double recurrentScale = 1.0; ///< multiplies every W_hh at initialization
    double forgetBias = 0.0;     ///< the LSTMs' forget-gate bias; 0: PyTorch's default
    int truncation = 0;          ///< BPTT truncated at this many steps; 0: full
    bool holdForget = false;     ///< the LSTMs' forget gate held at 1
    bool peephole = false;       ///< a fourth runner: the peephole LSTM
};

} // namespace app
