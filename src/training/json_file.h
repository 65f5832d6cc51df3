#pragma once
/**
 * Reading and writing the JSON files the tools exchange (models, inputs, dumps), with the checks
 * every reader needs: a size cap looked at before reading, the parser's offset on a syntax error,
 * atomic writes. Every error names the file, so a caller can show it as it is.
 */
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace training {

class JsonFile {
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    /** The largest file read unless a caller says otherwise: 256 MiB. */
    static constexpr qint64 kDefaultMaxBytes = qint64(256) << 20;

    /** The object at the top of the file at `path`; nullopt with *error = "<path>: <problem>". */
    static std::optional<QJsonObject> readObject(const QString& path, QString* error,
                                                 qint64 maxBytes = kDefaultMaxBytes);

    /** Writes `object` to `path` atomically (QSaveFile); false with *error on failure. */
    static bool writeObject(const QString& path, const QJsonObject& object, QString* error);

    /** Writes `bytes` to `path` atomically; false with *error = "<path>: <problem>". */
    static bool writeBytes(const QString& path, const QByteArray& bytes, QString* error);

    /** "<path>: <problem>", the form of every message these readers give. */
    static QString located(const QString& path, const QString& problem);
};

} // namespace training
