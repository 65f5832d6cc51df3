#pragma once
/**
 * A trained or freshly initialised network as a JSON file, until the session format exists:
 *
 *   {"format": "lstm-studio-model", "version": 1,
 *    "spec": {…NetworkSpecJson…},
 *    "parameters": {"rnn.weight_ih_l0": [[…], …], "rnn.bias_ih_l0": […], …, "head.bias": […]}}
 *
 * Parameters are keyed by their PyTorch state_dict names and stored in PyTorch's shapes
 * (JsonTensor); doubles are written in their shortest round-trip form, so a save and a load give
 * back the identical bits — all but the sign of a zero, since QJsonDocument stores −0 as the
 * integer 0 (a −0 weight comes back as +0, which computes the same values). Loading checks
 * everything — the size cap, the format tag and version, the spec, that every parameter is present
 * with its shape and finite values, and that no other parameter is — and stops at the first problem
 * with one message naming the file.
 */
#include "core/network.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace training {

class ModelFile {
    Q_DECLARE_TR_FUNCTIONS(ModelFile)

public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = qint64(256) << 20;

    /** The network in the file — a model, or a session's network as trained; nullopt with
     * *error = "<path>: <what is wrong>". */
    static std::optional<core::Network<double>> load(const QString& path, QString* error);
    /** Writes the network atomically; false with *error = "<path>: <what is wrong>". */
    static bool save(const core::Network<double>& network, const QString& path, QString* error);

    static QJsonObject toJson(const core::Network<double>& network);
    /** The network the JSON describes; nullopt with *error (no file name) when it is wrong. */
    static std::optional<core::Network<double>> fromJson(const QJsonObject& json, QString* error);

    /** How many values Network<T> allocates for `spec`, counted without allocating them. */
    static double parameterCount(const core::NetworkSpec& spec);
};

} // namespace training
