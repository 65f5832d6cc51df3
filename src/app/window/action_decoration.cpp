#include "app/window/action_decoration.h"

#include "app/window/svg_icon_engine.h"
#include "ui_main_window.h"

#include <QAction>
#include <utility>

namespace app {

namespace {

void setIcons(Ui::MainWindow& ui) {
    const std::pair<QAction*, const char*> icons[] = {
        {ui.actionNew, "document-new"},
        {ui.actionOpen, "document-open"},
        {ui.actionSave, "document-save"},
        {ui.actionSaveAs, "document-save-as"},
        {ui.actionUndo, "edit-undo"},
        {ui.actionRedo, "edit-redo"},
        {ui.actionZoomIn, "zoom-in"},
        {ui.actionZoomOut, "zoom-out"},
        {ui.actionFitToView, "zoom-fit"},
        {ui.actionAutoLayout, "arrange"},
        {ui.actionTrain, "train"},
        {ui.actionPause, "pause"},
        {ui.actionStepBatch, "step-batch"},
        {ui.actionStepEpoch, "step-epoch"},
        {ui.actionStop, "stop"},
        {ui.actionResetWeights, "reset"},
        {ui.actionExportDiagram, "export"},
        {ui.actionExportPyTorch, "export"},
        {ui.actionExportHistory, "export"},
    };
    for (const auto& [action, name] : icons)
        action->setIcon(SvgIconEngine::icon(QLatin1String(name)));
}

void setShortcuts(Ui::MainWindow& ui) {
    ui.actionNew->setShortcuts(QKeySequence::New);
    ui.actionOpen->setShortcuts(QKeySequence::Open);
    ui.actionSave->setShortcuts(QKeySequence::Save);
    ui.actionSaveAs->setShortcuts(QKeySequence::SaveAs);
    ui.actionQuit->setShortcuts(QKeySequence::Quit);
    ui.actionUndo->setShortcuts(QKeySequence::Undo);
    ui.actionRedo->setShortcuts(QKeySequence::Redo);
    ui.actionTrain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T)); // F5: projector mode
    ui.actionPause->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::Key_Pause)});
    ui.actionStepBatch->setShortcut(QKeySequence(Qt::Key_F10));
    ui.actionStepEpoch->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    ui.actionStop->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    ui.actionResetWeights->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    ui.actionGradientLab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

} // namespace

void ActionDecoration::apply(Ui::MainWindow& ui) {
    setIcons(ui);
    setShortcuts(ui);
}

void ActionDecoration::nameShortcutsInTooltips(QWidget* window) {
    for (QAction* action : window->findChildren<QAction*>()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty() && !action->toolTip().endsWith(QLatin1Char(')')))
            action->setToolTip(tr("%1 (%2)").arg(action->toolTip(), keys));
    }
}

} // namespace app
