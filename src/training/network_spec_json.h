#pragma once
/**
 * A NetworkSpec as JSON, shared by the model file, the session and the command line. Every field
 * of the spec is written, enums by name ("lstm", "per-sequence", …):
 *
 *   {"inputKind": "features", "inputSize": 3, "embeddingSize": 0,
 *    "layers": [{"cell": "lstm", "hidden": 8, "bidirectional": false, "activation": "tanh",
 *                "dropoutAfter": 0}],
 *    "attention": "none", "attentionSize": 0, "outputSize": 1, "outputMode": "per-step",
 *    "decoderVocabulary": 0, "decoderEmbeddingSize": 0}
 *
 * Reading requires inputSize, layers (each with cell and hidden), outputSize and outputMode; the
 * other fields default as in NetworkSpec. Unknown fields, wrong types, non-integral sizes and a
 * spec that NetworkSpec::validate() rejects are errors.
 */
#include "core/network_spec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace training {

class NetworkSpecJson {
    Q_DECLARE_TR_FUNCTIONS(NetworkSpecJson)

public:
    /** Sizes above this are refused when reading, before anything is allocated. */
    static constexpr core::Index kMaxSize = core::Index(1) << 24;

    static QJsonObject toJson(const core::NetworkSpec& spec);
    /** The spec, or nullopt with *error saying which field is wrong ("spec.layers[0].hidden: …").
     */
    static std::optional<core::NetworkSpec> fromJson(const QJsonObject& json, QString* error);

    /** "per-step", "per-sequence", "sequence-to-sequence" back to the mode. */
    static std::optional<core::OutputMode> outputModeFromName(const QString& name);
    static QString inputKindName(core::InputKind kind);
    static std::optional<core::InputKind> inputKindFromName(const QString& name);
};

} // namespace training
