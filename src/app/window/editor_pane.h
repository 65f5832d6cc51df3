#pragma once
/**
 * The network editor as the window holds it: the canvas (a NetworkScene in a NetworkView) in the
 * centre, the Blocks palette and the Inspector for the docks, wired to one another — the
 * inspector edits the canvas's selection, a palette block lands in the canvas's centre, a new
 * session or graph is fitted to the view — and the canvas's own actions (cut, copy, paste,
 * delete, select all, zoom, tidy) standing in the Edit and View menus' and toolbar's places.
 */
#include <QObject>
#include <QString>

namespace Ui {
class MainWindow;
}

namespace app {

class BlockInspector;
class BlockPalette;
class NetworkScene;
class NetworkView;
class Workspace;

class EditorPane : public QObject {
    Q_OBJECT

public:
    /** Puts the canvas in `ui`'s editor host; the palette and inspector are `window`'s. */
    EditorPane(Workspace* workspace, Ui::MainWindow* ui, QWidget* window);

    NetworkScene* scene() const { return m_scene; }
    NetworkView* view() const { return m_view; }
    BlockPalette* palette() const { return m_palette; }
    BlockInspector* inspector() const { return m_inspector; }

signals:
    /** A word for the status bar from the canvas. */
    void statusMessage(const QString& text);

private:
    void replacePlaceholders(Ui::MainWindow* ui);

    NetworkScene* m_scene;
    NetworkView* m_view;
    BlockPalette* m_palette;
    BlockInspector* m_inspector;
};

} // namespace app
