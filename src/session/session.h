#pragma once
/**
 * Everything needed to continue exactly where the user stopped, as plain values: the network as
 * the editor draws it and as the core builds it, the weights (and the first ones, for a reset),
 * the optimizer's state, the training settings and position, the seeds, the task and its
 * settings (with the imported data itself when the user chose to embed it), the whole training
 * history, and what the views were showing. SessionCodec turns it into a file's bytes and back.
 *
 * There is no random generator state to keep: the task's data and shuffling are pure functions of
 * task.seed and the epoch, and dropout masks of `seed` and the step (core/dropout.h), so a run
 * resumed at position.step draws what it would have drawn.
 */
#include "core/network_spec.h"
#include "core/optimizer.h"
#include "core/types.h"
#include "data/task_option.h"
#include "session/training_history.h"
#include "session/training_settings.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace session {

/** A block of the editor's diagram: its kind ("lstm", "dense"…), its properties, its place. */
struct DiagramBlock {
    int id = 0;
    std::string kind;
    std::map<std::string, std::string> properties;
    double x = 0.0;
    double y = 0.0;
};

/** A wire from an output port of one block to an input port of another. */
struct DiagramWire {
    int fromBlock = 0;
    int fromPort = 0;
    int toBlock = 0;
    int toPort = 0;
};

/** The network as the editor shows it; empty when the session was made without the editor. */
struct NetworkDiagram {
    std::vector<DiagramBlock> blocks;
    std::vector<DiagramWire> wires;
};

/** The optimizer's state, torch.optim's buffers in their order (core::Optimizer::stateBuffers). */
struct OptimizerState {
    core::OptimizerKind kind = core::OptimizerKind::Adam;
    std::vector<core::Vector<float>> buffers;
    std::int64_t steps = 0;
};

/** Where the run stands, to go on from there. */
struct TrainingPosition {
    int epoch = 0;               ///< 0-based epoch in progress
    std::int64_t batchIndex = 0; ///< next training batch of that epoch
    std::int64_t step = 0;       ///< optimizer steps done
    int completedEpochs = 0;
    double epochLossSum = 0.0; ///< of the epoch's batches so far
    bool earlyStopped = false;
    double bestLoss = 0.0; ///< lowest validation loss so far (+∞ before one)
    int bestEpoch = 0;
    int epochsSinceBest = 0;
    double lowestBatchLoss = 0.0; ///< +∞ before a batch
    double workSeconds = 0.0;     ///< training time so far, pauses excluded
};

/** The task: what TaskRegistry needs to make it again. */
struct TaskReference {
    std::string name;
    data::TaskOptions options;
    std::uint64_t seed = 1;
    /** The imported file's bytes, when the user chose to keep the data in the session rather
     * than a reference to its path (options["file"]); empty otherwise. */
    std::string embeddedData;
};

/** What the views were showing. */
struct ViewState {
    core::Index probeSequence = 0; ///< the validation sequence traced
    int layer = 0;                 ///< the selected layer (0-based) …
    core::Index unit = 0;          ///< … and unit
    core::Index timeStep = 0;      ///< the step of the sequence shown
    int epoch = 0;                 ///< the epoch scrubbed to, 0: the latest
};

struct Session {
    NetworkDiagram diagram;
    core::NetworkSpec spec;
    core::Vector<float> weights;        ///< as trained, in single precision
    core::Vector<float> initialWeights; ///< the first weights, for "reset"
    OptimizerState optimizer;
    TrainingSettings settings;
    TrainingPosition position;
    std::uint64_t seed = 1; ///< dropout masks
    int threads = 1;
    TaskReference task;
    TrainingHistory history;
    ViewState view;
};

} // namespace session
