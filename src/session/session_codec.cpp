#include "session/session_codec.h"

#include "core/network.h"
#include "session/crc32.h"
#include "session/input_budget.h"
#include "session/parameter_count.h"
#include "session/session_serialization.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <cmath>
#include <locale>
#include <new>
#include <sstream>

namespace session {

namespace {

template <typename Int>
void putLittleEndian(std::string& out, Int value) {
    for (std::size_t i = 0; i < sizeof(Int); ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

template <typename Int>
Int getLittleEndian(std::string_view bytes, std::size_t offset) {
    Int value = 0;
    for (std::size_t i = 0; i < sizeof(Int); ++i)
        value |= Int(static_cast<unsigned char>(bytes[offset + i])) << (8 * i);
    return value;
}

/** The index of the first NaN or ±∞, or −1. */
core::Index firstNonFinite(const core::Vector<float>& values) {
    for (core::Index i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            return i;
    return -1;
}

std::string checkSizes(const core::NetworkSpec& spec) {
    constexpr core::Index kMaxLayers = 1024;
    if (spec.layers.size() > std::size_t(kMaxLayers))
        return "the network has " + std::to_string(spec.layers.size()) + " layers, more than the " +
               std::to_string(kMaxLayers) + " a session may hold";
    if (const std::string problem = spec.validate(); !problem.empty())
        return "the network is not valid: " + problem;
    if (!parameterCount(spec, SessionCodec::kMaxParameters))
        return "the network has more than 2^28 parameters, more than a session may hold";
    return {};
}

std::string checkOptimizer(const OptimizerState& optimizer, core::Index parameters) {
    const std::size_t buffers = optimizer.kind == core::OptimizerKind::Sgd ? 1 : 2;
    if (!optimizer.buffers.empty() && optimizer.buffers.size() != buffers)
        return "the optimizer state holds " + std::to_string(optimizer.buffers.size()) +
               " buffers where " + core::optimizerKindName(optimizer.kind) + " keeps " +
               std::to_string(buffers);
    for (const core::Vector<float>& buffer : optimizer.buffers) {
        if (buffer.size() != parameters)
            return "an optimizer buffer holds " + std::to_string(buffer.size()) +
                   " values but the network has " + std::to_string(parameters) + " parameters";
        if (firstNonFinite(buffer) >= 0)
            return "an optimizer buffer holds a NaN or an infinity";
    }
    if (optimizer.steps < 0)
        return "the optimizer's step count is negative";
    return {};
}

std::string checkWeights(const Session& session) {
    const auto expected = *parameterCount(session.spec, SessionCodec::kMaxParameters);
    if (std::uint64_t(session.weights.size()) != expected)
        return "the weights hold " + std::to_string(session.weights.size()) +
               " values but the network has " + std::to_string(expected) + " parameters";
    // Built only now, at the size the weights already have: Network stays the authority.
    if (core::Network<float>(session.spec).parameterCount() != session.weights.size())
        return "the weights do not fit the network";
    if (const core::Index bad = firstNonFinite(session.weights); bad >= 0)
        return "weight " + std::to_string(bad) + " is not a finite number (NaN or infinity)";
    if (session.initialWeights.size() != 0 &&
        session.initialWeights.size() != session.weights.size())
        return "the initial weights hold " + std::to_string(session.initialWeights.size()) +
               " values but the network has " + std::to_string(expected) + " parameters";
    if (const core::Index bad = firstNonFinite(session.initialWeights); bad >= 0)
        return "initial weight " + std::to_string(bad) + " is not a finite number";
    return checkOptimizer(session.optimizer, session.weights.size());
}

std::string checkHeader(std::string_view bytes) {
    if (bytes.empty())
        return "the file is empty";
    if (bytes.size() > SessionCodec::kMaxFileBytes)
        return "the file is " + std::to_string(bytes.size()) +
               " bytes, larger than the 1 GiB a session may be";
    if (bytes.size() < SessionCodec::kHeaderSize)
        return "the file is too short to be an LSTM Studio session (" +
               std::to_string(bytes.size()) + " bytes)";
    if (bytes.substr(0, SessionCodec::kMagic.size()) != SessionCodec::kMagic)
        return "the file is not an LSTM Studio session";
    const auto version = getLittleEndian<std::uint32_t>(bytes, 8);
    if (version > SessionCodec::kFormatVersion)
        return "the session was made by a newer LSTM Studio, format version " +
               std::to_string(version) + " (this version reads up to " +
               std::to_string(SessionCodec::kFormatVersion) + ")";
    if (version == 0)
        return "the file is damaged: its format version is 0";
    const auto length = getLittleEndian<std::uint64_t>(bytes, 12);
    const std::uint64_t present = bytes.size() - SessionCodec::kHeaderSize;
    if (length != present)
        return "the file is damaged or cut short: it declares " + std::to_string(length) +
               " bytes of data but holds " + std::to_string(present);
    if (Crc32::of(bytes.substr(SessionCodec::kHeaderSize)) !=
        getLittleEndian<std::uint32_t>(bytes, 20))
        return "the file is damaged: its checksum does not match its contents";
    return {};
}

void readPayload(std::string_view payload, std::uint32_t version, Session& session) {
    // Boost reads its signature as a string of the size the file declares, allocating first:
    // the signature is checked here so that a damaged size never reaches it.
    if (!payload.starts_with("22 serialization::archive "))
        throw SessionError("the file is damaged: its contents cannot be read");
    std::istringstream stream{std::string(payload)};
    stream.imbue(std::locale::classic()); // whatever the program's global locale groups digits by
    boost::archive::text_iarchive archive(stream, boost::archive::no_codecvt);
    archive.get_helper<InputBudget>().attach(&stream, payload.size());
    archive.get_helper<PayloadFormat>(PayloadFormat::archiveKey()).setVersion(version);
    archive >> session;
    stream >> std::ws;
    if (!stream.eof())
        throw SessionError("the file is damaged: unexpected data after the session");
}

std::string describe(const boost::archive::archive_exception& e) {
    switch (e.code) {
    case boost::archive::archive_exception::unsupported_version:
        return "the session was made by a newer LSTM Studio: its archive format is newer than "
               "this version reads";
    case boost::archive::archive_exception::input_stream_error:
    case boost::archive::archive_exception::invalid_signature:
        return "the file is damaged: its contents cannot be read";
    default:
        return std::string("the file is damaged: its contents cannot be read (") + e.what() + ")";
    }
}

} // namespace

std::string SessionCodec::validate(const Session& session) {
    if (std::string problem = checkSizes(session.spec); !problem.empty())
        return problem;
    if (std::string problem = checkWeights(session); !problem.empty())
        return problem;
    if (std::string problem = session.settings.validate(); !problem.empty())
        return "the training settings are not valid: " + problem;
    if (std::string problem = session.settings.recurrentOptions().problemFor(session.spec);
        !problem.empty())
        return "the training settings do not fit the network: " + problem;
    if (session.threads < 1 || session.threads > 1024)
        return "the session asks for " + std::to_string(session.threads) +
               " threads; it must be from 1 to 1024";
    return {};
}

std::string SessionCodec::encode(const Session& session) {
    if (const std::string problem = validate(session); !problem.empty())
        throw SessionError("the session cannot be saved: " + problem);
    std::ostringstream stream;
    stream.imbue(std::locale::classic());
    {
        boost::archive::text_oarchive archive(stream, boost::archive::no_codecvt);
        archive << session;
    }
    const std::string payload = std::move(stream).str(); // moved out, not copied
    if (payload.size() > kMaxFileBytes - kHeaderSize)
        throw SessionError("the session cannot be saved: it would be larger than 1 GiB");
    std::string bytes(kMagic);
    bytes.reserve(kHeaderSize + payload.size());
    putLittleEndian<std::uint32_t>(bytes, kFormatVersion);
    putLittleEndian<std::uint64_t>(bytes, payload.size());
    putLittleEndian<std::uint32_t>(bytes, Crc32::of(payload));
    return bytes.append(payload);
}

std::string SessionCodec::decode(std::string_view bytes, Session& session) {
    if (std::string problem = checkHeader(bytes); !problem.empty())
        return problem;
    try {
        Session loaded;
        readPayload(bytes.substr(kHeaderSize), getLittleEndian<std::uint32_t>(bytes, 8), loaded);
        if (std::string problem = validate(loaded); !problem.empty())
            return problem;
        session = std::move(loaded);
        return {};
    } catch (const SessionError& e) {
        return e.what();
    } catch (const boost::archive::archive_exception& e) {
        return describe(e);
    } catch (const std::bad_alloc&) {
        return "the session is too large to load in the memory available";
    } catch (const std::exception& e) {
        return std::string("the file is damaged: ") + e.what();
    } catch (...) {
        return "the file is damaged: its contents cannot be read";
    }
}

Session SessionCodec::decodeOrThrow(std::string_view bytes) {
    Session session;
    if (const std::string problem = decode(bytes, session); !problem.empty())
        throw SessionError(problem);
    return session;
}

std::uint32_t SessionCodec::formatVersion(std::string_view bytes) {
    if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic)
        return 0;
    return getLittleEndian<std::uint32_t>(bytes, 8);
}

} // namespace session
