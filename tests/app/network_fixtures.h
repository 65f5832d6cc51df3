#pragma once
// Helpers the editor's tests share: building a document's graph through its edit functions (so
// every step is an undo command), and comparing specs field by field.
#include "app/document/network_document.h"
#include "core/network_spec.h"

#include <QMap>
#include <QString>
#include <QtTest>

namespace fixtures {

/** Adds a block through the document's commands, sets its properties, returns its id. */
inline int add(app::NetworkDocument& document, app::BlockKind kind,
               const QMap<QString, QString>& properties = {}) {
    const int id = document.addBlock(kind, QPointF(100.0 * document.graph().blocks.size(), 0));
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        document.setBlockProperty(id, it.key(), it.value());
    return id;
}

inline bool connect(app::NetworkDocument& document, int from, int fromPort, int to, int toPort) {
    return document.connectPorts(app::Wire{from, fromPort, to, toPort});
}

/** Input (features, `inputs`) → LSTM (units) → dense (outputs) → output, per step; the ids. */
struct Chain {
    int input = 0, lstm = 0, dense = 0, output = 0;
};

inline Chain perStepChain(app::NetworkDocument& document, int inputs = 1, int units = 32,
                          int outputs = 1) {
    Chain c;
    c.input =
        add(document, app::BlockKind::Input, {{QStringLiteral("size"), QString::number(inputs)}});
    c.lstm =
        add(document, app::BlockKind::Lstm, {{QStringLiteral("units"), QString::number(units)}});
    c.dense =
        add(document, app::BlockKind::Dense, {{QStringLiteral("units"), QString::number(outputs)}});
    c.output = add(document, app::BlockKind::Output);
    connect(document, c.input, 0, c.lstm, 0);
    connect(document, c.lstm, 0, c.dense, 0);
    connect(document, c.dense, 0, c.output, 0);
    return c;
}

/** Empty when the specs agree on every field, else the first field that differs. */
inline QString specDifference(const core::NetworkSpec& a, const core::NetworkSpec& b) {
    const auto field = [](const char* name, auto x, auto y) {
        return x == y ? QString()
                      : QStringLiteral("%1: %2 vs %3")
                            .arg(QLatin1String(name))
                            .arg(double(x))
                            .arg(double(y));
    };
    QString d;
    const auto check = [&d](const QString& difference) {
        if (d.isEmpty())
            d = difference;
    };
    check(field("inputKind", int(a.inputKind), int(b.inputKind)));
    check(field("inputSize", a.inputSize, b.inputSize));
    check(field("embeddingSize", a.embeddingSize, b.embeddingSize));
    check(field("layers", a.layers.size(), b.layers.size()));
    for (size_t l = 0; l < std::min(a.layers.size(), b.layers.size()); ++l) {
        check(field("cell", int(a.layers[l].cell), int(b.layers[l].cell)));
        check(field("hidden", a.layers[l].hidden, b.layers[l].hidden));
        check(field("bidirectional", a.layers[l].bidirectional, b.layers[l].bidirectional));
        check(field("activation", int(a.layers[l].activation), int(b.layers[l].activation)));
        check(field("dropoutAfter", a.layers[l].dropoutAfter, b.layers[l].dropoutAfter));
    }
    check(field("attention", int(a.attention), int(b.attention)));
    check(field("attentionSize", a.attentionSize, b.attentionSize));
    check(field("outputSize", a.outputSize, b.outputSize));
    check(field("outputMode", int(a.outputMode), int(b.outputMode)));
    check(field("decoderVocabulary", a.decoderVocabulary, b.decoderVocabulary));
    check(field("decoderEmbeddingSize", a.decoderEmbeddingSize, b.decoderEmbeddingSize));
    return d;
}

} // namespace fixtures
