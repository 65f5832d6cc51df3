#include "session/session_serialization.h"

#include "session/archive_values.h"

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>

using namespace session::archive;

namespace session {

template <class Archive>
void serialize(Archive& ar, DiagramBlock& block, unsigned version) {
    checkVersion<DiagramBlock>(version, "diagram block");
    ar& block.id;
    text(ar, block.kind, "a block's kind");
    textMap(ar, block.properties, "a block's properties");
    exact(ar, block.x);
    exact(ar, block.y);
}

template <class Archive>
void serialize(Archive& ar, DiagramWire& wire, unsigned version) {
    checkVersion<DiagramWire>(version, "diagram wire");
    ar& wire.fromBlock& wire.fromPort& wire.toBlock& wire.toPort;
}

template <class Archive>
void serialize(Archive& ar, NetworkDiagram& diagram, unsigned version) {
    checkVersion<NetworkDiagram>(version, "diagram");
    sequence(ar, diagram.blocks, "diagram blocks");
    sequence(ar, diagram.wires, "diagram wires");
}

template <class Archive>
void serialize(Archive& ar, OptimizerState& state, unsigned version) {
    checkVersion<OptimizerState>(version, "optimizer state");
    enumeration(ar, state.kind, core::OptimizerKind::AdamW, "optimizer");
    sequence(ar, state.buffers, "optimizer buffers",
             [](Archive& a, core::Vector<float>& buffer) { array(a, buffer, "optimizer buffer"); });
    ar& state.steps;
}

template <class Archive>
void serialize(Archive& ar, TrainingPosition& position, unsigned version) {
    checkVersion<TrainingPosition>(version, "training position");
    ar& position.epoch& position.batchIndex& position.step& position.completedEpochs;
    exact(ar, position.epochLossSum);
    ar& position.earlyStopped;
    exact(ar, position.bestLoss);
    ar& position.bestEpoch& position.epochsSinceBest;
    exact(ar, position.lowestBatchLoss);
    exact(ar, position.workSeconds);
}

template <class Archive>
void serialize(Archive& ar, TaskReference& task, unsigned version) {
    checkVersion<TaskReference>(version, "task");
    text(ar, task.name, "the task's name");
    textMap(ar, task.options, "the task's options");
    ar& task.seed;
    text(ar, task.embeddedData, "the task's embedded data");
}

template <class Archive>
void serialize(Archive& ar, ViewState& view, unsigned version) {
    checkVersion<ViewState>(version, "view state");
    ar& view.probeSequence& view.layer& view.unit& view.timeStep& view.epoch;
}

/** An optional real as a flag and the value's bits (0 when absent). */
template <class Archive>
void optionalReal(Archive& ar, std::optional<double>& value) {
    bool present = value.has_value();
    double real = value.value_or(0.0);
    ar& present;
    exact(ar, real);
    if constexpr (kLoading<Archive>)
        value = present ? std::optional<double>(real) : std::nullopt;
}

/** The parameter groups' training: name, rate factor (its bits), frozen flag, each. */
template <class Archive>
void groupMap(Archive& ar, core::GroupTrainingMap& groups) {
    const std::uint64_t n = count(ar, groups.size(), 6, "parameter groups");
    if constexpr (kLoading<Archive>) {
        groups.clear();
        for (std::uint64_t i = 0; i < n; ++i) {
            std::string name;
            core::GroupTraining group;
            text(ar, name, "a parameter group's name");
            exact(ar, group.rateScale);
            ar& group.frozen;
            if (!groups.emplace(std::move(name), group).second)
                throw SessionError("the file is damaged: a parameter group named twice");
        }
    } else {
        for (auto& [key, group] : groups) {
            std::string name = key;
            text(ar, name, "a parameter group's name");
            exact(ar, group.rateScale);
            ar& group.frozen;
        }
    }
}

template <class Archive>
void serialize(Archive& ar, TrainingSettings& settings, unsigned version) {
    checkVersion<TrainingSettings>(version, "training settings");
    ar& settings.optimizer;
    ar& settings.schedule;
    exact(ar, settings.clipNorm);
    bool hasDropout = settings.dropout.has_value();
    double dropout = settings.dropout.value_or(0.0);
    ar& hasDropout;
    exact(ar, dropout);
    if constexpr (kLoading<Archive>)
        settings.dropout = hasDropout ? std::optional<double>(dropout) : std::nullopt;
    ar& settings.batchSize& settings.epochs& settings.patience& settings.stopWhenSolved;
    if (version >= 2) { // truncated BPTT and frozen gates
        ar& settings.bpttTruncation;
        optionalReal(ar, settings.frozenGates.forget);
        optionalReal(ar, settings.frozenGates.input);
    } else if constexpr (kLoading<Archive>) {
        settings.bpttTruncation = 0;
        settings.frozenGates = {};
    }
    if (version >= 3) // transfer learning: frozen groups and rate factors
        groupMap(ar, settings.groups);
    else if constexpr (kLoading<Archive>)
        settings.groups.clear();
}

template <class Archive>
void serialize(Archive& ar, EpochRecord& record, unsigned version) {
    checkVersion<EpochRecord>(version, "epoch record");
    ar& record.epoch& record.step;
    exact(ar, record.trainLoss);
    exact(ar, record.validationLoss);
    exact(ar, record.validationMetric);
    ar& record.solved;
    exact(ar, record.learningRate);
    exact(ar, record.seconds);
}

template <class Archive>
void serialize(Archive& ar, HistoryEntry& entry, unsigned version) {
    checkVersion<HistoryEntry>(version, "history entry");
    enumeration(ar, entry.kind, HistoryEntry::Kind::Reset, "history entry kind");
    ar& entry.step& entry.epoch;
    text(ar, entry.text, "a history entry's text");
}

template <class Archive>
void serialize(Archive& ar, ProbeLayerTrace& layer, unsigned version) {
    checkVersion<ProbeLayerTrace>(version, "probe layer trace");
    text(ar, layer.name, "a traced layer's name");
    sequence(ar, layer.gateNames, "gate names",
             [](Archive& a, std::string& name) { text(a, name, "a gate's name"); });
    sequence(ar, layer.gates, "traced gates",
             [](Archive& a, core::Matrix<float>& gate) { array(a, gate, "a traced gate"); });
    array(ar, layer.cell, "a traced cell state");
    array(ar, layer.hidden, "a traced hidden state");
    reals(ar, layer.hiddenGradientNorm, "traced gradient norms");
    reals(ar, layer.cellGradientNorm, "traced gradient norms");
}

template <class Archive>
void serialize(Archive& ar, ProbeTrace& trace, unsigned version) {
    checkVersion<ProbeTrace>(version, "probe trace");
    ar& trace.epoch& trace.step& trace.sequence& trace.steps& trace.stride;
    exact(ar, trace.loss);
    sequence(ar, trace.layers, "traced layers");
    array(ar, trace.attention, "traced attention weights");
    array(ar, trace.outputs, "traced outputs");
}

/** The traces by epoch, each saved once by value. */
template <class Archive>
void traces(Archive& ar, std::map<int, std::shared_ptr<const ProbeTrace>>& map) {
    const std::uint64_t n = count(ar, map.size(), 8, "history traces");
    if constexpr (kLoading<Archive>) {
        for (std::uint64_t i = 0; i < n; ++i) {
            int epoch = 0;
            auto trace = std::make_shared<ProbeTrace>();
            ar& epoch&* trace;
            if (!map.emplace(epoch, std::move(trace)).second)
                throw SessionError("the file is damaged: two traces of epoch " +
                                   std::to_string(epoch));
        }
    } else {
        for (auto& [key, trace] : map) {
            int epoch = key;
            // Boost saves through a non-const reference; saving does not modify the trace.
            ar& epoch& const_cast<ProbeTrace&>(*trace);
        }
    }
}

template <class Archive>
void serialize(Archive& ar, TrainingHistory& history, unsigned version) {
    checkVersion<TrainingHistory>(version, "training history");
    std::vector<EpochRecord> epochs = history.epochs();
    std::vector<HistoryEntry> entries = history.entries();
    std::map<int, std::shared_ptr<const ProbeTrace>> kept = history.traces();
    int stride = history.traceStride(), firstEpoch = history.firstTraceEpoch();
    sequence(ar, epochs, "epoch records");
    sequence(ar, entries, "history entries");
    if constexpr (kLoading<Archive>)
        kept.clear();
    traces(ar, kept);
    ar& stride& firstEpoch;
    if constexpr (kLoading<Archive>) {
        try {
            history.restore(std::move(epochs), std::move(entries), std::move(kept), stride,
                            firstEpoch);
        } catch (const std::invalid_argument& e) {
            throw SessionError(std::string("the file is damaged: ") + e.what());
        }
    }
}

template <class Archive>
void serialize(Archive& ar, Session& session, unsigned version) {
    checkVersion<Session>(version, "session");
    // A tag, so that an archive of something else is told apart from a damaged session.
    std::string tag = "lstm-studio-session";
    text(ar, tag, "the archive's tag");
    if (kLoading<Archive> && tag != "lstm-studio-session")
        throw SessionError("the file is damaged: it holds something other than an LSTM Studio "
                           "session");
    ar& session.diagram;
    ar& session.spec;
    array(ar, session.weights, "weights");
    array(ar, session.initialWeights, "initial weights");
    ar& session.optimizer;
    ar& session.settings;
    ar& session.position;
    ar& session.seed& session.threads;
    ar& session.task;
    ar& session.history;
    ar& session.view;
}

#define LSTM_STUDIO_INSTANTIATE(type)                                                              \
    template void serialize(boost::archive::text_oarchive&, type&, unsigned);                      \
    template void serialize(boost::archive::text_iarchive&, type&, unsigned);

LSTM_STUDIO_INSTANTIATE(DiagramBlock)
LSTM_STUDIO_INSTANTIATE(DiagramWire)
LSTM_STUDIO_INSTANTIATE(NetworkDiagram)
LSTM_STUDIO_INSTANTIATE(OptimizerState)
LSTM_STUDIO_INSTANTIATE(TrainingPosition)
LSTM_STUDIO_INSTANTIATE(TaskReference)
LSTM_STUDIO_INSTANTIATE(ViewState)
LSTM_STUDIO_INSTANTIATE(TrainingSettings)
LSTM_STUDIO_INSTANTIATE(EpochRecord)
LSTM_STUDIO_INSTANTIATE(HistoryEntry)
LSTM_STUDIO_INSTANTIATE(ProbeLayerTrace)
LSTM_STUDIO_INSTANTIATE(ProbeTrace)
LSTM_STUDIO_INSTANTIATE(TrainingHistory)
LSTM_STUDIO_INSTANTIATE(Session)

} // namespace session
