#pragma once
/**
 * Boost.Serialization of a session::Session and of every value inside it (the core's network
 * spec, optimizer settings and learning-rate schedule included), as free serialize() functions
 * beside each type's namespace, instantiated for the portable text archives only. SessionCodec is
 * the one caller: it wraps the archive in its own envelope and checks what it reads.
 *
 * Rules every function here keeps, so that old files go on loading and damaged ones are refused:
 * - every class has a BOOST_CLASS_VERSION (1, TrainingSettings 3) and refuses a newer one with
 * "made by a newer LSTM Studio"; a new field means a version bump and an `if (version >= 2)`;
 * - floating-point values are stored as their IEEE-754 bit patterns, so they come back
 *   bit-identical, NaN and ±∞ (an unmeasured validation loss, bestLoss before one) included:
 *   the text archive's decimal form is exact for finite values but cannot read "inf" or "nan";
 *   Eigen arrays (weights, optimizer buffers, traces) as one block of little-endian bytes each,
 *   from format version 2 on (PayloadFormat);
 * - every count is checked against the bytes left in the payload before anything is allocated
 *   (InputBudget), and every enum against its known values;
 * - nothing is tracked: the values hold no shared or aliased objects (the history's traces are
 *   shared_ptrs only in memory, each saved once by value).
 */
#include "session/session.h"

#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

namespace core {
template <class Archive>
void serialize(Archive& ar, RecurrentLayerSpec& layer, unsigned version);
template <class Archive>
void serialize(Archive& ar, NetworkSpec& spec, unsigned version);
template <class Archive>
void serialize(Archive& ar, OptimizerSettings& settings, unsigned version);
template <class Archive>
void serialize(Archive& ar, LearningRateSchedule& schedule, unsigned version);
} // namespace core

namespace session {
template <class Archive>
void serialize(Archive& ar, DiagramBlock& block, unsigned version);
template <class Archive>
void serialize(Archive& ar, DiagramWire& wire, unsigned version);
template <class Archive>
void serialize(Archive& ar, NetworkDiagram& diagram, unsigned version);
template <class Archive>
void serialize(Archive& ar, OptimizerState& state, unsigned version);
template <class Archive>
void serialize(Archive& ar, TrainingPosition& position, unsigned version);
template <class Archive>
void serialize(Archive& ar, TaskReference& task, unsigned version);
template <class Archive>
void serialize(Archive& ar, ViewState& view, unsigned version);
template <class Archive>
void serialize(Archive& ar, TrainingSettings& settings, unsigned version);
template <class Archive>
void serialize(Archive& ar, EpochRecord& record, unsigned version);
template <class Archive>
void serialize(Archive& ar, HistoryEntry& entry, unsigned version);
template <class Archive>
void serialize(Archive& ar, ProbeLayerTrace& layer, unsigned version);
template <class Archive>
void serialize(Archive& ar, ProbeTrace& trace, unsigned version);
template <class Archive>
void serialize(Archive& ar, TrainingHistory& history, unsigned version);
template <class Archive>
void serialize(Archive& ar, Session& session, unsigned version);
} // namespace session

/** Version and tracking of a serialized class: bump the version when its fields change. */
#define LSTM_STUDIO_SESSION_CLASS(type, version)                                                   \
    BOOST_CLASS_VERSION(type, version)                                                             \
    BOOST_CLASS_TRACKING(type, boost::serialization::track_never)

LSTM_STUDIO_SESSION_CLASS(core::RecurrentLayerSpec, 1)
LSTM_STUDIO_SESSION_CLASS(core::NetworkSpec, 1)
LSTM_STUDIO_SESSION_CLASS(core::OptimizerSettings, 1)
LSTM_STUDIO_SESSION_CLASS(core::LearningRateSchedule, 1)
LSTM_STUDIO_SESSION_CLASS(session::DiagramBlock, 1)
LSTM_STUDIO_SESSION_CLASS(session::DiagramWire, 1)
LSTM_STUDIO_SESSION_CLASS(session::NetworkDiagram, 1)
LSTM_STUDIO_SESSION_CLASS(session::OptimizerState, 1)
LSTM_STUDIO_SESSION_CLASS(session::TrainingPosition, 1)
LSTM_STUDIO_SESSION_CLASS(session::TaskReference, 1)
LSTM_STUDIO_SESSION_CLASS(session::ViewState, 1)
// 2: bpttTruncation and frozenGates (version 1 reads as full BPTT, nothing frozen).
// 3: groups, transfer learning's frozen groups and rate factors (older: every group trained).
LSTM_STUDIO_SESSION_CLASS(session::TrainingSettings, 3)
LSTM_STUDIO_SESSION_CLASS(session::EpochRecord, 1)
LSTM_STUDIO_SESSION_CLASS(session::HistoryEntry, 1)
LSTM_STUDIO_SESSION_CLASS(session::ProbeLayerTrace, 1)
LSTM_STUDIO_SESSION_CLASS(session::ProbeTrace, 1)
LSTM_STUDIO_SESSION_CLASS(session::TrainingHistory, 1)
LSTM_STUDIO_SESSION_CLASS(session::Session, 1)
