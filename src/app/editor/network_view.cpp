#include "app/editor/network_view.h"

#include "app/document/network_document.h"
#include "app/editor/auto_layout.h"
#include "app/editor/block_item.h"
#include "app/editor/block_palette.h"
#include "app/editor/canvas_banner.h"
#include "app/editor/network_scene.h"
#include "app/editor/scene_exporter.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QUndoStack>
#include <QtMath>

namespace app {

NetworkView::NetworkView(NetworkScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // the banner stays put on scroll
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("The network: drag blocks here from the palette, drag from a port to a port to "
                  "wire them. Ctrl+wheel zooms, middle-drag or Space+drag pans."));
    setAccessibleName(tr("Network canvas"));
    scene->setPalette(palette());
    createActions();
    connect(document(), &NetworkDocument::editingLockedChanged, this, [this] {
        updateActions();
        viewport()->update();
    });
    connect(document(), &NetworkDocument::graphReset, viewport(), qOverload<>(&QWidget::update));
    connect(scene, &NetworkScene::statusMessage, this, &NetworkView::statusMessage);
    connect(scene, &NetworkScene::blockSelectionChanged, this, &NetworkView::updateActions);
    updateActions();
}

NetworkDocument* NetworkView::document() const {
    return m_scene->document();
}

void NetworkView::createActions() {
    // Called again on a change of language: then the actions only take their new words.
    const auto make = [this](Action which, const QString& text, const QString& toolTip,
                             const QList<QKeySequence>& keys, void (NetworkView::*slot)()) {
        QAction* action = m_actions.value(which);
        if (!action) {
            action = new QAction(this);
            action->setShortcuts(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, slot);
            addAction(action);
            m_actions.insert(which, action);
        }
        action->setText(text);
        action->setToolTip(toolTip);
    };
    make(Action::ZoomIn, tr("Zoom &In"), tr("Show the network larger"),
         {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &NetworkView::zoomIn);
    make(Action::ZoomOut, tr("Zoom &Out"), tr("Show more of the network"), {QKeySequence::ZoomOut},
         &NetworkView::zoomOut);
    make(Action::FitToView, tr("&Fit to View"), tr("Zoom so the whole network shows"),
         {QKeySequence(Qt::CTRL | Qt::Key_0)}, &NetworkView::fitToView);
    make(Action::SelectAll, tr("Select &All"), tr("Select every block"), {QKeySequence::SelectAll},
         &NetworkView::selectAll);
    make(Action::Delete, tr("&Delete"), tr("Remove the selected blocks and wires"),
         {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)}, &NetworkView::deleteSelection);
    make(Action::Copy, tr("&Copy"), tr("Copy the selected blocks"), {QKeySequence::Copy},
         &NetworkView::copySelection);
    make(Action::Cut, tr("Cu&t"), tr("Copy the selected blocks and remove them"),
         {QKeySequence::Cut}, &NetworkView::cutSelection);
    make(Action::Paste, tr("&Paste"), tr("Add the copied blocks to the network"),
         {QKeySequence::Paste}, &NetworkView::paste);
    make(Action::Tidy, tr("&Tidy Layout"), tr("Arrange the blocks left to right, in layers"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, &NetworkView::autoLayout);
}

void NetworkView::updateActions() {
    const bool editable = !document()->isEditingLocked();
    const bool selected = !m_scene->selectedBlockIds().isEmpty();
    m_actions.value(Action::Delete)->setEnabled(editable);
    m_actions.value(Action::Cut)->setEnabled(editable && selected);
    m_actions.value(Action::Copy)->setEnabled(selected);
    m_actions.value(Action::Paste)->setEnabled(editable);
    m_actions.value(Action::Tidy)->setEnabled(editable);
}

double NetworkView::zoom() const {
    return transform().m11();
}

QString NetworkView::exportImage(const QString& path) {
    return SceneExporter::exportImage(m_scene, path);
}

void NetworkView::zoomIn() {
    setZoom(zoom() * kZoomStep);
}

void NetworkView::zoomOut() {
    setZoom(zoom() / kZoomStep);
}

void NetworkView::setZoom(double value) {
    value = qBound(kMinZoom, value, kMaxZoom);
    const double factor = value / zoom();
    if (!qFuzzyCompare(factor, 1.0))
        scale(factor, factor);
}

void NetworkView::fitToView() {
    const QRectF rect = SceneExporter::exportRect(m_scene);
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.25)
        setTransform(QTransform::fromScale(1.25, 1.25));
    else if (zoom() < kMinZoom)
        setTransform(QTransform::fromScale(kMinZoom, kMinZoom));
    centerOn(rect.center());
}

