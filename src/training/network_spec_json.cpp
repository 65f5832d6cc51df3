#include "training/network_spec_json.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace training {

using core::Index;

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

/** Reads fields of one JSON object, remembering the first problem and which keys it knows. */
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString where, QString* error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error) {}

    bool ok() const { return m_ok; }

    Index size(const QString& key, Index fallback, bool required) {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number < 0 || number > double(NetworkSpecJson::kMaxSize) ||
            number != std::floor(number)) {
            fail(key, NetworkSpecJson::tr("expected a whole number from 0 to %1")
                          .arg(NetworkSpecJson::kMaxSize));
            return fallback;
        }
        return Index(number);
    }

    double real(const QString& key, double fallback) {
        const QJsonValue value = take(key, false);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble()) {
            fail(key, NetworkSpecJson::tr("expected a number"));
            return fallback;
        }
        return value.toDouble();
    }

    bool flag(const QString& key, bool fallback) {
        const QJsonValue value = take(key, false);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            fail(key, NetworkSpecJson::tr("expected true or false"));
            return fallback;
        }
        return value.toBool();
    }

    /** The name in `key` mapped by `parse`; `names` lists the accepted ones for the message. */
    template <typename Enum, typename Parse>
    Enum name(const QString& key, Enum fallback, bool required, Parse parse, const QString& names) {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return fallback;
        const std::optional<Enum> parsed =
            value.isString() ? parse(value.toString()) : std::optional<Enum>();
        if (!parsed) {
            fail(key, NetworkSpecJson::tr("expected one of %1").arg(names));
            return fallback;
        }
        return *parsed;
    }

    QJsonArray array(const QString& key) {
        const QJsonValue value = take(key, true);
        if (!value.isUndefined() && !value.isArray())
            fail(key, NetworkSpecJson::tr("expected an array"));
        return value.toArray();
    }

    /** Fails on the first key that no reader asked for. */
    void rejectUnknown() {
        for (auto it = m_object.begin(); m_ok && it != m_object.end(); ++it)
            if (!m_known.contains(it.key()))
                fail(it.key(), NetworkSpecJson::tr("unknown field"));
    }

    void fail(const QString& key, const QString& problem) {
        if (!m_ok)
            return;
        m_ok = false;
        *m_error = QStringLiteral("%1.%2: %3").arg(m_where, key, problem);
    }

private:
    QJsonValue take(const QString& key, bool required) {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && required)
            fail(key, NetworkSpecJson::tr("missing"));
        return value;
    }

    const QJsonObject& m_object;
    QString m_where;
    QString* m_error;
    QSet<QString> m_known;
    bool m_ok = true;
};

std::optional<core::CellKind> cellFromName(const QString& name) {
    return core::cellKindFromName(name.toStdString());
}
std::optional<core::Activation> activationFromName(const QString& name) {
    return core::activationFromName(name.toStdString());
}
std::optional<core::AttentionKind> attentionFromName(const QString& name) {
    return core::attentionKindFromName(name.toStdString());
}

