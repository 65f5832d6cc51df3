#include "app/editor/property_field.h"

namespace app {

namespace {

using Nature = PropertyField::Nature;

PropertyField count(const char* name, const QString& label, const QString& toolTip,
                    double maximum = 4096) {
    return {QString::fromLatin1(name), label, toolTip, Nature::Count, 1, maximum, 1, {}};
}

PropertyField choice(const char* name, const QString& label, const QString& toolTip,
                     const QStringList& choices) {
    return {QString::fromLatin1(name), label, toolTip, Nature::Choice, 0, 0, 0, choices};
}

QList<PropertyField> recurrent(BlockKind kind) {
    QList<PropertyField> fields{
        count("units", PropertyField::tr("Units"),
              PropertyField::tr("How many numbers the layer's state holds at each step.")),
        count("layers", PropertyField::tr("Layers"),
              PropertyField::tr("How many such layers are stacked, each reading the one below."),
              16),
        choice("bidirectional", PropertyField::tr("Both ways"),
               PropertyField::tr("Also read the sequence backwards; the output is twice as wide."),
               {QStringLiteral("false"), QStringLiteral("true")}),
        choice("activation", PropertyField::tr("Activation"),
               PropertyField::tr("The squashing function applied to the candidate state."),
               {QStringLiteral("tanh"), QStringLiteral("relu")}),
        choice(
            "initializer", PropertyField::tr("Initializer"),
            PropertyField::tr("How the weights are drawn before training starts."),
            {QStringLiteral("pytorch"), QStringLiteral("xavier"), QStringLiteral("orthogonal")})};
    if (kind == BlockKind::Lstm || kind == BlockKind::PeepholeLstm)
        fields.append({QStringLiteral("forget-bias"),
                       PropertyField::tr("Forget-gate bias"),
                       PropertyField::tr("The forget gate's starting bias; 1 makes the cell "
                                         "remember by default. Empty: the initializer's own."),
                       Nature::OptionalReal,
                       -10,
                       10,
                       0.5,
                       {}});
    return fields;
}

} // namespace

QList<PropertyField> PropertyField::of(BlockKind kind) {
    if (isRecurrent(kind))
        return recurrent(kind);
    switch (kind) {
    case BlockKind::Input:
        return {choice("input", tr("Input"),
                       tr("Feature vectors (numbers per step) or token indices (one symbol per "
                          "step)."),
                       {QStringLiteral("features"), QStringLiteral("tokens")}),
                count("size", tr("Size"),
                      tr("Features per step, or the number of different tokens."), 100000)};
    case BlockKind::Embedding:
        return {count("size", tr("Dimensions"), tr("How long the vector for each token is."))};
    case BlockKind::Attention:
        return {choice("attention", tr("Scoring"),
                       tr("Additive scores through a small learned layer; dot product compares "
                          "query and keys directly."),
                       {QStringLiteral("additive"), QStringLiteral("dot")}),
                count("size", tr("Size"), tr("The width of the additive scoring layer."))};
    case BlockKind::Dropout:
        return {{QStringLiteral("rate"),
                 tr("Rate"),
                 tr("The share of features silenced at each training step."),
                 Nature::Real,
                 0,
                 0.95,
                 0.05,
                 {}}};
    case BlockKind::Decoder:
        return {count("vocabulary", tr("Vocabulary"),
                      tr("How many different tokens the decoder writes, its start token "
                         "included."),
                      100000),
                count("embedding", tr("Embedding"),
                      tr("How long the vector for each token the decoder reads is."))};
    case BlockKind::Dense:
        return {count("units", tr("Units"), tr("How many numbers the layer outputs."))};
    case BlockKind::Output:
        return {choice(
            "loss", tr("Loss"), tr("How the prediction is compared with the target."),
            {QStringLiteral("mse"), QStringLiteral("cross-entropy"), QStringLiteral("bce")})};
    default:
        return {};
    }
}

} // namespace app
