#pragma once
/**
 * Network › Templates: the task's recommended network first, then every built-in template
 * (NetworkTemplates), each with its sentence as a tooltip. Choosing one replaces the document's
 * graph in one undo step. The entries are made when the menu opens, in the language of the day.
 */
#include <QObject>

class QMenu;

namespace app {

class Workspace;

class TemplatesMenu : public QObject {
    Q_OBJECT

public:
    /** Fills `menu` (owned by the caller) with the templates for `workspace`'s document. */
    TemplatesMenu(QMenu* menu, Workspace* workspace);

private:
    void rebuild();

    QMenu* m_menu;
    Workspace* m_workspace;
};

} // namespace app