void NetworkView::selectAll() {
    m_scene->selectBlocks(document()->blockIds());
}

void NetworkView::deleteSelection() {
    const QList<int> blocks = m_scene->selectedBlockIds();
    QList<Wire> wires;
    for (const Wire& wire : m_scene->selectedWires())
        if (!blocks.contains(wire.fromBlock) && !blocks.contains(wire.toBlock))
            wires.append(wire);
    if ((blocks.isEmpty() && wires.isEmpty()) || document()->isEditingLocked())
        return;
    QUndoStack* stack = document()->undoStack();
    const bool macro = wires.size() + (blocks.isEmpty() ? 0 : 1) > 1;
    if (macro)
        stack->beginMacro(tr("Delete selection"));
    for (const Wire& wire : wires)
        document()->disconnectWire(wire);
    if (!blocks.isEmpty())
        document()->removeBlocks(blocks);
    if (macro)
        stack->endMacro();
}

void NetworkView::copySelection() {
    const QList<int> ids = m_scene->selectedBlockIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(document()->copy(ids));
    m_pasteCount = 0;
}

void NetworkView::cutSelection() {
    if (document()->isEditingLocked())
        return;
    copySelection();
    document()->removeBlocks(m_scene->selectedBlockIds());
    m_pasteCount = -1; // the first paste goes where the cut blocks were
}

void NetworkView::paste() {
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    ++m_pasteCount;
    const double offset = 2 * NetworkScene::kGrid * m_pasteCount;
    const QList<int> ids = document()->paste(mime, QPointF(offset, offset));
    if (ids.isEmpty()) {
        --m_pasteCount;
        emit statusMessage(document()->isEditingLocked()
                               ? tr("Editing is locked while training runs.")
                               : tr("The clipboard holds no blocks to paste."));
        return;
    }
    m_scene->selectBlocks(ids);
}

void NetworkView::autoLayout() {
    if (AutoLayout::apply(document(), tr("Tidy the layout")))
        fitToView();
}

void NetworkView::addBlockAtCentre(BlockKind kind) {
    const QPointF centre = mapToScene(viewport()->rect().center());
    const int id = document()->addBlock(kind, AutoLayout::freePlace(document()->graph(), centre));
    if (!id) {
        emit statusMessage(tr("Editing is locked while training runs."));
        return;
    }
    m_scene->selectBlocks({id});
    setFocus();
}

void NetworkView::cycleSelection(bool forward) {
    const QList<int> ids = document()->blockIds();
    if (ids.isEmpty())
        return;
    const QList<int> selected = m_scene->selectedBlockIds();
    qsizetype index =
        selected.isEmpty() ? -1 : ids.indexOf(forward ? selected.last() : selected.first());
    if (index < 0)
        index = forward ? ids.size() - 1 : 0;
    const int next = ids.at((index + (forward ? 1 : ids.size() - 1)) % ids.size());
    m_scene->selectBlocks({next});
    if (const BlockItem* item = m_scene->blockItem(next))
        ensureVisible(item, 40, 40);
}

void NetworkView::moveSelection(QPointF delta) {
    const QList<int> ids = m_scene->selectedBlockIds();
    if (ids.isEmpty())
        return;
    if (!document()->moveBlocks(ids, delta))
        emit statusMessage(tr("Editing is locked while training runs."));
    else if (const BlockItem* item = m_scene->blockItem(ids.first()))
        ensureVisible(item, 40, 40);
}

