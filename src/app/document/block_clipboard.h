#pragma once
/**
 * Copied blocks on the clipboard: a selection (blocks and the wires between them) as JSON under
 * a MIME type of our own, so copy and paste work between windows and documents, and nothing
 * else pastes it by mistake.
 *
 *   {"blocks": [{"id": 3, "kind": "lstm", "x": 200, "y": 0, "properties": {"units": "32"}}],
 *    "wires":  [{"fromBlock": 3, "fromPort": 0, "toBlock": 4, "toPort": 0}]}
 */
#include "app/document/network_graph.h"

#include <QByteArray>
#include <QString>
#include <optional>

class QMimeData;

namespace app {

class BlockClipboard {
public:
    /** "application/x-lstm-studio-blocks". */
    static QString mimeType();

    static QByteArray toJson(const NetworkGraph& selection);
    /** Nothing when the bytes are not a selection (not JSON, an unknown kind, a bad wire). */
    static std::optional<NetworkGraph> fromJson(const QByteArray& json);

    /** New clipboard data holding the selection; the caller (or the clipboard) owns it. */
    static QMimeData* toMimeData(const NetworkGraph& selection);
    static std::optional<NetworkGraph> fromMimeData(const QMimeData* mime);
};

} // namespace app
