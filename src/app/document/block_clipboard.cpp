#include "app/document/block_clipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace app {

namespace {

QJsonObject blockToJson(const Block& block) {
    QJsonObject properties;
    for (auto it = block.properties.cbegin(); it != block.properties.cend(); ++it)
        properties.insert(it.key(), it.value());
    return {{QStringLiteral("id"), block.id},
            {QStringLiteral("kind"), blockKindName(block.kind)},
            {QStringLiteral("x"), block.position.x()},
            {QStringLiteral("y"), block.position.y()},
            {QStringLiteral("properties"), properties}};
}

std::optional<Block> blockFromJson(const QJsonObject& object) {
    const auto kind = blockKindFromName(object.value(QStringLiteral("kind")).toString());
    const int id = object.value(QStringLiteral("id")).toInt();
    if (!kind || id < 1)
        return std::nullopt;
    Block block{id, *kind, {}, {}};
    block.position = QPointF(object.value(QStringLiteral("x")).toDouble(),
                             object.value(QStringLiteral("y")).toDouble());
    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        block.properties.insert(it.key(), it.value().toString());
    return block;
}

} // namespace

QString BlockClipboard::mimeType() {
    return QStringLiteral("application/x-lstm-studio-blocks");
}

QByteArray BlockClipboard::toJson(const NetworkGraph& selection) {
    QJsonArray blocks, wires;
    for (const Block& block : selection.blocks)
        blocks.append(blockToJson(block));
    for (const Wire& wire : selection.wires)
        wires.append(QJsonObject{{QStringLiteral("fromBlock"), wire.fromBlock},
                                 {QStringLiteral("fromPort"), wire.fromPort},
                                 {QStringLiteral("toBlock"), wire.toBlock},
                                 {QStringLiteral("toPort"), wire.toPort}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("blocks"), blocks}, {QStringLiteral("wires"), wires}})
        .toJson(QJsonDocument::Compact);
}

std::optional<NetworkGraph> BlockClipboard::fromJson(const QByteArray& json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    NetworkGraph graph;
    for (const QJsonValue& value : document.object().value(QStringLiteral("blocks")).toArray()) {
        const std::optional<Block> block = blockFromJson(value.toObject());
        if (!block || graph.block(block->id))
            return std::nullopt;
        graph.blocks.append(*block);
    }
    for (const QJsonValue& value : document.object().value(QStringLiteral("wires")).toArray()) {
        const QJsonObject object = value.toObject();
        const Wire wire{object.value(QStringLiteral("fromBlock")).toInt(),
                        object.value(QStringLiteral("fromPort")).toInt(),
                        object.value(QStringLiteral("toBlock")).toInt(),
                        object.value(QStringLiteral("toPort")).toInt()};
        if (!graph.block(wire.fromBlock) || !graph.block(wire.toBlock))
            return std::nullopt;
        graph.wires.append(wire);
    }
    return graph;
}

QMimeData* BlockClipboard::toMimeData(const NetworkGraph& selection) {
    auto* mime = new QMimeData;
    mime->setData(mimeType(), toJson(selection));
    return mime;
}

std::optional<NetworkGraph> BlockClipboard::fromMimeData(const QMimeData* mime) {
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    return fromJson(mime->data(mimeType()));
}

} // namespace app
