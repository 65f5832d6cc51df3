#pragma once
/**
 * Projector mode, for teaching from the front of a room. One key (F5, as for a slide show)
 * switches the window to lettering readable from the back row, thick lines (ProjectorStyle), a
 * high-contrast palette and only the views — the task, training, block palette and inspector
 * panels hidden — and lets the keyboard drive the class wherever the focus is: Left/Right move
 * through the sequence's time steps, Up/Down through the hidden units, Space asks for the lesson's
 * next step. A text field being edited keeps its keys. F5 again puts back exactly the font, style,
 * palette (or the Appearance choice made meanwhile) and panels the window had.
 */
#include "app/window/appearance.h"

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QStringList>

class QAction;
class QKeyEvent;
class QMainWindow;
class QWidget;

namespace app {

class ProbeSelection;
class ProbeTraceSource;

class ProjectorMode : public QObject {
    Q_OBJECT

public:
    /** Drives `window`; the arrows move `selection` within the trace `source` shows. */
    ProjectorMode(QMainWindow* window, ProbeSelection* selection, ProbeTraceSource* source);

    /** View › Projector Mode: checkable, F5; already added to the window for its shortcut. */
    QAction* action() const { return m_action; }
    bool isOn() const { return m_on; }
    /** Leaving projector mode then re-applies the user's light/dark/system choice, also one made
     * while projecting; without it the palette and style from before are put back. */
    void setAppearance(Appearance* appearance) { m_appearance = appearance; }
    /** The object names of the docks projector mode hides (the task, training, block palette and
     * inspector panels unless set). */
    void setSecondaryDocks(const QStringList& objectNames) { m_secondaryDocks = objectNames; }
    QStringList secondaryDocks() const { return m_secondaryDocks; }

public slots:
    void setOn(bool on);
    void toggle() { setOn(!m_on); }

signals:
    void toggled(bool on);
    /** Space in projector mode: the lesson should go on to its next step. */
    void nextStepRequested();
    /** Shift+Space in projector mode: the lesson should go back a step. */
    void previousStepRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void enter();
    void leave();
    /** The views docked on the right and below made large enough to read. */
    void makeRoomForViews();
    /** Whether projector mode acts on `key` sent to `receiver`. */
    bool isMine(const QKeyEvent* key, QObject* receiver) const;
    void handle(const QKeyEvent* key);
    /** Moves the time step by `by` kept rows of the trace, within the sequence. */
    void moveStep(int by);
    void moveUnit(int by);
    static bool isTextEntry(const QWidget* widget);
    void retranslate();

    QMainWindow* m_window;
    ProbeSelection* m_selection;
    ProbeTraceSource* m_source;
    Appearance* m_appearance = nullptr;
    QAction* m_action;
    QStringList m_secondaryDocks;
    bool m_on = false;
    // What leaving puts back.
    QFont m_font;
    QPalette m_palette;
    QString m_style;
    QByteArray m_dockState;
    Appearance::Theme m_theme = Appearance::Theme::System;
};

} // namespace app
