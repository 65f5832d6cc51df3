#pragma once
/**
 * The blocks a learner can add, one entry per kind with its family's colour, its name, and a
 * sentence on what it does as tooltip. Drag an entry onto the NetworkView to add it there;
 * double-click it or press Enter to add it in the middle of the view (blockRequested()).
 */
#include "app/document/block_kind.h"

#include <QListWidget>
#include <optional>

class QMimeData;

namespace app {

class BlockPalette : public QListWidget {
    Q_OBJECT

public:
    explicit BlockPalette(QWidget* parent = nullptr);

    /** "application/x-lstm-studio-block-kind": a blockKindName() as UTF-8. */
    static QString mimeType();
    /** Drag data for a kind; the caller (or the drag) owns it. */
    static QMimeData* mimeDataFor(BlockKind kind);
    /** The kind a drag carries, if any. */
    static std::optional<BlockKind> kindFrom(const QMimeData* mime);

    /** The kind of the entry in that row. */
    BlockKind kindAt(int row) const;
    /** The row showing that kind. */
    int rowOf(BlockKind kind) const;

signals:
    /** Add a block of that kind where the user is looking. */
    void blockRequested(app::BlockKind kind);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
    /** Copies only: a move would take the entry out of the palette. */
    void startDrag(Qt::DropActions supportedActions) override;
    void changeEvent(QEvent* event) override;

private:
    void populate();
};

} // namespace app
