#include "app/editor/block_kind_info.h"

#include <QStringList>

namespace app {

QString BlockKindInfo::description(BlockKind kind) {
    switch (kind) {
    case BlockKind::Input:
        return tr("Where the sequence enters the network: feature vectors or token indices, one "
                  "per step.");
    case BlockKind::Embedding:
        return tr("Turns each token index into a learned vector the recurrent layers can read.");
    case BlockKind::Rnn:
        return tr("A plain recurrent layer: each step mixes the input with the previous state "
                  "through one activation.");
    case BlockKind::Lstm:
        return tr("A long short-term memory layer: gates decide what its cell state forgets, "
                  "stores and shows at each step.");
    case BlockKind::PeepholeLstm:
        return tr("An LSTM whose gates also look at the cell state itself.");
    case BlockKind::Gru:
        return tr("A gated recurrent unit: reset and update gates, and no separate cell state.");
    case BlockKind::Attention:
        return tr("Lets each query step look back over all encoder steps and take a weighted "
                  "mix of them.");
    case BlockKind::Dropout:
        return tr("Randomly silences a share of the features while training, so the network "
                  "does not lean on any one.");
    case BlockKind::Decoder:
        return tr("Writes the output tokens one by one, starting from the encoder's final "
                  "state.");
    case BlockKind::Dense:
        return tr("A fully connected layer: every output is a weighted sum of every input.");
    case BlockKind::Output:
        return tr("Where the prediction leaves the network and the loss compares it with the "
                  "target.");
    }
    return QString();
}

QColor BlockKindInfo::accent(BlockKind kind) {
    switch (kind) {
    case BlockKind::Input:
    case BlockKind::Embedding:
        return QColor(0x2a, 0x9d, 0x8f); // data: teal
    case BlockKind::Attention:
    case BlockKind::Decoder:
        return QColor(0xe0, 0x8a, 0x1e); // attention: amber
    case BlockKind::Dropout:
        return QColor(0x7c, 0x84, 0x94); // regularization: slate
    case BlockKind::Dense:
    case BlockKind::Output:
        return QColor(0x8e, 0x5b, 0xd0); // head: violet
    default:
        return QColor(0x3b, 0x7d, 0xd8); // recurrent: blue
    }
}

QString BlockKindInfo::choiceLabel(const QString& value) {
    if (value == QLatin1String("features"))
        return tr("features");
    if (value == QLatin1String("tokens"))
        return tr("tokens");
    if (value == QLatin1String("tanh"))
        return tr("tanh");
    if (value == QLatin1String("relu"))
        return tr("ReLU");
    if (value == QLatin1String("pytorch"))
        return tr("PyTorch default");
    if (value == QLatin1String("xavier"))
        return tr("Xavier");
    if (value == QLatin1String("orthogonal"))
        return tr("orthogonal");
    if (value == QLatin1String("additive"))
        return tr("additive");
    if (value == QLatin1String("dot"))
        return tr("dot product");
    if (value == QLatin1String("mse"))
        return tr("mean squared error");
    if (value == QLatin1String("cross-entropy"))
        return tr("cross-entropy");
    if (value == QLatin1String("bce"))
        return tr("binary cross-entropy");
    if (value == QLatin1String("true"))
        return tr("yes");
    if (value == QLatin1String("false"))
        return tr("no");
    return value;
}

namespace {

/** "1 unit" or "32 units": English needs the singular, and tr() has no plural without a
 * translation file for the source language. */
QString counted(const QString& value, const QString& one, const QString& many) {
    return value == QLatin1String("1") ? one : many.arg(value);
}

} // namespace

QString BlockKindInfo::summary(const Block& block) {
    const auto p = [&block](const char* name) {
        return block.property(QString::fromLatin1(name));
    };
    switch (block.kind) {
    case BlockKind::Input:
        return p("input") == QLatin1String("tokens")
                   ? tr("%1 tokens").arg(p("size"))
                   : counted(p("size"), tr("1 feature"), tr("%1 features"));
    case BlockKind::Embedding:
        return tr("%1 dimensions").arg(p("size"));
    case BlockKind::Attention:
        return p("attention") == QLatin1String("dot") ? tr("dot product")
                                                      : tr("additive · %1").arg(p("size"));
    case BlockKind::Dropout:
        return tr("rate %1").arg(p("rate"));
    case BlockKind::Decoder:
        return tr("%1 tokens, embedded in %2").arg(p("vocabulary"), p("embedding"));
    case BlockKind::Dense:
        return counted(p("units"), tr("1 unit"), tr("%1 units"));
    case BlockKind::Output:
        return choiceLabel(p("loss"));
    default:
        break;
    }
    QStringList parts{counted(p("units"), tr("1 unit"), tr("%1 units"))};
    if (p("layers") != QLatin1String("1"))
        parts << tr("%1 layers").arg(p("layers"));
    if (p("bidirectional") == QLatin1String("true"))
        parts << tr("both ways");
    return parts.join(QStringLiteral(" · "));
}

} // namespace app