std::optional<core::RecurrentLayerSpec> layerFromJson(const QJsonValue& value, const QString& where,
                                                      QString* error) {
    if (!value.isObject()) {
        *error = NetworkSpecJson::tr("%1: expected an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    FieldReader read(object, where, error);
    core::RecurrentLayerSpec layer;
    layer.cell = read.name(QStringLiteral("cell"), layer.cell, true, cellFromName,
                           QStringLiteral("rnn, lstm, peephole, gru"));
    layer.hidden = read.size(QStringLiteral("hidden"), layer.hidden, true);
    layer.bidirectional = read.flag(QStringLiteral("bidirectional"), layer.bidirectional);
    layer.activation = read.name(QStringLiteral("activation"), layer.activation, false,
                                 activationFromName, QStringLiteral("tanh, relu"));
    layer.dropoutAfter = read.real(QStringLiteral("dropoutAfter"), layer.dropoutAfter);
    read.rejectUnknown();
    if (!read.ok())
        return std::nullopt;
    return layer;
}

} // namespace

QString NetworkSpecJson::inputKindName(core::InputKind kind) {
    return kind == core::InputKind::Tokens ? QStringLiteral("tokens") : QStringLiteral("features");
}

std::optional<core::InputKind> NetworkSpecJson::inputKindFromName(const QString& name) {
    if (name == QLatin1String("features"))
        return core::InputKind::Features;
    if (name == QLatin1String("tokens"))
        return core::InputKind::Tokens;
    return std::nullopt;
}

std::optional<core::OutputMode> NetworkSpecJson::outputModeFromName(const QString& name) {
    for (core::OutputMode mode : {core::OutputMode::PerStep, core::OutputMode::PerSequence,
                                  core::OutputMode::SequenceToSequence})
        if (fromStd(core::outputModeName(mode)) == name)
            return mode;
    return std::nullopt;
}

QJsonObject NetworkSpecJson::toJson(const core::NetworkSpec& spec) {
    QJsonArray layers;
    for (const core::RecurrentLayerSpec& layer : spec.layers)
        layers.append(QJsonObject{
            {QStringLiteral("cell"), fromStd(core::cellKindName(layer.cell))},
            {QStringLiteral("hidden"), double(layer.hidden)},
            {QStringLiteral("bidirectional"), layer.bidirectional},
            {QStringLiteral("activation"), fromStd(core::activationName(layer.activation))},
            {QStringLiteral("dropoutAfter"), layer.dropoutAfter}});
    return QJsonObject{
        {QStringLiteral("inputKind"), inputKindName(spec.inputKind)},
        {QStringLiteral("inputSize"), double(spec.inputSize)},
        {QStringLiteral("embeddingSize"), double(spec.embeddingSize)},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("attention"), fromStd(core::attentionKindName(spec.attention))},
        {QStringLiteral("attentionSize"), double(spec.attentionSize)},
        {QStringLiteral("outputSize"), double(spec.outputSize)},
        {QStringLiteral("outputMode"), fromStd(core::outputModeName(spec.outputMode))},
        {QStringLiteral("decoderVocabulary"), double(spec.decoderVocabulary)},
        {QStringLiteral("decoderEmbeddingSize"), double(spec.decoderEmbeddingSize)}};
}

std::optional<core::NetworkSpec> NetworkSpecJson::fromJson(const QJsonObject& json,
                                                           QString* error) {
    const QString where = QStringLiteral("spec");
    FieldReader read(json, where, error);
    core::NetworkSpec spec;
    spec.inputKind = read.name(QStringLiteral("inputKind"), spec.inputKind, false,
                               inputKindFromName, QStringLiteral("features, tokens"));
    spec.inputSize = read.size(QStringLiteral("inputSize"), spec.inputSize, true);
    spec.embeddingSize = read.size(QStringLiteral("embeddingSize"), spec.embeddingSize, false);
    const QJsonArray layers = read.array(QStringLiteral("layers"));
    spec.attention = read.name(QStringLiteral("attention"), spec.attention, false,
                               attentionFromName, QStringLiteral("none, dot, additive"));
    spec.attentionSize = read.size(QStringLiteral("attentionSize"), spec.attentionSize, false);
    spec.outputSize = read.size(QStringLiteral("outputSize"), spec.outputSize, true);
    spec.outputMode =
        read.name(QStringLiteral("outputMode"), spec.outputMode, true, outputModeFromName,
                  QStringLiteral("per-step, per-sequence, sequence-to-sequence"));
    spec.decoderVocabulary =
        read.size(QStringLiteral("decoderVocabulary"), spec.decoderVocabulary, false);
    spec.decoderEmbeddingSize =
        read.size(QStringLiteral("decoderEmbeddingSize"), spec.decoderEmbeddingSize, false);
    read.rejectUnknown();
    if (!read.ok())
        return std::nullopt;
    for (qsizetype l = 0; l < layers.size(); ++l) {
        const auto layer =
            layerFromJson(layers.at(l), QStringLiteral("%1.layers[%2]").arg(where).arg(l), error);
        if (!layer)
            return std::nullopt;
        spec.layers.push_back(*layer);
    }
    if (const std::string problem = spec.validate(); !problem.empty()) {
        *error = QStringLiteral("%1: %2").arg(where, fromStd(problem));
        return std::nullopt;
    }
    return spec;
}

} // namespace training
