#include "app/window/editor_pane.h"

#include "app/document/network_document.h"
#include "app/editor/block_inspector.h"
#include "app/editor/block_palette.h"
#include "app/editor/network_scene.h"
#include "app/editor/network_view.h"
#include "app/window/workspace.h"
#include "ui_main_window.h"

#include <utility>

namespace app {

EditorPane::EditorPane(Workspace* workspace, Ui::MainWindow* ui, QWidget* window)
    : QObject(window)
    , m_scene(new NetworkScene(workspace->document(), this))
    , m_view(new NetworkView(m_scene, ui->editorHost))
    , m_palette(new BlockPalette(window))
    , m_inspector(new BlockInspector(workspace->document(), window)) {
    ui->editorLayout->addWidget(m_view);
    connect(m_scene, &NetworkScene::blockSelectionChanged, m_inspector,
            &BlockInspector::setSelection);
    connect(m_palette, &BlockPalette::blockRequested, m_view, &NetworkView::addBlockAtCentre);
    connect(m_view, &NetworkView::statusMessage, this, &EditorPane::statusMessage);
    connect(workspace, &Workspace::sessionReplaced, m_view, &NetworkView::fitToView,
            Qt::QueuedConnection);
    connect(workspace->document(), &NetworkDocument::graphReset, m_view, &NetworkView::fitToView,
            Qt::QueuedConnection);
    replacePlaceholders(ui);
}

void EditorPane::replacePlaceholders(Ui::MainWindow* ui) {
    // The canvas's actions act on its selection; the form's are placeholders for menus' layout.
    using Action = NetworkView::Action;
    const std::pair<QAction*, Action> editorActions[] = {
        {ui->actionCut, Action::Cut},
        {ui->actionCopy, Action::Copy},
        {ui->actionPaste, Action::Paste},
        {ui->actionDelete, Action::Delete},
        {ui->actionSelectAll, Action::SelectAll},
        {ui->actionZoomIn, Action::ZoomIn},
        {ui->actionZoomOut, Action::ZoomOut},
        {ui->actionFitToView, Action::FitToView},
        {ui->actionAutoLayout, Action::Tidy},
    };
    for (const auto& [placeholder, which] : editorActions) {
        QAction* action = m_view->action(which);
        action->setIcon(placeholder->icon());
        for (QObject* owner : placeholder->associatedObjects())
            if (auto* widget = qobject_cast<QWidget*>(owner)) {
                widget->insertAction(placeholder, action);
                widget->removeAction(placeholder);
            }
    }
}

} // namespace app
