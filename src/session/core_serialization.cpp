// The core's values in a session file; see session_serialization.h for the rules.
#include "session/archive_values.h"
#include "session/session_serialization.h"

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>

using namespace session::archive;

namespace core {

template <class Archive>
void serialize(Archive& ar, RecurrentLayerSpec& layer, unsigned version) {
    checkVersion<RecurrentLayerSpec>(version, "recurrent layer");
    enumeration(ar, layer.cell, CellKind::Gru, "cell kind");
    ar& layer.hidden;
    ar& layer.bidirectional;
    enumeration(ar, layer.activation, Activation::Relu, "activation");
    exact(ar, layer.dropoutAfter);
}

template <class Archive>
void serialize(Archive& ar, NetworkSpec& spec, unsigned version) {
    checkVersion<NetworkSpec>(version, "network");
    enumeration(ar, spec.inputKind, InputKind::Tokens, "input kind");
    ar& spec.inputSize;
    ar& spec.embeddingSize;
    sequence(ar, spec.layers, "recurrent layers");
    enumeration(ar, spec.attention, AttentionKind::Additive, "attention kind");
    ar& spec.attentionSize;
    ar& spec.outputSize;
    enumeration(ar, spec.outputMode, OutputMode::SequenceToSequence, "output mode");
    ar& spec.decoderVocabulary;
    ar& spec.decoderEmbeddingSize;
}

template <class Archive>
void serialize(Archive& ar, OptimizerSettings& settings, unsigned version) {
    checkVersion<OptimizerSettings>(version, "optimizer settings");
    enumeration(ar, settings.kind, OptimizerKind::AdamW, "optimizer");
    exact(ar, settings.learningRate);
    exact(ar, settings.momentum);
    ar& settings.nesterov;
    exact(ar, settings.beta1);
    exact(ar, settings.beta2);
    exact(ar, settings.eps);
    exact(ar, settings.alpha);
    exact(ar, settings.weightDecay);
}

template <class Archive>
void serialize(Archive& ar, LearningRateSchedule& schedule, unsigned version) {
    checkVersion<LearningRateSchedule>(version, "learning-rate schedule");
    enumeration(ar, schedule.kind, ScheduleKind::Cosine, "learning-rate schedule");
    ar& schedule.stepSize;
    exact(ar, schedule.gamma);
    ar& schedule.maxSteps;
    exact(ar, schedule.minimumRate);
    ar& schedule.warmupSteps;
}

#define LSTM_STUDIO_INSTANTIATE(type)                                                              \
    template void serialize(boost::archive::text_oarchive&, type&, unsigned);                      \
    template void serialize(boost::archive::text_iarchive&, type&, unsigned);

LSTM_STUDIO_INSTANTIATE(RecurrentLayerSpec)
LSTM_STUDIO_INSTANTIATE(NetworkSpec)
LSTM_STUDIO_INSTANTIATE(OptimizerSettings)
LSTM_STUDIO_INSTANTIATE(LearningRateSchedule)

} // namespace core
