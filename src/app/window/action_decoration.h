#pragma once
/**
 * What the window's actions look like and which keys reach them: the SVG icons (sharp at any
 * scale, in the palette's colours), the platform's standard shortcuts for the file and edit
 * commands, the training keys (Ctrl+T, F6, F10, Shift+F10, Shift+F5; F5 is projector mode), and
 * tooltips that name the shortcut, so the keyboard is discoverable from the toolbar.
 */
#include <QCoreApplication>

class QWidget;

namespace Ui {
class MainWindow;
}

namespace app {

class ActionDecoration {
    Q_DECLARE_TR_FUNCTIONS(app::ActionDecoration)

public:
    /** Icons and shortcuts for the form's actions. */
    static void apply(Ui::MainWindow& ui);
    /** "Save (Ctrl+S)": every action under `window` with a shortcut; again after a language
     * change, which resets the tooltips. */
    static void nameShortcutsInTooltips(QWidget* window);
};

} // namespace app