bool NetworkView::event(QEvent* event) {
    // Tab walks the blocks instead of moving the focus to the next widget.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !document()->graph().blocks.isEmpty()) {
            cycleSelection(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool NetworkView::handleStandardKey(QKeyEvent* event) {
    const struct {
        QKeySequence::StandardKey key;
        void (NetworkView::*slot)();
    } standard[] = {{QKeySequence::ZoomIn, &NetworkView::zoomIn},
                    {QKeySequence::ZoomOut, &NetworkView::zoomOut},
                    {QKeySequence::SelectAll, &NetworkView::selectAll},
                    {QKeySequence::Copy, &NetworkView::copySelection},
                    {QKeySequence::Cut, &NetworkView::cutSelection},
                    {QKeySequence::Paste, &NetworkView::paste},
                    {QKeySequence::Delete, &NetworkView::deleteSelection}};
    for (const auto& entry : standard)
        if (event->matches(entry.key)) {
            (this->*entry.slot)();
            return true;
        }
    if (event->matches(QKeySequence::Undo))
        document()->undoStack()->undo();
    else if (event->matches(QKeySequence::Redo))
        document()->undoStack()->redo();
    else if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Equal)
        zoomIn();
    else if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_0)
        fitToView();
    else if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_L)
        autoLayout();
    else
        return false;
    return true;
}

void NetworkView::keyPressEvent(QKeyEvent* event) {
    if (handleStandardKey(event))
        return;
    const double step =
        event->modifiers() & Qt::ShiftModifier ? NetworkScene::kGrid / 4 : NetworkScene::kGrid;
    switch (event->key()) {
    case Qt::Key_Left:
        return moveSelection(QPointF(-step, 0));
    case Qt::Key_Right:
        return moveSelection(QPointF(step, 0));
    case Qt::Key_Up:
        return moveSelection(QPointF(0, -step));
    case Qt::Key_Down:
        return moveSelection(QPointF(0, step));
    case Qt::Key_Backspace:
        return deleteSelection();
    case Qt::Key_Escape:
        return m_scene->clearSelection();
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void NetworkView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void NetworkView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier))
        return QGraphicsView::wheelEvent(event);
    setZoom(zoom() * qPow(1.0015, event->angleDelta().y()));
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_panning)
        return QGraphicsView::mouseMoveEvent(event);
    const QPoint delta = event->position().toPoint() - m_panFrom;
    m_panFrom = event->position().toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void NetworkView::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_panning)
        return QGraphicsView::mouseReleaseEvent(event);
    m_panning = false;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
    event->accept();
}

void NetworkView::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(BlockPalette::mimeType()) && !document()->isEditingLocked())
        event->acceptProposedAction();
    else
        event->ignore();
}

void NetworkView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(BlockPalette::mimeType()) && !document()->isEditingLocked())
        event->acceptProposedAction();
    else
        event->ignore();
}

void NetworkView::dropEvent(QDropEvent* event) {
    const std::optional<BlockKind> kind = BlockPalette::kindFrom(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    const int id = document()->addBlock(
        *kind, AutoLayout::freePlace(document()->graph(), mapToScene(event->position().toPoint())));
    if (!id) {
        emit statusMessage(tr("Editing is locked while training runs."));
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_scene->selectBlocks({id});
    setFocus();
}

void NetworkView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    const bool locked = document()->isEditingLocked();
    const bool empty = document()->graph().blocks.isEmpty();
    if (!locked && !empty)
        return;
    painter->save();
    painter->resetTransform(); // viewport coordinates: the banner stays put
    if (empty)
        CanvasBanner::paint(painter, viewport()->rect(), palette(),
                            tr("Drag blocks here from the palette, or start from a template."),
                            CanvasBanner::Placement::Centre);
    if (locked)
        CanvasBanner::paint(painter, viewport()->rect(), palette(),
                            tr("Editing is locked while training runs"),
                            CanvasBanner::Placement::Top);
    painter->restore();
}

void NetworkView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        m_scene->setPalette(palette());
    else if (event->type() == QEvent::LanguageChange)
        createActions();
    QGraphicsView::changeEvent(event);
}

} // namespace app
