#pragma once
/**
 * The network editor's canvas as a widget: shows a NetworkScene with zoom (Ctrl+wheel, Ctrl+=,
 * Ctrl+-), panning (middle-drag, Space+drag, scroll bars), rubber-band selection, drops from the
 * BlockPalette, and the whole editor by keyboard: Tab/Shift+Tab pick the next block, arrows move
 * the selection a grid step, Delete removes it, Ctrl+A/C/X/V select, copy, cut and paste, Ctrl+Z
 * and Ctrl+Shift+Z undo and redo. Every edit goes through the scene's NetworkDocument.
 *
 * Its actions (action()) carry those shortcuts for the window's menus; they act while the view
 * has focus. While the document is locked a banner says so and editing actions are disabled.
 */
#include "app/document/block_kind.h"

#include <QGraphicsView>
#include <QHash>
#include <QPoint>

class QAction;

namespace app {

class NetworkDocument;
class NetworkScene;

class NetworkView : public QGraphicsView {
    Q_OBJECT

public:
    enum class Action { ZoomIn, ZoomOut, FitToView, SelectAll, Delete, Copy, Cut, Paste, Tidy };
    static constexpr double kMinZoom = 0.2;
    static constexpr double kMaxZoom = 4.0;
    static constexpr double kZoomStep = 1.25;

    explicit NetworkView(NetworkScene* scene, QWidget* parent = nullptr);

    NetworkScene* networkScene() const { return m_scene; }
    NetworkDocument* document() const;
    /** The action, with its shortcut, text and tooltip, for menus and toolbars. */
    QAction* action(Action which) const { return m_actions.value(which); }
    /** The current scale: 1 is 100 %. */
    double zoom() const;
    /** Writes the network to a .png (2× resolution) or .svg file; empty, or the error. */
    QString exportImage(const QString& path);

public slots:
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    /** Zooms and scrolls so the whole network shows (never beyond 125 %). */
    void fitToView();
    void selectAll();
    /** Removes the selected blocks and wires (one undo step). */
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    /** Lays the network out left to right in layers by longest path (one undo step). */
    void autoLayout();
    /** Adds a block of that kind in the middle of what is shown, and selects it. */
    void addBlockAtCentre(app::BlockKind kind);

signals:
    void statusMessage(const QString& message);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void updateActions();
    void cycleSelection(bool forward);
    void moveSelection(QPointF delta);
    bool handleStandardKey(QKeyEvent* event);

    NetworkScene* m_scene;
    QHash<Action, QAction*> m_actions;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
    int m_pasteCount = 0;
};

} // namespace app
