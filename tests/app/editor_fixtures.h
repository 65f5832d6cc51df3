#pragma once
// Helpers the network editor's GUI tests share: a document shown in a NetworkScene and
// NetworkView, drops from the palette, and mouse drags on the view's viewport.
#include "app/document/network_document.h"
#include "app/editor/block_item.h"
#include "app/editor/block_palette.h"
#include "app/editor/network_scene.h"
#include "app/editor/network_view.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QtTest>
#include <memory>

namespace editor {

/** A document, its scene and a shown view of 1000 × 640 at 100 %. */
struct Editor {
    app::NetworkDocument document;
    app::NetworkScene scene{&document};
    app::NetworkView view{&scene};

    Editor() {
        view.resize(1000, 640);
        view.setSceneRect(-200, -200, 1400, 900);
        view.show();
        view.centerOn(500, 200);
    }

    /** Where the block's port is, in viewport coordinates. */
    QPoint portPoint(int block, bool output, int index) const {
        return view.mapFromScene(scene.blockItem(block)->portScenePos(output, index));
    }
    /** The middle of the block's body (below its header), in viewport coordinates. */
    QPoint blockPoint(int block) const {
        const app::BlockItem* item = scene.blockItem(block);
        return view.mapFromScene(item->mapToScene(QPointF(app::BlockItem::kWidth / 2, 50)));
    }
};

/** Drops a palette entry of that kind at `pos` of the viewport, as a drag from the palette. */
inline bool drop(app::NetworkView& view, app::BlockKind kind, QPoint pos) {
    const std::unique_ptr<QMimeData> mime(app::BlockPalette::mimeDataFor(kind));
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &dropped);
    return dropped.isAccepted();
}

/** Presses the left button at `from`, moves in steps to `to` and releases there. */
inline void drag(QWidget* viewport, QPoint from, QPoint to) {
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace editor
