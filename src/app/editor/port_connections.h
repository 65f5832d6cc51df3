#pragma once
/**
 * The inputs of the selected block, one list per input port naming what feeds it ("LSTM 2 ·
 * sequence", or "not connected"): choosing another source rewires the port in one undo step.
 * With it the whole editor works from the keyboard — Tab to a block, then Tab into the
 * inspector to wire it — and a learner sees each block's inputs in words.
 */
#include "app/document/wire.h"

#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;

namespace app {

class NetworkDocument;

class PortConnections : public QWidget {
    Q_OBJECT

public:
    explicit PortConnections(NetworkDocument* document, QWidget* parent = nullptr);

    /** Shows the inputs of block `id` (0: none). */
    void setBlock(int id);
    /** The list of input port `port`, or null. */
    QComboBox* portList(int port) const { return m_lists.value(port); }

signals:
    /** A source that cannot feed the port, and why. */
    void refused(const QString& why);

private:
    /** New lists for the block's ports. */
    void rebuild();
    /** The lists' entries again, from the document. */
    void refresh();
    /** Wires `source` (none: unwires) into input port `port` of the block, in one undo step. */
    void rewire(int port, const std::optional<Wire>& source);
    QList<Wire> candidates(int port) const;

    NetworkDocument* m_document;
    QFormLayout* m_layout;
    QList<QComboBox*> m_lists;
    int m_blockId = 0;
};

} // namespace app
